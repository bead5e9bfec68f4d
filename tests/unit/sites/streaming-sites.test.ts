import { appleTv } from '../../../utils/sites/apple-tv';
import { disneyPlus } from '../../../utils/sites/disney-plus';
import { hulu } from '../../../utils/sites/hulu';
import { max } from '../../../utils/sites/max';
import { netflix } from '../../../utils/sites/netflix';
import { peacock } from '../../../utils/sites/peacock';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';
import { parseHtml } from '../../support/dom';
import { summarize } from '../../support/fixtures';

function find(adapter: SiteAdapter, url: string, html: string) {
  return adapter.findTitles(parseHtml(html), new URL(url));
}

describe('netflix preview modal', () => {
  // A "More Like This" card of a series inside a film's modal, as the modal really nests them.
  const moreLikeThis = `<div class="moreLikeThis--wrapper"><h3 class="moreLikeThis--header">More Like This</h3>
    <div class="titleCard--container" aria-label="Stranger Things"><div class="titleCard--metadataWrapper">
    <div class="videoMetadata--container"><span class="duration">4 Seasons</span></div></div></div></div>`;

  it("leaves a film's modal alone although a recommended card shows seasons", () => {
    const html = `<div class="previewModal--container"><img class="previewModal--player-titleTreatment-logo" alt="Nimona">
      <div class="previewModal--detailsMetadata"><div class="previewModal--detailsMetadata-left">
      <div class="videoMetadata--container"><span class="duration">1h 41m</span></div></div></div>${moreLikeThis}</div>`;
    expect(find(netflix, 'https://www.netflix.com/browse?jbv=81149450', html)).toEqual([]);
  });

  it("badges a series' modal by the season count in its own metadata", () => {
    const html = `<div class="previewModal--container"><img class="previewModal--player-titleTreatment-logo" alt="Wednesday">
      <div class="previewModal--detailsMetadata"><div class="previewModal--detailsMetadata-left">
      <div class="videoMetadata--container"><span class="year">2022</span><span class="duration">2 Seasons</span></div></div></div>${moreLikeThis}</div>`;
    expect(summarize(find(netflix, 'https://www.netflix.com/browse?jbv=81231974', html))).toEqual([
      { title: 'Wednesday', placement: 'after-heading' },
    ]);
  });

  it('trusts a title page JSON-LD Movie over markup', () => {
    const html = `<script type="application/ld+json">{"@type":"Movie","name":"Nimona"}</script>
      <h1 data-uia="title-info-title">Nimona</h1><div data-uia="season-selector"></div>`;
    expect(find(netflix, 'https://www.netflix.com/title/81149450', html)).toEqual([]);
  });
});

describe('disney+ entity pages', () => {
  const suggested = `<section><h2>Suggested</h2><div role="list"><div data-testid="set-item" role="listitem">
    <a href="/browse/entity-11111111-2222-3333-4444-555555555555" aria-label="Andor"><img alt="Andor"></a>
    <span>2022 • 2 Seasons</span></div></div></section>`;

  it('badges a series by the season count in its masthead metadata', () => {
    const html = `<main><div class="masthead"><div data-testid="details-title-treatment"><img alt="The Bear"></div>
      <div class="metadata"><span>2022 – 2025 • 4 Seasons • Drama</span></div></div>${suggested}</main>`;
    const spotted = find(disneyPlus, 'https://www.disneyplus.com/browse/entity-8a9c7bbe-7b32-4b4a-9a3d-1d25a6f3b1a2', html);
    expect(summarize(spotted)).toEqual([{ title: 'The Bear', placement: 'after-heading' }]);
  });

  it('badges a series by the season dropdown of its episodes tab', () => {
    const html = `<main><div data-testid="details-title-treatment"><img alt="Andor"></div>
      <div role="tabpanel"><button data-testid="dropdown-button" aria-haspopup="listbox">Season 1</button></div></main>`;
    expect(find(disneyPlus, 'https://www.disneyplus.com/en-gb/browse/entity-a4e7b3a4-b3a4-4e3a-9a3b-1c7c7c7c7c7c', html)[0]?.title).toBe('Andor');
  });

  it("leaves a film's entity page alone although a suggested tile shows seasons, and entity tiles carry no type", () => {
    const html = `<main><div class="masthead"><div data-testid="details-title-treatment"><img alt="Elio"></div>
      <div class="metadata"><span>2025 • 1h 39m • Animation</span></div></div>${suggested}</main>`;
    expect(find(disneyPlus, 'https://www.disneyplus.com/browse/entity-6d3f7a1e-0000-4000-8000-000000000000', html)).toEqual([]);
  });
});

