// The index builder's verdict on one-word names: coined ones need no cue in an article, words, first
// names, places and acronyms do. Real TVmaze names and weights (2026 recordings).
import { describe, expect, it } from 'vitest';
import { isCoinedName } from '../../../scripts/title-index/coined-names';

const scripted = (name: string, weight = 95) => ({ name, type: 'Scripted', weight });

describe('isCoinedName', () => {
  it.each(['Emmerdale', 'Bridgerton', 'Westworld', 'Smallville', 'Hollyoaks', 'Seinfeld', 'The Mandalorian'])('coined: %s', (name) => {
    expect(isCoinedName(scripted(name))).toBe(true);
  });

  it.each([
    ['a word', 'Succession'],
    ['a word in British spelling', 'Neighbours'],
    ['a first name', 'Dexter'],
    ['a city', 'Nashville'],
    ['a city’s short name', 'Vegas'],
    ['a country', 'Chad'],
    ['an acronym', 'NCIS'],
    ['a number', '24'],
    ['"The" and a plural: a people or a family', 'The Americans'],
    ['two words', 'Slow Horses'],
  ])('not coined, %s: %s', (_, name) => {
    expect(isCoinedName(scripted(name))).toBe(false);
  });

  it('only for shows that carry a title (not talk or award shows) and are widely discussed', () => {
    expect(isCoinedName({ name: 'Oscars', type: 'Award Show', weight: 93 })).toBe(false);
    expect(isCoinedName({ name: 'Smerconish', type: 'Talk Show', weight: 83 })).toBe(false);
    expect(isCoinedName(scripted('Happyland', 46))).toBe(false);
  });
});
