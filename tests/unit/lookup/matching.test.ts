import { describe, expect, it } from 'vitest';
import { contextScore, contradictsContext, isAuthorsName, isConfidentMatch, isShortName, judgeBestMatch, mayBeLocalised, pickShow, showNames } from '@/utils/lookup/matching';
import { normalizeTitle } from '@/utils/shows/names';
import type { TvmazeShow } from '@/utils/sources/tvmaze/schemas';
import { HOUSE_2017, JESSICA_JONES_2017, SEARCH_GIRLS_2019, SEARCH_WEDNESDAY_2024, recordedSearch, recordedShow } from '../../support/tvmaze-fixtures';
import { tvmazeCandidate } from '@/utils/sources/tvmaze/source';

const named = (name: string): Pick<TvmazeShow, 'name'> => ({ name });

describe('normalizeTitle', () => {
  it.each([
    ['Bosch: Legacy', 'bosch legacy'],
    ['Bosch Legacy', 'bosch legacy'],
    ['Renée Ballard', 'renee ballard'],
    ['Pokémon', 'pokemon'],
    ['Law & Order', 'law and order'],
    ['Law and Order', 'law and order'],
    ['Marvel’s Jessica Jones', 'marvels jessica jones'],
    ["Marvel's Jessica Jones", 'marvels jessica jones'],
    ['The X-Files', 'the x files'],
    ['  Mr. Robot  ', 'mr robot'],
    ['The End of the F***ing World', 'the end of the fing world'],
    ['ＧＩＲＬＳ', 'girls'],
  ])('%j → %j', (title, normalized) => {
    expect(normalizeTitle(title)).toBe(normalized);
  });

  it('"Bosch" and "Bosch: Legacy" stay apart', () => {
    expect(normalizeTitle('Bosch')).not.toBe(normalizeTitle('Bosch: Legacy'));
  });
});

describe('isShortName: the short name an article uses for a show\'s full name', () => {
  it.each<[string, string]>([
    ['Generations', 'Generations: The Legacy'],
    ['Imbewu', 'Imbewu: The Seed'],
    ['Border Security', "Border Security: Australia's Front Line"],
    ['Re:Zero', 'Re:ZERO -Starting Life in Another World-'],
    ['Legends of Tomorrow', "DC's Legends of Tomorrow"],
    ['Mad As Hell', "Shaun Micallef's Mad As Hell"],
    ['Special Report', 'Special Report with Bret Baier'],
    ['Taskmaster', 'Taskmaster Australia'],
    ['Gogglebox', 'Gogglebox Ireland'],
    ['Indian Idol 12', 'Indian Idol'],
    ['Memories of Alhambra', 'Memories of the Alhambra'],
    // A spinoff by its subtitle of two words or more (Rotten Tomatoes, 2023; SaltWire, 2022).
    ['Welcome to Derry', 'IT: Welcome to Derry'],
    ['Rings of Power', 'The Lord of the Rings: The Rings of Power'],
    ['Dead City', 'The Walking Dead: Dead City'],
  ])('%j for %j', (title, showName) => {
    expect(isShortName(title, named(showName))).toBe(true);
  });

  it.each<[string, string]>([
    // A one-word subtitle is what tells the show apart; a subtitle alone names many things.
    ['Bosch', 'Bosch: Legacy'],
    ['Little Women', 'Little Women: LA'],
    ['Star Trek', 'Star Trek: Discovery'],
    ['International', 'FBI: International'],
    ['The Legacy', 'Generations: The Legacy'],
    ['Picard', 'Star Trek: Picard'],
    // Only a person's full name or a brand owns a title; "Bob's" and "A Young Doctor's" are part of it.
    ['Burgers', "Bob's Burgers"],
    ['Anatomy', "Grey's Anatomy"],
    ['The Notebook', "A Young Doctor's Notebook"],
    // A one-word title after an author's name is the book's and the film's too (Mashable's Dune review, 2021).
    ['Dune', "Frank Herbert's Dune"],
    ['Taskmaster', 'Taskmaster Unleashed'],
    // A year is no season; a number past 59 is no season either.
    ['Doctor Who 2005', 'Doctor Who'],
    ['Room 104', 'Room'],
    ['Alhambra', 'Memories of the Alhambra'],
  ])('%j is not short for %j', (title, showName) => {
    expect(isShortName(title, named(showName))).toBe(false);
  });
});

