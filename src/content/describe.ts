/** A text's first sentence: the description of a page (its <meta> tags and link previews). */
export function firstSentence(text: string): string {
  return /^.+?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
}
