/**
 * Peacock. Shows live under `/watch/asset/tv/<slug>/<id>` in the app and `/stream-tv/<slug>`
 * on catalog pages; films under `/watch/asset/movies/…` and `/stream-movies/…`.
 * No saved page: selectors follow the public URL scheme and markup; the fixture is hand-written.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import type { SiteAdapter } from './site-adapter';

// unverified, written 2026-11: tiles link to the show's page
const SHOW_LINK_SELECTOR = 'a[href*="/watch/asset/tv/"], a[href*="/stream-tv/"]';
// unverified, written 2026-11: tile wrapper
const TILE_SELECTOR = '[data-testid="tile"], .tile, li';
// unverified, written 2026-11: program title heading
const HEADING_SELECTORS = ['[data-testid="program-title"]', 'main h1', 'h1'];

const SHOW_PATH = /^\/(?:watch\/asset\/tv\/[^/]+\/[^/]+|stream-tv\/[^/]+)\/?$/u;

export const peacock: SiteAdapter = {
  id: 'peacock',
  name: 'Peacock',
  matches: ['*://*.peacocktv.com/*'],
  testUrls: ['https://www.peacocktv.com/stream-tv/the-office', 'https://www.peacocktv.com/watch/asset/tv/poker-face/8420419566736236112'],
  fixture: 'peacock-show-handwritten.html',
  fixtureUrl: 'https://www.peacocktv.com/stream-tv/the-office',
  findTitles(root, url) {
    const heading = SHOW_PATH.test(url.pathname) ? spotHeading(root, HEADING_SELECTORS) : [];
    return [...heading, ...spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH })];
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