describe('isAuthorsName: the show’s name after its author’s', () => {
  it('"Harlan Coben’s The Stranger" is The Stranger (The Streamable, 2020); a brand or a one-word title is not', () => {
    expect(isAuthorsName('Harlan Coben’s The Stranger', named('The Stranger'))).toBe(true);
    expect(isAuthorsName('Frank Herbert’s Dune', named('Dune'))).toBe(false);
    expect(isAuthorsName('Netflix’s The Stranger', named('The Stranger'))).toBe(false);
    expect(isAuthorsName('The Stranger', named('The Stranger'))).toBe(false);
  });
});

describe('isShortName: a network in the full name', () => {
  it('drops the show’s own network from its name ("Sunday Night Football", BroadwayWorld, 2019), not another one', () => {
    expect(isShortName('Sunday Night Football', { name: 'NBC Sunday Night Football', channels: ['NBC'] })).toBe(true);
    expect(isShortName('Dateline', { name: 'Dateline NBC', channels: ['NBC'] })).toBe(true);
    expect(isShortName('Sunday Night Football', { name: 'NBC Sunday Night Football', channels: ['Peacock'] })).toBe(false);
    expect(isShortName('Sunday Night Football', named('NBC Sunday Night Football'))).toBe(false);
  });
});

describe('mayBeLocalised: a title that may be a show\'s name in another language', () => {
  it.each<[string, boolean]>([
    ['Die Simpsons', true],
    ['Les Simpson', true],
    ['La casa de papel', true],
    ['Lo que la vida me robó', true],
    ['Nêrens, Noord-Kaap', true],
    ['Ryan Gosling', false],
    ['Vanity Fair', false],
    ['Dragons’ Den', false],
    ['Do No Harm', false],
  ])('%j → %s', (title, localised) => {
    expect(mayBeLocalised(title)).toBe(localised);
  });
});

describe('judgeBestMatch: what the best match alone settles', () => {
  const best = (name: string, channels: string[] = []) => ({ ref: { source: 'tvmaze' as const, id: 1 }, name, channels, premieredYear: null, weight: 50 });
  it.each<[string, string, string[], { network?: string } | undefined, 'article' | undefined, string]>([
    ['Girls', 'Girls', ['HBO'], undefined, undefined, 'show'],
    ['Girls', 'Girls', ['HBO'], { network: 'BBC' }, undefined, 'search'],
    ['Generations', 'Generations: The Legacy', [], undefined, undefined, 'show'],
    ['Generations', 'Generations: The Legacy', ['SABC 1'], { network: 'NBC' }, undefined, 'not'],
    ['Die Simpsons', 'The Simpsons', [], undefined, 'article', 'akas'],
    ['Ryan Gosling', "Ryan's Hope", [], undefined, 'article', 'not'],
    ['Dr. House', 'House', [], undefined, undefined, 'akas'],
  ])('%j, best match %j → %s', (title, name, channels, hints, read, verdict) => {
    expect(judgeBestMatch(title, best(name, channels), hints, read)).toBe(verdict);
  });
});

