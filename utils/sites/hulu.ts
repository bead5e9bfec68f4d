/**
 * Hulu. Shows live under `/series/<slug>-<id>`, films under `/movie/…`.
 * No saved page: selectors follow Hulu's public URL scheme and markup; the fixture is hand-written.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import type { SiteAdapter } from './site-adapter';

// unverified, written 2026-11: tiles link to the show's page
const SERIES_LINK_SELECTOR = 'a[href*="/series/"]';
// unverified, written 2026-11: tile wrapper of collections
const TILE_SELECTOR = '[data-testid="standard-tile"], [data-automationid*="tile"], article, li';
// unverified, written 2026-11: details masthead title (often a logo image)
const HEADING_SELECTORS = ['[data-testid="details-masthead-title"]', '.DetailEntityMasthead__title', 'main h1', 'h1'];

const SERIES_PATH = /^\/series\/[^/]+\/?$/u;

export const hulu: SiteAdapter = {
  id: 'hulu',
  name: 'Hulu',
  matches: ['*://*.hulu.com/*'],
  testUrls: ['https://www.hulu.com/series/only-murders-in-the-building-ef31c7e1-cd0d-4b15-9e24-7e1d4bcb1bd4', 'https://www.hulu.com/hub/tv'],
  fixture: 'hulu-series-handwritten.html',
  fixtureUrl: 'https://www.hulu.com/series/only-murders-in-the-building-ef31c7e1-cd0d-4b15-9e24-7e1d4bcb1bd4',
  findTitles(root, url) {
    const heading = SERIES_PATH.test(url.pathname) ? spotHeading(root, HEADING_SELECTORS) : [];
    return [...heading, ...spotLinkedTiles(root, SERIES_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SERIES_PATH })];
  },
  watchSelector: `${SERIES_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
