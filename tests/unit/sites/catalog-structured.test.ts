import { imdb } from '../../../utils/sites/imdb';
import { justwatch } from '../../../utils/sites/justwatch';
import { paramountPlus } from '../../../utils/sites/paramount-plus';
import { rottenTomatoes } from '../../../utils/sites/rotten-tomatoes';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';
import { tmdb } from '../../../utils/sites/tmdb';
import { trakt } from '../../../utils/sites/trakt';
import { parseHtml } from '../../support/dom';
import { summarize, titlesOnFixture } from '../../support/fixtures';

function find(adapter: SiteAdapter, url: string, html: string) {
  return adapter.findTitles(parseHtml(html), new URL(url));
}

describe('headings are the title as cleaned, the year a hint', () => {
  it.each([
    [justwatch, 'Fallout (2024)', 2024],
    [tmdb, 'Fallout (2024)', 2024],
    [trakt, 'Fallout', 2024],
  ])('%#', (adapter, raw, year) => {
    const [heading] = titlesOnFixture(adapter);
    expect(heading?.title).toBe('Fallout');
    expect(heading?.rawTitle).toBe(raw);
    expect(heading?.hints?.year).toBe(year);
  });

  it('rotten tomatoes season page: "Fallout: Season 1" is Fallout', () => {
    expect(titlesOnFixture(rottenTomatoes)[0]?.title).toBe('Fallout');
  });
});

describe('imdb', () => {
  it('takes the year from og:title when JSON-LD has none, beside the id', () => {
    const html = `<head><meta property="og:type" content="video.tv_show"><meta property="og:title" content="Chernobyl (TV Mini Series 2019) ⭐ 9.3 | Drama"></head>
      <body><h1 data-testid="hero__pageTitle"><span data-testid="hero__primary-text">Chernobyl</span></h1></body>`;
    expect(find(imdb, 'https://www.imdb.com/title/tt7366338/', html)[0]?.hints).toEqual({ imdbId: 'tt7366338', year: 2019 });
  });

  it('never badges an episode-list heading on a series sub-page', () => {
    const html = `<head><meta property="og:type" content="video.tv_show"></head><body><h1>Episode list</h1></body>`;
    expect(find(imdb, 'https://www.imdb.com/title/tt0903747/episodes/', html)).toEqual([]);
  });
});

describe('structured data decides over the URL', () => {
  it.each([
    [justwatch, 'https://www.justwatch.com/us/tv-show/dune-prophecy', '<script type="application/ld+json">{"@type":"Movie","name":"Dune"}</script><h1>Dune</h1>'],
    [rottenTomatoes, 'https://www.rottentomatoes.com/tv/dune', '<meta property="og:type" content="video.movie"><h1>Dune</h1>'],
    [tmdb, 'https://www.themoviedb.org/tv/1-x', '<meta property="og:type" content="video.movie"><h2>Dune</h2>'],
    [paramountPlus, 'https://www.paramountplus.com/shows/top-gun/', '<script type="application/ld+json">{"@type":"Movie","name":"Top Gun"}</script><h1>Top Gun</h1>'],
  ])('%# film markup on a show-shaped URL gets no heading badge', (adapter, url, html) => {
    expect(find(adapter, url, `<html><head></head><body>${html}</body></html>`)).toEqual([]);
  });

  it('rotten tomatoes takes the show and its year from a season page JSON-LD', () => {
    const html = `<script type="application/ld+json">{"@type":"TVSeason","name":"Season 1","partOfSeries":{"@type":"TVSeries","name":"Fallout","startDate":"2024-04-10"}}</script>
      <rt-text slot="title">Fallout: Season 1</rt-text>`;
    expect(find(rottenTomatoes, 'https://www.rottentomatoes.com/tv/fallout/s01', html).map(({ title, hints }) => ({ title, hints }))).toEqual([
      { title: 'Fallout', hints: { year: 2024 } },
    ]);
  });
});

describe('trakt app (app.trakt.tv)', () => {
  const html = `<nav><a href="/shows/trending">Trending</a><a href="/shows">Shows</a></nav>
    <main><h1>Fallout</h1><a href="/shows/fallout">Fallout</a>
    <section><h2>Related</h2><ul>
      <li><a href="/shows/the-last-of-us"><img alt="The Last of Us"></a></li>
      <li><a href="/movies/dune-part-two-2024"><img alt="Dune: Part Two"></a></li>
      <li><a href="/shows/popular">Popular shows</a></li></ul></section></main>`;

  it('badges the show heading and related show cards, not films, sections or the link back to itself', () => {
    expect(summarize(find(trakt, 'https://app.trakt.tv/shows/fallout', html))).toEqual([
      { title: 'Fallout', placement: 'after-heading' },
      { title: 'The Last of Us', placement: 'tile' },
    ]);
  });

  it('gives a section list no heading badge', () => {
    expect(find(trakt, 'https://app.trakt.tv/shows/trending', '<main><h1>Trending Shows</h1></main>')).toEqual([]);
  });
});

describe('navigation and footer links into sections are furniture', () => {
  it('paramount+ footer link to a show list and a "Shows" heading get no badge', () => {
    const html = `<main><h1>Shows</h1></main><footer><a href="/shows/star-trek-discovery/">Star Trek: Discovery</a></footer>`;
    expect(find(paramountPlus, 'https://www.paramountplus.com/shows/star-trek-discovery/', html)).toEqual([]);
  });
});
