/**
 * Paramount+. Shows live under `/shows/<slug>/` (episodes below it), films under `/movies/…`.
 * Evidence: no saved page and no maintained extension that reads Paramount+ catalog markup was
 * found (searched 2026-12); the URL scheme is public, the page's `og:type` / JSON-LD is read first
 * when present, and the fixture is hand-written. The "Shows" breadcrumb and section links are
 * page furniture.
 */
import { linkPath, spotHeading, spotLinkedTiles } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter } from './site-adapter';
import { structuredKind, structuredShow } from './structured-data';

// unverified, written 2026-11: show tiles link to the show's page
const SHOW_LINK_SELECTOR = 'a[href*="/shows/"]';
// unverified, written 2026-11: carousel tile wrapper
const TILE_SELECTOR = '[data-testid="tile"], .tile, li';
// unverified, written 2026-11: show hero title (logo image or text)
const HEADING_SELECTORS = ['[data-testid="hero-title"]', '.hero__title', 'main h1', 'h1'];

// "/shows/star-trek-strange-new-worlds/" but not "/shows/" (the catalog) nor an episode's "/shows/x/video/…"
const SHOW_PATH = /^(?:\/[a-z]{2})?\/shows\/(?!video\/|browse\/|all\/|trending\/)[^/]+\/?$/u;

export const paramountPlus: SiteAdapter = {
  id: 'paramount-plus',
  name: 'Paramount+',
  matches: ['*://*.paramountplus.com/*'],
  findTitles(root, url) {
    const show = structuredShow(root);
    const isShowPage = SHOW_PATH.test(url.pathname) && structuredKind(root) !== 'film';
    const heading = isShowPage ? spotHeading(root, HEADING_SELECTORS, show?.year ? { year: show.year } : undefined) : [];
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH });
    // The hero's own "Shows" breadcrumb links back to the page it heads.
    return withoutFurniture([...heading, ...tiles.filter((tile) => linkPath(tile.anchor) !== url.pathname)], show?.name);
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
