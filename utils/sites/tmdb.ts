/**
 * TMDB (themoviedb.org) `/tv/` pages, lists and search. Shows live under `/tv/<id>-<slug>`,
 * films under `/movie/…`.
 * Evidence: no saved page is public and no maintained extension reads TMDB markup (searched
 * 2026-12); TV pages carry `og:type` `video.tv_show`, read first. The header "Fallout (2024)"
 * (year in `span.release_date`) becomes title + year hint; the fixture is hand-written.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter } from './site-adapter';
import { structuredKind } from './structured-data';

// unverified, written 2026-11: poster cards link to the show's page
const SHOW_LINK_SELECTOR = '.card a[href*="/tv/"], .media-card a[href*="/tv/"]';
// unverified, written 2026-11: card wrapper on lists and search
const TILE_SELECTOR = '.card, .media-card';
// unverified, written 2026-11: header title "Fallout (2024)", year in a child span
const HEADING_SELECTORS = ['section.header .title h2', '.header .title h2', 'h2'];

const SHOW_PATH = /^(?:\/[a-z]{2}(?:-[A-Z]{2})?)?\/tv\/\d+(?:-[^/]+)?\/?$/u;

export const tmdb: SiteAdapter = {
  id: 'tmdb',
  name: 'TMDB',
  matches: ['*://*.themoviedb.org/tv*', '*://*.themoviedb.org/search*'],
  findTitles(root, url) {
    const isShowPage = SHOW_PATH.test(url.pathname) && structuredKind(root) !== 'film';
    const heading = isShowPage ? spotHeading(root, HEADING_SELECTORS) : [];
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH });
    return withoutFurniture([...heading, ...tiles]);
  },
  watchSelector: `${TILE_SELECTOR}, ${HEADING_SELECTORS[0]}`,
};
