/**
 * JustWatch. The second path segment types a page, in the locale's words:
 * `/us/tv-show/<slug>`, `/de/serie/<slug>` vs `/us/movie/…`, `/de/film/…`.
 * Evidence: no saved page is public and no maintained extension reads JustWatch markup (searched
 * 2026-12). Detail pages serve JSON-LD (`TVSeries` / `Movie`), read first; the URL scheme is
 * public; the heading prints the year after the title ("Fallout (2024)"), which becomes a hint.
 * The fixture is hand-written.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter } from './site-adapter';
import { structuredKind, structuredShow } from './structured-data';

// unverified, written 2026-11: any link into the catalog; the path decides
const TITLE_LINK_SELECTOR = 'a[href]';
// unverified, written 2026-11: poster grid and list items
const TILE_SELECTOR = '.title-list-grid__item, [data-testid="titleItem"], .title-list-row__row, article, li';
// unverified, written 2026-11: title on a detail page, year in a child span
const HEADING_SELECTORS = ['.title-detail-hero__details__title', 'h1.title-detail-hero__title', 'main h1', 'h1'];

const SERIES_WORDS = ['tv-show', 'tv-series', 'serie', 'series', 'serie-tv', 'tv-serie', 'sorozat', 'serial', 'dizi', 'tv-shows'];
const SERIES_PATH = new RegExp(`^/[a-z]{2}(?:-[a-z]{2})?/(?:${SERIES_WORDS.join('|')})/[^/]+/?$`, 'u');

export const justwatch: SiteAdapter = {
  id: 'justwatch',
  name: 'JustWatch',
  matches: ['*://*.justwatch.com/*'],
  findTitles(root, url) {
    const show = structuredShow(root);
    const isShowPage = SERIES_PATH.test(url.pathname) && structuredKind(root) !== 'film';
    const heading = isShowPage ? spotHeading(root, HEADING_SELECTORS, show?.year ? { year: show.year } : undefined) : [];
    const tiles = spotLinkedTiles(root, TITLE_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SERIES_PATH });
    return withoutFurniture([...heading, ...tiles.filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)))], show?.name);
  },
  watchSelector: `${TILE_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
