import { describe, expect, it } from 'vitest';
import { sentences } from '@/utils/articles/spot/sentences';

/** The regex the scan replaced. */
const byRegex = (text: string) => [...text.matchAll(/[^.!?;\n]+(?:[.!?;]+|$)/gu)].map((m) => ({ index: m.index, text: m[0] }));

describe('sentences', () => {
  it('splits after each run of stops, and drops a run a line break ends (a heading)', () => {
    const text = 'Ballard season 2: what we know\nIt is back! Is it? Yes;  and more... The end';
    expect([...sentences(text)].map((s) => s.text)).toEqual(['It is back!', ' Is it?', ' Yes;', '  and more...', ' The end']);
  });

  it('reads the same sentences as the regex it replaced', () => {
    for (const text of [
      '',
      '...',
      '\n\nA.\n',
      'No stop at the end',
      'Line one\nLine two.\n\nThree!?; Four',
      '“Quoted.” Then 🎬 an emoji; then ‘single’ — and a dash.',
      '.Starts with a stop. Ends with a heading\n',
    ]) {
      expect([...sentences(text)]).toEqual(byRegex(text));
    }
  });
});
