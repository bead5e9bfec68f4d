import { describe, expect, it } from 'vitest';
import { endsOnWord, foldText, foldTitle, originalRange } from '@/utils/title-index/fold';
import { normalizeTitle } from '@/utils/shows/names';

describe('foldText', () => {
  it.each([
    ["Grey’s Anatomy", 'greys anatomy'],
    ['Law & Order: Special Victims Unit', 'law and order special victims unit'],
    ['The End of the F***ing World', 'the end of the fing world'],
    ['Beyoncé — Homecoming', 'beyonce homecoming'],
    ['A.P. Bio', 'ap bio'],
    ['Chicago P.D.', 'chicago pd'],
    ["Marvel's Agents of S.H.I.E.L.D.", 'marvels agents of shield'],
    ['Mr. Robot', 'mr robot'],
    // TVmaze's "Bob ♥ Abishola" is "Bob Hearts Abishola" in print.
    ['Bob ♥ Abishola', 'bob hearts abishola'],
    ['Bob❤️Abishola', 'bob hearts abishola'],
  ])('%j folds to %j, as titles are compared', (text, folded) => {
    expect(foldText(text).text).toBe(folded);
    expect(foldTitle(text)).toBe(normalizeTitle(text));
  });

  it('maps a title found in the folded text back to the writer’s own spelling', () => {
    const text = 'Renewed: “Law & Order: Special Victims Unit”, and Grey’s Anatomy.';
    const folded = foldText(text);
    for (const [title, written] of [
      ['law and order special victims unit', 'Law & Order: Special Victims Unit'],
      ['greys anatomy', 'Grey’s Anatomy'],
    ] as const) {
      const at = folded.text.indexOf(title);
      const range = originalRange(folded, at, at + title.length);
      expect(text.slice(range.start, range.end)).toBe(written);
    }
  });

  it('a possessive that folding joins to a title still ends on a word', () => {
    const raw = 'the heels of For the People’s cancellation';
    const folded = foldText(raw);
    const end = folded.text.indexOf('for the people') + 'for the people'.length;
    expect(endsOnWord(folded, raw, end)).toBe(true);
    const plural = foldText('the Peoples Party');
    expect(endsOnWord(plural, 'the Peoples Party', plural.text.indexOf('the people') + 'the people'.length)).toBe(false);
  });

  it('keeps every folded unit when the text folds to more than twice its length', () => {
    const folded = foldText('&&&&&&&&&&ﬁﬁ');
    expect(folded.text).toBe(`${'and '.repeat(10)}fifi`);
    expect(folded.source.length).toBe(folded.text.length + 1);
    expect([...folded.source.slice(-5)]).toEqual([10, 10, 11, 11, 12]);
  });

  it('keeps a lone surrogate as it is, and pairs (emoji) too', () => {
    expect(foldText('A\ud800B').text).toBe('a\ud800b');
    expect(foldText('Ted 🎬 Lasso').text).toBe('ted 🎬 lasso');
  });

  it('costs one pass: a megabyte folds without per-title work', () => {
    const text = 'Ballard season 2 is coming. '.repeat(40_000);
    expect(foldText(text).text.length).toBeGreaterThan(1_000_000);
  });
});
