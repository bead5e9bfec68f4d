/**
 * Rotten Tomatoes `/tv/` pages and TV browse lists. Shows live under `/tv/<slug>` (seasons
 * below it), films under `/m/…`.
 * Evidence: no saved page is public. Pages serve JSON-LD (`TVSeries`, and `TVSeason` with
 * `partOfSeries` on season pages), read first, as RT score fetchers in the code index read it
 * (2026-11); the `rt-text[slot="title"]` hero and `tile-dynamic` tiles are unverified and the
 * fixture is hand-written. "TV Shows", "Episodes", "Cast & Crew" headings are furniture.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter } from './site-adapter';
import { structuredKind, structuredShow } from './structured-data';

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
  findTitles(root, url) {
    const show = structuredShow(root);
    const isShowPage = SHOW_PATH.test(url.pathname) && structuredKind(root) !== 'film';
    const heading = isShowPage ? spotHeading(root, HEADING_SELECTORS, show?.year ? { year: show.year } : undefined) : [];
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH });
    return withoutFurniture([...heading, ...tiles.filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)))], show?.name);
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
