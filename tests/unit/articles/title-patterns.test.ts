import { describe, expect, it } from 'vitest';
import { findArticleBody } from '@/utils/articles/article-root';
import { readPageText } from '@/utils/articles/page-text';
import { cleanCandidate, titleCandidatesInText } from '@/utils/articles/title-patterns';
import { isConfidentMatch } from '@/utils/lookup/matching';
import { HEAVY_ARTICLE, SEED_ARTICLE, loadArticle } from '../../support/fixtures';

const seedText = () => readPageText(findArticleBody(loadArticle(SEED_ARTICLE))!).text;

describe('titleCandidatesInText', () => {
  it.each<[string, string]>([
    ['there’s no news confirming Ballard season 2.', 'Ballard'],
    ['Ballard’s second season would change that.', 'Ballard'],
    ['Doctor Who series 14 starts in May.', 'Doctor Who'],
    ['We rewatched season 3 of Twin Peaks last week.', 'Twin Peaks'],
    ['It is the end of AMC\'s series "The Walking Dead."', 'The Walking Dead'],
    ['The long-awaited season 2 premiere of The End of the F***ing World debuts on Netflix', 'The End of the F***ing World'],
    ['Spoilers for the Severance finale ahead.', 'Severance'],
    ['Ballard S2 is not confirmed.', 'Ballard'],
    ['Mr. Robot season 4 is the last.', 'Mr. Robot'],
    // "of" after a word that only a show has: its season, cast, creator, fans.
    ['and the second season of Only Murders in the Building, which remains charming', 'Only Murders in the Building'],
    ['Fans of Ted Lasso will be sad to see it go.', 'Ted Lasso'],
    ['She joins the cast of Yellowjackets for its third season.', 'Yellowjackets'],
    ['The creator of Lost has a new pilot.', 'Lost'],
    ['Every episode of The Bear is a panic attack.', 'The Bear'],
    // Credits: a show is "on", and someone created it.
    ['She starred on Grey’s Anatomy for a decade.', 'Grey’s Anatomy'],
    ['a recurring role on Bridgerton', 'Bridgerton'],
    ['White, who also created Enlightened, returns.', 'Enlightened'],
    ['Shadow and Bone was also picked up for season 2.', 'Shadow and Bone'],
  ])('%j → %j', (text, title) => {
    expect(titleCandidatesInText(text)).toContain(title);
  });

  it('"The Bosch: Legacy spinoff" → a candidate that confidently matches Bosch: Legacy, not Bosch', () => {
    const candidates = titleCandidatesInText('The Bosch: Legacy spinoff has had astonishing success on Prime Video.');
    expect(candidates.some((c) => isConfidentMatch(c, { name: 'Bosch: Legacy' }))).toBe(true);
    expect(candidates.some((c) => isConfidentMatch(c, { name: 'Bosch' }))).toBe(false);
  });

  it('an owner’s possessive after a cue is no title: "the third season of Mike White’s anthology series"', () => {
    expect(titleCandidatesInText('They joined the cast of the third season of Mike White’s anthology series.')).toEqual([]);
  });

  it('two network possessives in one sentence name two shows, and neither takes in the other network', () => {
    const candidates = titleCandidatesInText("From HBO's The Last of Us to Apple TV+'s Silo, there is plenty to watch.");
    expect(candidates).toEqual(expect.arrayContaining(['The Last of Us', 'Silo']));
    expect(candidates.filter((c) => /Apple/u.test(c))).toEqual([]);
  });

  it('on the seed article: Ballard and Bosch: Legacy, in page order', () => {
    const candidates = titleCandidatesInText(seedText());
    expect(candidates[0]).toBe('Ballard');
    expect(candidates.some((c) => isConfidentMatch(c, { name: 'Bosch: Legacy' }))).toBe(true);
  });

  it.each(['Maggie Q', 'Rotten Tomatoes', 'The Hollywood Reporter', 'Prime Video', 'Renée Ballard', 'Noah Bean', 'Q'])(
    'on the seed article: never %j',
    (notATitle) => {
      const candidates = titleCandidatesInText(seedText());
      expect(candidates).not.toContain(notATitle);
      for (const candidate of candidates) expect(isConfidentMatch(candidate, { name: notATitle })).toBe(false);
    },
  );

  it('on the heavy.com article: The End of the F***ing World first', () => {
    const text = readPageText(loadArticle(HEAVY_ARTICLE).querySelector('article')!).text;
    expect(titleCandidatesInText(text)[0]).toBe('The End of the F***ing World');
    expect(titleCandidatesInText(text)).not.toContain('Netflix');
  });

  it('no candidates in plain prose', () => {
    expect(titleCandidatesInText('I want it, you want it, we all want it.')).toEqual([]);
    expect(titleCandidatesInText('')).toEqual([]);
  });

  it('a candidate never spans two paragraphs', () => {
    const candidates = titleCandidatesInText('She joined Prime Video\nBallard season 2 is coming.');
    expect(candidates).toEqual(['Ballard']);
  });
});

describe('cleanCandidate', () => {
  it.each<[string, string | null]>([
    ['Watch Ballard', 'Ballard'],
    ["Netflix's Wednesday", 'Wednesday'],
    ['ahead. Ballard', 'Ballard'],
    ['Mr. Robot', 'Mr. Robot'],
    ['Season', null],
    ['Netflix', null],
    ['Ballard:', 'Ballard'],
    ['x', null],
  ])('%j → %j', (raw, clean) => {
    expect(cleanCandidate(raw)).toBe(clean);
  });
});
