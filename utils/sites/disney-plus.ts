/**
 * Disney+ (disneyplus.com). Older URLs type the page (`/series/<slug>/<id>` vs `/movies/…`);
 * newer `/browse/entity-<id>` pages are told apart by their season picker or JSON-LD.
 * No saved page: selectors follow Disney+'s `data-testid` markup as used by public
 * extensions; the fixture is hand-written. Disney+ Hotstar has its own adapter (`hotstar`).
 */
import { jsonLdKind, queryAll, spotHeading, spotLinkedTiles } from './page-reading';
import type { SiteAdapter } from './site-adapter';

// unverified, written 2026-11: tiles link to `/series/<slug>/<id>`
const SERIES_LINK_SELECTOR = 'a[href*="/series/"]';
// unverified, written 2026-11: set item wrapping a tile
const TILE_SELECTOR = '[data-testid="set-item"], [data-item-id], [role="listitem"]';
// unverified, written 2026-11: title treatment on detail pages
const HEADING_SELECTORS = ['[data-testid="details-title-treatment"]', 'h1[data-testid="title"]', 'main h1', 'h1'];
// unverified, written 2026-11: season picker and episode tab only series have
const SERIES_MARKER_SELECTOR = '[data-testid="season-selector"], [data-testid="dropdown-seasons"], [data-testid="tab-EPISODES"], #episodes-tab';

const SERIES_PATH = /\/series\/[^/]+\/[^/]+/u;
// Tile labels append an instruction: "The Mandalorian. Select for details on this title."
const LABEL_NOISE = /\.\s*select for details.*$/iu;

function isSeriesDetail(root: ParentNode, url: URL): boolean {
  if (SERIES_PATH.test(url.pathname)) return true;
  if (!url.pathname.includes('/browse/entity-')) return false;
  return queryAll(root, SERIES_MARKER_SELECTOR).length > 0 || jsonLdKind(root) === 'series';
}

export const disneyPlus: SiteAdapter = {
  id: 'disney-plus',
  name: 'Disney+',
  matches: ['*://*.disneyplus.com/*'],
  testUrls: [
    'https://www.disneyplus.com/series/andor/3xsQKWG00GL5',
    'https://www.disneyplus.com/en-gb/browse/entity-a4e7b3a4-b3a4-4e3a-9a3b-1c7c7c7c7c7c',
  ],
  fixture: 'disney-plus-series-handwritten.html',
  fixtureUrl: 'https://www.disneyplus.com/series/andor/3xsQKWG00GL5',
  findTitles(root, url) {
    const heading = isSeriesDetail(root, url) ? spotHeading(root, HEADING_SELECTORS) : [];
    const tiles = spotLinkedTiles(root, SERIES_LINK_SELECTOR, {
      cardSelector: TILE_SELECTOR,
      pathPattern: SERIES_PATH,
      labelNoise: LABEL_NOISE,
    });
    return [...heading, ...tiles];
  },
  watchSelector: `${SERIES_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
