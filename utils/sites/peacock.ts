/**
 * Peacock. Show pages live under `/watch-online/tv/<slug>/<id>` today (issue 13, measured on real
 * pages), `/watch/asset/tv/<slug>/<id>` in the app and `/stream-tv/<slug>` on older catalog pages;
 * films under `/watch-online/movies/…`, `/watch/asset/movies/…` and `/stream-movies/…`.
 * Evidence: no saved page is public and no maintained extension reads Peacock catalog markup
 * (searched 2026-12); the page's `og:type` / JSON-LD is read first, the fixture is hand-written.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter } from './site-adapter';
import { structuredKind, structuredShow } from './structured-data';

// issue 13, 2026-11: tiles link to the show's page, today's path first
const SHOW_LINK_SELECTOR = 'a[href*="/watch-online/tv/"], a[href*="/watch/asset/tv/"], a[href*="/stream-tv/"]';
// unverified, written 2026-11: tile wrapper
const TILE_SELECTOR = '[data-testid="tile"], .tile, li';
// unverified, written 2026-11: program title heading
const HEADING_SELECTORS = ['[data-testid="program-title"]', 'main h1', 'h1'];

const SHOW_PATH = /^\/(?:watch-online\/tv\/[^/]+\/[^/]+|watch\/asset\/tv\/[^/]+\/[^/]+|stream-tv\/[^/]+)\/?$/u;

export const peacock: SiteAdapter = {
  id: 'peacock',
  name: 'Peacock',
  matches: ['*://*.peacocktv.com/*'],
  findTitles(root, url) {
    const show = structuredShow(root);
    const isShowPage = SHOW_PATH.test(url.pathname) && structuredKind(root) !== 'film';
    const heading = isShowPage ? spotHeading(root, HEADING_SELECTORS, show?.year ? { year: show.year } : undefined) : [];
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH });
    return withoutFurniture([...heading, ...tiles.filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)))], show?.name);
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
