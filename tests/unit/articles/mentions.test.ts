import { describe, expect, it } from 'vitest';
import { isStandaloneMention } from '@/utils/articles/mentions';

/** Whether the first "Ballard" in `text` counts as a mention of the show. */
const ballardIn = (text: string) => {
  const start = text.indexOf('Ballard');
  return isStandaloneMention(text, start, start + 'Ballard'.length);
};

describe('isStandaloneMention', () => {
  it.each<[string, boolean]>([
    ['Ballard, which follows a detective', true],
    ['Watch Ballard on Prime Video', true],
    ['confirming Ballard season 2', true],
    ['The new Ballard trailer', true],
    ['“Ballard” is back', true],
    ['(Ballard)', true],
    ['Meanwhile Ballard is arrested', true],
    ['LAPD detective Renée Ballard (Maggie Q)', false],
    ['to get yourself out of a post-Ballard slump', false],
    ['the Ballards of this world', false],
    ['Ballard2 is not a word', false],
    ['an airy Ballard-like reflection', true],
    ['a Ballard-esque mystery', true],
    ['the Ballard-Smith merger', false],
    ['Detective Ballard', false],
    ['as Dr. Ballard explains', false],
  ])('%j → %s', (text, standalone) => {
    expect(ballardIn(text)).toBe(standalone);
  });

  it('not after a capitalised word and "&": "Fox & Friends host" is no mention of Friends (New York, 2016)', () => {
    const text = 'Fox News employees defended him. Fox & Friends host Ainsley Earhardt called Ailes a family man.';
    const at = text.indexOf('Friends');
    expect(isStandaloneMention(text, at, at + 'Friends'.length)).toBe(false);
    const list = 'She watched Seinfeld & Friends reruns.';
    expect(isStandaloneMention(list, list.indexOf('Friends'), list.indexOf('Friends') + 7)).toBe(false);
  });

  it('after a sentence that ends with a capitalised word ("…on Prime Video. Ballard …")', () => {
    expect(ballardIn('It streams on Prime Video. Ballard is the most streamed show.')).toBe(true);
  });
});
