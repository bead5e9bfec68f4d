import { describe, expect, it } from 'vitest';
import { TitleAutomaton, type AutomatonMatch } from '@/utils/articles/title-automaton';

const all = <T>(automaton: TitleAutomaton<T>, text: string) =>
  [...automaton.matches(text)].map(({ start, end, value }) => ({ start, end, value, text: text.slice(start, end) }));

/** Every occurrence of every pattern, found the slow way. */
function naive<T>(patterns: Array<[string, T]>, text: string): Array<AutomatonMatch<T>> {
  const found: Array<AutomatonMatch<T>> = [];
  for (const [pattern, value] of patterns) {
    for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) found.push({ start: i, end: i + pattern.length, value });
  }
  return found;
}
const sorted = <T>(matches: Array<AutomatonMatch<T>>) =>
  matches.map(({ start, end, value }) => `${start}-${end}:${String(value)}`).sort();

describe('TitleAutomaton', () => {
  it('finds every occurrence', () => {
    const automaton = new TitleAutomaton([['Ballard', 1]]);
    expect(all(automaton, 'Ballard, Renée Ballard and post-Ballard')).toEqual([
      { start: 0, end: 7, value: 1, text: 'Ballard' },
      { start: 15, end: 22, value: 1, text: 'Ballard' },
      { start: 32, end: 39, value: 1, text: 'Ballard' },
    ]);
  });

  it('finds overlapping and nested patterns', () => {
    const automaton = new TitleAutomaton<string>([
      ['Bosch', 'bosch'],
      ['Bosch: Legacy', 'legacy'],
      ['Legacy', 'word'],
    ]);
    expect(all(automaton, 'The Bosch: Legacy spinoff')).toEqual([
      { start: 4, end: 9, value: 'bosch', text: 'Bosch' },
      { start: 4, end: 17, value: 'legacy', text: 'Bosch: Legacy' },
      { start: 11, end: 17, value: 'word', text: 'Legacy' },
    ]);
  });

  it('follows failure links (the textbook he/she/his/hers case)', () => {
    const patterns: Array<[string, string]> = [['he', 'he'], ['she', 'she'], ['his', 'his'], ['hers', 'hers']];
    const text = 'ushers and shishe hers';
    expect(sorted([...new TitleAutomaton(patterns).matches(text)])).toEqual(sorted(naive(patterns, text)));
  });

  it('agrees with a naive search on titles that share prefixes and suffixes', () => {
    const patterns: Array<[string, number]> = [
      ['The Office', 1],
      ['Office', 2],
      ['The Office (US)', 3],
      ['Law & Order', 4],
      ['Law & Order: SVU', 5],
      ['Order', 6],
      ['aaa', 7],
      ['aa', 8],
    ];
    const text = 'The Office (US) beat Law & Order: SVU and Law & Order; the Office aaaa Order.';
    expect(sorted([...new TitleAutomaton(patterns).matches(text)])).toEqual(sorted(naive(patterns, text)));
  });

  it('gives UTF-16 offsets around characters outside the BMP (emoji)', () => {
    const automaton = new TitleAutomaton<string>([
      ['Ballard', 'ballard'],
      ['🦈 Tank', 'shark'],
      ['𝔊irls', 'fraktur'],
    ]);
    const text = '🎬🎬 Ballard 🦈 Tank, 𝔊irls and 🦈🦈 Tank';
    const matches = all(automaton, text);
    expect(matches.map((m) => m.text)).toEqual(['Ballard', '🦈 Tank', '𝔊irls', '🦈 Tank']);
    expect(matches.map((m) => m.start)).toEqual([
      text.indexOf('Ballard'),
      text.indexOf('🦈 Tank'),
      text.indexOf('𝔊irls'),
      text.lastIndexOf('🦈 Tank'),
    ]);
  });

  it('matches exactly: no case folding, no partial patterns', () => {
    const automaton = new TitleAutomaton([['Ballard', 1]]);
    expect(all(automaton, 'BALLARD ballard Ballar')).toEqual([]);
  });

  it('ignores empty patterns', () => {
    const automaton = new TitleAutomaton([
      ['', 0],
      ['Q', 1],
    ]);
    expect(all(automaton, 'Maggie Q').map((m) => m.value)).toEqual([1]);
  });

  it('scans a long text with many patterns in linear time', () => {
    const patterns: Array<[string, number]> = Array.from({ length: 2_000 }, (_, i) => [`Show Number ${i}`, i]);
    const text = 'Show Number 1999 and Show Numbe '.repeat(5_000);
    const started = performance.now();
    const count = [...new TitleAutomaton(patterns).matches(text)].length;
    expect(count).toBe(5_000 * 4); // "Show Number 1", "… 19", "… 199" and "… 1999"; never "Show Numbe" 
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
