/**
 * A small search over the strategy's texts in both languages: case- and diacritic-insensitive
 * (æ = ae, ø = oe, å = aa, é = e), prefix matching per word, ranked so whole-word hits come first.
 * Written here rather than taken from a library: the whole module is well under 1 KB gzip.
 */

const FOLDS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

/** Lowercase, fold Danish letters to their two-letter forms, strip other diacritics. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Words of a text, normalized; punctuation separates words. */
export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface SearchDoc {
  id: string;
  /** All searchable texts of the document (both languages). */
  texts: string[];
}

export interface SearchIndex {
  docs: { id: string; words: Set<string> }[];
}

export function buildIndex(docs: SearchDoc[]): SearchIndex {
  return { docs: docs.map((d) => ({ id: d.id, words: new Set(d.texts.flatMap(tokenize)) })) };
}

/**
 * Ids of the documents in which every query word matches a word (as a prefix), best first:
 * score 2 per whole-word hit and 1 per prefix hit; ties keep the index order.
 */
export function search(index: SearchIndex, query: string): string[] {
  const terms = tokenize(query);
  if (terms.length === 0) return [];
  const scored: { id: string; score: number; order: number }[] = [];
  index.docs.forEach((doc, order) => {
    let score = 0;
    for (const term of terms) {
      if (doc.words.has(term)) {
        score += 2;
        continue;
      }
      let prefix = false;
      for (const word of doc.words) {
        if (word.startsWith(term)) {
          prefix = true;
          break;
        }
      }
      if (!prefix) return;
      score += 1;
    }
    scored.push({ id: doc.id, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.id);
}

/** Split a text into parts, marking those that begin a word matching a query term (for <mark>). */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const terms = tokenize(query);
  if (terms.length === 0) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const folded = normalize(word);
    const term = terms.find((t) => folded.startsWith(t));
    if (!term) continue;
    const length = matchedLength(word, term);
    const start = m.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: text.slice(start, start + length), match: true });
    last = start + length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** How many characters of the original word make up the folded prefix `term`. */
function matchedLength(word: string, term: string): number {
  for (let i = 1; i <= word.length; i++) {
    if (normalize(word.slice(0, i)).length >= term.length) return i;
  }
  return word.length;
}
