import { findEpisodeSubject, type EpisodeSubject } from '../../../utils/spoilers/episode-subject';

type Expected = Omit<EpisodeSubject, 'evidence'>;

// Headlines in the forms TV sites use for coverage (recaps, reviews, premieres, finales).
const HEADLINES: ReadonlyArray<[string, Expected]> = [
  ['Ballard season 2 finale recap', { season: 2, kind: 'finale', noun: 'recap' }],
  ['The Bear S2E7 review: Forks', { season: 2, episode: 7, kind: 'review', noun: 'review' }],
  ['Everything that happened in episode 5', { episode: 5, kind: 'recap', noun: 'recap' }],
  ['Severance season 3 premiere: Mark returns to Lumon', { season: 3, episode: 1, kind: 'premiere', noun: 'article' }],
  ['The Walking Dead Season 8, Episode 16', { season: 8, episode: 16, kind: 'episode', noun: 'article' }],
  ['The Last of Us season 2 episode 2 recap: Through the Valley', { season: 2, episode: 2, kind: 'recap', noun: 'recap' }],
  ['House of the Dragon 2x08 recap', { season: 2, episode: 8, kind: 'recap', noun: 'recap' }],
  ['Slow Horses series 4, episode 3 review', { season: 4, episode: 3, kind: 'review', noun: 'review' }],
  ['Andor season 2 review: the best Star Wars in years', { season: 2, kind: 'season', noun: 'review' }],
  ['Severance season 2 ending explained', { season: 2, kind: 'explainer', noun: 'article' }],
  ['Yellowjackets’ second season premiere recap', { season: 2, episode: 1, kind: 'premiere', noun: 'recap' }],
  ['Succession series finale recap', { kind: 'finale', noun: 'recap' }],
];

// Articles that name a season or episode to look ahead: no subject.
const LOOKING_AHEAD: ReadonlyArray<string> = [
  'Stranger Things season 5 premiere date revealed',
  'Grey’s Anatomy renewed through season 17 with more Station 19 crossovers',
  'Ballard season 2: everything we know so far',
  'The Bear season 3 trailer teases a tense new year',
  'When does The Bear season 4 episode 3 come out?',
  'The Bear season 3 episode 5 release time',
  'NBC renews Law & Order: Special Victims Unit for season 16',
  'Bradley Walsh says ‘I’d better watch out’ as The Chase contestant shares surprise hobby',
];

describe('findEpisodeSubject', () => {
  it.each(HEADLINES)('%s', (headline, expected) => {
    expect(findEpisodeSubject({ headline })).toEqual({ ...expected, evidence: headline });
  });

  it.each(LOOKING_AHEAD.map((h) => [h]))('no subject: %s', (headline) => {
    expect(findEpisodeSubject({ headline })).toBeNull();
  });

  it('reads the URL when the headline has no subject (the Variety recap, 2018)', () => {
    const url = 'http://variety.com/2018/tv/news/walking-dead-recap-season-8-finale-recap-1202752214/';
    expect(findEpisodeSubject({ url })).toMatchObject({ season: 8, kind: 'finale', noun: 'recap' });
  });

  it('reads the first paragraph last, and words for numbers (verbatim, the Variety recap)', () => {
    expect(
      findEpisodeSubject({
        headline: 'The Walking Dead: Wrath',
        firstParagraph: '“The Walking Dead” closed out its eighth season with a final showdown between Rick’s coalition and Negan’s Saviors.',
      }),
    ).toMatchObject({ season: 8, kind: 'finale' });
    expect(
      findEpisodeSubject({ firstParagraph: 'The show will have wrapped its second season by the time the renewal is set.' }),
    ).toBeNull();
  });

  it('takes a season left out of the headline from the URL', () => {
    expect(
      findEpisodeSubject({
        headline: 'Everything that happened in episode 5',
        url: 'https://www.example.com/tv/the-bear-season-3/recap/',
      }),
    ).toMatchObject({ season: 3, episode: 5, kind: 'recap' });
  });

  it('finds nothing without sources', () => {
    expect(findEpisodeSubject({})).toBeNull();
    expect(findEpisodeSubject({ headline: '  ', url: 'not a url' })).toBeNull();
  });
});
