/**
 * Rotten Tomatoes `/tv/` pages and TV browse lists. Shows live under `/tv/<slug>` (seasons
 * below it), films under `/m/…`.
 * No saved page: selectors follow the public `data-qa`/slot markup; the fixture is hand-written.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import type { SiteAdapter } from './site-adapter';

// unverified, written 2026-11: tiles link to a show or one of its seasons
const SHOW_LINK_SELECTOR = 'a[href*="/tv/"]';
// unverified, written 2026-11: browse list tile, carousel tile
const TILE_SELECTOR = '[data-qa="discovery-media-list-item"], tile-dynamic, [data-qa="tile"], li';
// unverified, written 2026-11: media hero title ("Fallout: Season 1" on a season page)
const HEADING_SELECTORS = ['[slot="titleIntro"]', 'rt-text[slot="title"]', '[data-qa="score-panel-title"]', 'h1'];

const SHOW_PATH = /^\/tv\/[^/]+(?:\/s\d+)?\/?$/u;

export const rottenTomatoes: SiteAdapter = {
  id: 'rotten-tomatoes',
  name: 'Rotten Tomatoes',
  matches: ['*://*.rottentomatoes.com/tv/*', '*://*.rottentomatoes.com/browse/tv_series_browse*'],
  testUrls: ['https://www.rottentomatoes.com/tv/fallout', 'https://www.rottentomatoes.com/browse/tv_series_browse/sort:popular'],
  fixture: 'rotten-tomatoes-tv-handwritten.html',
  fixtureUrl: 'https://www.rottentomatoes.com/tv/fallout/s01',
  findTitles(root, url) {
    const heading = SHOW_PATH.test(url.pathname) ? spotHeading(root, HEADING_SELECTORS) : [];
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH });
    return [...heading, ...tiles.filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)))];
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