describe('isConfidentMatch', () => {
  it.each<[string, string, boolean]>([
    ['Bosch: Legacy', 'Bosch: Legacy', true],
    ['Bosch Legacy', 'Bosch: Legacy', true],
    ['Bosch', 'Bosch: Legacy', false],
    ['Bosch: Legacy', 'Bosch', false],
    ['Ballard', 'Renée Ballard', false],
    ['Ballard', 'Ballard', true],
    ['The Walking Dead', 'Walking Dead', true],
    ['Walking Dead', 'The Walking Dead', true],
    ['The Bosch: Legacy', 'Bosch: Legacy', true],
    ['Theory', 'The Big Bang Theory', false],
    ['Law and Order', 'Law & Order', true],
    ['Doctor Who', 'Doctor Who (2005)', true],
  ])('%j vs show %j → %s', (title, showName, confident) => {
    expect(isConfidentMatch(title, named(showName))).toBe(confident);
  });

  it('"Wednesday" matches Netflix\'s Wednesday but not the other same-word shows of the recorded search', () => {
    const results = recordedSearch(SEARCH_WEDNESDAY_2024).map((r) => r.show);
    const confident = results.filter((show) => isConfidentMatch('Wednesday', show)).map((show) => show.name);
    expect(confident).toEqual(['Wednesday']);
    expect(isConfidentMatch('Wednesday', named('Wednesday Club'))).toBe(false);
    expect(isConfidentMatch('Wednesday', named('The Wednesday Play'))).toBe(false);
  });

  it('"House MD" finds House (known alias), from the recorded single search', () => {
    const house = recordedShow(HOUSE_2017);
    expect(isConfidentMatch('House MD', house)).toBe(true);
    expect(isConfidentMatch('House M.D.', house)).toBe(true);
    expect(isConfidentMatch('House', house)).toBe(true);
    expect(isConfidentMatch('House of Cards', house)).toBe(false);
  });

  it('"Jessica Jones" finds Marvel\'s Jessica Jones (known alias)', () => {
    expect(isConfidentMatch('Jessica Jones', recordedShow(JESSICA_JONES_2017))).toBe(true);
  });

  it('a show name with a year also answers to the bare title', () => {
    expect(showNames(named('Doctor Who (2005)'))).toEqual(new Set(['doctor who 2005', 'doctor who']));
  });
});

describe('pickShow on the recorded "girls" search (two shows named Girls)', () => {
  const records = recordedSearch(SEARCH_GIRLS_2019).map((r) => r.show);
  // What the TVmaze source hands the matcher.
  const shows = records.map(tvmazeCandidate);
  const mongolian = shows.find((s) => s.ref.id === 41734)!;

  it('the recording holds both: HBO\'s Girls and the Mongolian GIRLS on UBS', () => {
    expect(records.find((s) => s.id === 139)).toMatchObject({ name: 'Girls', network: { name: 'HBO' } });
    expect(records.find((s) => s.id === 41734)).toMatchObject({ name: 'GIRLS', network: { name: 'UBS', country: { code: 'MN' } } });
    expect(mongolian).toMatchObject({ name: 'GIRLS', channels: ['UBS'] });
  });

  it('with the hint network HBO → HBO\'s Girls (139)', () => {
    expect(pickShow('Girls', shows, { network: 'HBO' })?.ref.id).toBe(139);
  });

  it('without hints → the heavier one (HBO, weight 89 over 59)', () => {
    expect(pickShow('Girls', shows)?.ref.id).toBe(139);
    expect(pickShow('Girls', [...shows].reverse())?.ref.id).toBe(139);
  });

  it('with a hint pointing at the Mongolian one → that one', () => {
    expect(pickShow('Girls', shows, { network: 'UBS' })?.ref.id).toBe(41734);
  });

  it('never picks a non-confident candidate ("Good Girls", "Gilmore Girls")', () => {
    expect(pickShow('Girls', shows.filter((s) => s.name !== 'Girls' && s.name !== 'GIRLS'))).toBeNull();
    expect(pickShow('Gilmore Girls', shows)?.ref.id).toBe(525);
  });

  it('the HBO hint contradicts the Mongolian show, and fits HBO\'s', () => {
    const hbo = shows.find((s) => s.ref.id === 139)!;
    expect(contradictsContext(mongolian, { network: 'HBO' })).toBe(true);
    expect(contradictsContext(hbo, { network: 'HBO' })).toBe(false);
    expect(contextScore(hbo, { network: 'HBO', year: 2012 })).toBe(4);
    expect(contextScore(hbo, undefined)).toBe(0);
  });
});
