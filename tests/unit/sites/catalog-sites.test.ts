import { appleTv } from '../../../utils/sites/apple-tv';
import { disneyPlus } from '../../../utils/sites/disney-plus';
import { hulu } from '../../../utils/sites/hulu';
import { justwatch } from '../../../utils/sites/justwatch';
import { netflix } from '../../../utils/sites/netflix';
import { paramountPlus } from '../../../utils/sites/paramount-plus';
import { peacock } from '../../../utils/sites/peacock';
import { rottenTomatoes } from '../../../utils/sites/rotten-tomatoes';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';
import { tmdb } from '../../../utils/sites/tmdb';
import { trakt } from '../../../utils/sites/trakt';
import { parseHtml } from '../../support/dom';
import { summarize, titlesOnFixture } from '../../support/fixtures';

/** Each adapter on its hand-written fixture: the page's show heading first, then its series tiles. */
const ON_FIXTURE: [SiteAdapter, heading: string | undefined, tiles: string[], excluded: string[]][] = [
  [netflix, 'Stranger Things', [], ['Nimona']],
  [disneyPlus, 'Andor', ['The Mandalorian'], ['Rogue One: A Star Wars Story']],
  [hulu, 'Only Murders in the Building', ['The Bear'], ['Prey']],
  [appleTv, 'Severance', ['Slow Horses'], ['Killers of the Flower Moon']],
  [paramountPlus, 'Star Trek: Strange New Worlds', ['Star Trek: Discovery'], ['Star Trek Into Darkness', 'Shows']],
  [peacock, 'The Office', ['Parks and Recreation', 'Poker Face'], ['Oppenheimer']],
  [justwatch, 'Fallout', ['The Last of Us', 'Silo'], ['Mad Max: Fury Road']],
  [rottenTomatoes, 'Fallout', ['The Last of Us'], ['Dune: Part Two']],
  [tmdb, 'Fallout', ['The Last of Us'], ['Dune: Part Two']],
  [trakt, 'Fallout', ['The Last of Us'], ['Dune: Part Two']],
];

describe.each(ON_FIXTURE.map((row) => [row[0].id, ...row] as const))('%s on its fixture', (_id, adapter, heading, tiles, excluded) => {
  const spotted = titlesOnFixture(adapter);

  it('badges the show heading once', () => {
    const headings = summarize(spotted.filter((title) => title.placement === 'after-heading'));
    expect(headings).toEqual(heading ? [{ title: heading, placement: 'after-heading' }] : []);
  });

  it('finds the series tiles, one per card', () => {
    expect(spotted.filter((title) => title.placement === 'tile').map((title) => title.title)).toEqual(tiles);
  });

  it('leaves out films and navigation', () => {
    for (const title of excluded) expect(spotted.map((spottedTitle) => spottedTitle.title)).not.toContain(title);
  });
});

describe('years in headings become hints', () => {
  it.each([
    [justwatch, 2024],
    [tmdb, 2024],
    [trakt, 2024],
  ])('%#', (adapter, year) => {
    expect(titlesOnFixture(adapter)[0]?.hints?.year).toBe(year);
  });
});

/** The same markup on a film's URL gets no heading badge. */
const FILM_PAGES: [SiteAdapter, filmUrl: string, html: string][] = [
  [netflix, 'https://www.netflix.com/title/81149450', '<h1 data-uia="title-info-title">Nimona</h1><span class="duration">1h 41m</span>'],
  [disneyPlus, 'https://www.disneyplus.com/movies/rogue-one/14CV6eNtq8Fu', '<h1>Rogue One</h1>'],
  [disneyPlus, 'https://www.disneyplus.com/browse/entity-1', '<div data-testid="details-title-treatment"><img alt="Elio"></div>'],
  [hulu, 'https://www.hulu.com/movie/prey-fd1b9b06', '<h1>Prey</h1>'],
  [appleTv, 'https://tv.apple.com/us/movie/napoleon/umc.cmc.2ac8bxnf9q9h5sgsalkr5l3k2', '<h1>Napoleon</h1>'],
  [paramountPlus, 'https://www.paramountplus.com/movies/top-gun-maverick/abc/', '<h1>Top Gun: Maverick</h1>'],
  [peacock, 'https://www.peacocktv.com/stream-movies/oppenheimer', '<h1>Oppenheimer</h1>'],
  [justwatch, 'https://www.justwatch.com/de/film/dune-part-two', '<h1>Dune: Part Two</h1>'],
  [rottenTomatoes, 'https://www.rottentomatoes.com/tv/', '<h1>TV Shows</h1>'],
  [tmdb, 'https://www.themoviedb.org/tv/top-rated', '<section class="header"><div class="title"><h2>Top Rated TV Shows</h2></div></section>'],
  [trakt, 'https://trakt.tv/movies/dune-part-two-2024', '<div id="summary-wrapper"><h1>Dune: Part Two <span class="year">2024</span></h1></div>'],
];

describe.each(FILM_PAGES.map((row) => [row[0].id, ...row] as const))('%s on a film or list page', (_id, adapter, filmUrl, html) => {
  it('gives the heading no badge', () => {
    expect(adapter.findTitles(parseHtml(`<html><body><main>${html}</main></body></html>`), new URL(filmUrl))).toEqual([]);
  });
});

describe('localized catalog paths', () => {
  it('justwatch reads German series links', () => {
    const page = parseHtml('<ul><li><a href="/de/serie/dark"><img alt="Dark"></a></li><li><a href="/de/film/lola-rennt"><img alt="Lola rennt"></a></li></ul>');
    expect(justwatch.findTitles(page, new URL('https://www.justwatch.com/de')).map((title) => title.title)).toEqual(['Dark']);
  });

  it('netflix tells a series by its season count in the preview modal', () => {
    const page = parseHtml(
      '<div class="previewModal--container"><img class="previewModal--player-titleTreatment-logo" alt="Wednesday"><div class="previewModal--detailsMetadata"><span class="duration">2 Seasons</span></div></div>',
    );
    expect(summarize(netflix.findTitles(page, new URL('https://www.netflix.com/browse?jbv=81231974')))).toEqual([
      { title: 'Wednesday', placement: 'after-heading' },
    ]);
  });
});