describe('hbo max labels', () => {
  it('reads "⁨Title⁩, 3 of 20" labels on play.hbomax.com without the isolates or the position', () => {
    const html = `<ul><li data-testid="show_tile"><a href="/show/6a1b2c3d-0000-4000-8000-000000000001" aria-label="\u2068The Pitt\u2069, 3 of 20"></a></li>
      <li data-testid="movie_tile"><a href="/movie/e7dc7b3a-a494-4ef1-8107-f4308aa6bbf7" aria-label="\u2068Dune\u2069, 4 of 20"></a></li></ul>`;
    const spotted = find(max, 'https://play.hbomax.com/home', html);
    expect(spotted.map(({ title, rawTitle }) => [title, rawTitle])).toEqual([['The Pitt', 'The Pitt']]);
  });
});

describe('hulu masthead and typed tiles', () => {
  const tiles = `<div class="Tile" data-automationid="tile-1"><a class="Tile__title-link" href="/series/the-bear-05eb6a8e">The Bear</a>
      <span class="Tile__description">Comedy • Series (2022)</span></div>
    <div class="Tile" data-automationid="tile-2"><a class="Tile__title-link" href="/movie/prey-fd1b9b06">Prey</a>
      <span class="Tile__description">Action • Movie (2022)</span></div>`;

  it('badges the series masthead title with its year, and series tiles only', () => {
    const html = `<div class="DetailEntityMasthead__entity"><h1 class="DetailEntityMasthead__title"><span class="DetailEntityMasthead__title__text">Only Murders in the Building</span></h1>
      <div class="DetailEntityMetadata__tag-group">Comedy • Mystery • Series (2021)</div></div><section><h2>You May Also Like</h2>${tiles}</section>`;
    const spotted = find(hulu, 'https://www.hulu.com/series/only-murders-in-the-building-ef31c7e1-cd0d-4b15-9e24-7e1d4bcb1bd4', html);
    expect(spotted.map(({ title, placement, hints }) => ({ title, placement, hints }))).toEqual([
      { title: 'Only Murders in the Building', placement: 'after-heading', hints: { year: 2021 } },
      { title: 'The Bear', placement: 'tile', hints: { year: 2022 } },
    ]);
  });

  it('gives a movie masthead nothing', () => {
    const html = `<h1 class="DetailEntityMasthead__title"><span>Prey</span></h1><div class="DetailEntityMasthead__tags">Action • Movie (2022)</div>`;
    expect(find(hulu, 'https://www.hulu.com/movie/prey-fd1b9b06-7b4e-4f43-8f5f-ec4f2a1c3b2d', html)).toEqual([]);
  });
});

describe('apple tv+ structured data', () => {
  const showUrl = 'https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx';

  it('names the show from apple:title and takes its year from the JSON-LD of its content id', () => {
    const html = `<head><meta name="apple:content_id" content="umc.cmc.1srk2goyh2q2zdxcx605w8vtx"><meta name="apple:title" content="Severance">
      <script type="application/ld+json">{"@type":"TVSeries","name":"Severance","url":"${showUrl}","startDate":"2022-02-18"}</script></head>
      <body><h1 class="product-header__title"><img alt="Severance: Season 2"></h1></body>`;
    const [spotted, ...rest] = find(appleTv, showUrl, html);
    expect(rest).toEqual([]);
    expect(spotted).toMatchObject({ title: 'Severance', rawTitle: 'Severance', hints: { year: 2022 } });
  });

  it("ignores a header the single-page app left from another route's content id", () => {
    const html = `<head><meta name="apple:content_id" content="umc.cmc.5x1fg9vferlfeutzpq6rra1zf"><meta name="apple:title" content="Killers of the Flower Moon"></head>
      <body><h1 class="product-header__title">Killers of the Flower Moon</h1></body>`;
    expect(find(appleTv, showUrl, html)).toEqual([]);
  });
});

describe('peacock watch-online paths', () => {
  it('badges a /watch-online/tv/ show page and its show tiles, not film tiles', () => {
    const html = `<main><h1>The Office</h1><ul>
      <li class="tile"><a href="/watch-online/tv/parks-and-recreation/8212433454456780112" aria-label="Parks and Recreation"></a></li>
      <li class="tile"><a href="/watch-online/movies/oppenheimer/5191183421000427112" aria-label="Oppenheimer"></a></li></ul></main>`;
    expect(summarize(find(peacock, 'https://www.peacocktv.com/watch-online/tv/the-office/4902514835143843112', html))).toEqual([
      { title: 'The Office', placement: 'after-heading' },
      { title: 'Parks and Recreation', placement: 'tile' },
    ]);
  });

  it('gives a /watch-online/movies/ page nothing', () => {
    expect(find(peacock, 'https://www.peacocktv.com/watch-online/movies/oppenheimer/5191183421000427112', '<h1>Oppenheimer</h1>')).toEqual([]);
  });
});
