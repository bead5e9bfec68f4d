import { describe, expect, it } from 'vitest';
import { endsOnWord, foldText, startsOnWord } from '@/utils/title-index/fold';
import { WordTrie } from '@/utils/title-index/word-trie';

const found = (trie: WordTrie<string>, raw: string) => {
  const folded = foldText(raw);
  const out: string[] = [];
  trie.forEachMatch(folded, raw, (start, end, value) => out.push(`${start}-${end}:${value}`));
  return out;
};

/** The plain answer: every occurrence of every key (indexOf), kept where it starts and ends on words. */
function onWords(keys: string[], raw: string): string[] {
  const folded = foldText(raw);
  const all: Array<{ start: number; end: number; value: string }> = [];
  for (const key of keys) {
    for (let at = folded.text.indexOf(key); at !== -1; at = folded.text.indexOf(key, at + 1)) all.push({ start: at, end: at + key.length, value: key });
  }
  return all
    .filter((m) => startsOnWord(folded, m.start) && endsOnWord(folded, raw, m.end))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => `${m.start}-${m.end}:${m.value}`);
}

describe('WordTrie', () => {
  it('finds titles that start and end on words, nested ones too, by start then length (folded offsets)', () => {
    const keys = ['bosch', 'bosch legacy', 'the walking dead', 'walking dead', 'lost'];
    const trie = new WordTrie(keys.map((key) => [key, key] as const));
    const raw = 'Bosch: Legacy and The Walking Dead’s return; Lostprophets are not Lost.';
    expect(found(trie, raw)).toEqual(['0-5:bosch', '0-12:bosch legacy', '17-33:the walking dead', '21-33:walking dead', '63-67:lost']);
    expect(found(trie, raw)).toEqual(onWords(keys, raw));
  });

  it('counts a possessive that folding joined to the title as its end', () => {
    const trie = new WordTrie([['for the people', 'ftp'] as const]);
    expect(found(trie, "For the People's cancellation")).toEqual(['0-14:ftp']);
  });

  it('matches what every occurrence on word boundaries would be, on random text', () => {
    let state = 7;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const words = ['a', 'ab', 'abc', 'b', 'ba', 'the', 'x'];
    const phrase = (length: number) => Array.from({ length }, () => words[next(words.length)]!).join(' ');
    const keys = [...new Set(Array.from({ length: 40 }, () => phrase(1 + next(3))))];
    const trie = new WordTrie(keys.map((key) => [key, key] as const));
    for (let round = 0; round < 50; round++) {
      const raw = Array.from({ length: 30 }, () => words[next(words.length)]! + [' ', ' ', "'s ", ', ', '&'][next(5)]).join('');
      expect(found(trie, raw)).toEqual(onWords(keys, raw));
    }
  });

  it('knows nothing when empty', () => {
    expect(found(new WordTrie<string>([]), 'Anything at all')).toEqual([]);
    expect(new WordTrie([['', 'empty'] as const]).size).toBe(0);
  });
});
