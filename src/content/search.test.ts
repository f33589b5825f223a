import { describe, expect, it } from 'vitest';
import { buildIndex, highlight, normalize, search, tokenize } from './search';

describe('normalize', () => {
  it('folds case and Danish letters: æ/ae, ø/oe, å/aa', () => {
    expect(normalize('ÆRØ')).toBe('aeroe');
    expect(normalize('Færøerne')).toBe('faeroeerne');
    expect(normalize('Århus')).toBe('aarhus');
    expect(normalize('Café')).toBe('cafe');
    expect(tokenize('NATO’s afskrækkelse, EU-lande')).toEqual(['nato', 's', 'afskraekkelse', 'eu', 'lande']);
  });
});

describe('search', () => {
  const index = buildIndex([
    { id: 'prefix', texts: ['Natoalliancen'] },
    { id: 'whole', texts: ['Styrke NATO'] },
    { id: 'island', texts: ['Ærø og Færøerne'] },
    { id: 'none', texts: ['Klima'] },
  ]);

  it('matches prefixes, ranks whole words first, and requires every term', () => {
    expect(search(index, 'nato')).toEqual(['whole', 'prefix']);
    expect(search(index, 'aeroe')).toEqual(['island']);
    expect(search(index, 'Faeroe')).toEqual(['island']);
    expect(search(index, 'nato klima')).toEqual([]);
    expect(search(index, '')).toEqual([]);
  });

  it('highlights the matched part of the original text', () => {
    expect(highlight('Ærø og Færøerne', 'faeroe')).toEqual([
      { text: 'Ærø og ', match: false },
      { text: 'Færø', match: true },
      { text: 'erne', match: false },
    ]);
  });
});
