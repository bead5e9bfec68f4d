/**
 * Apple TV+ (tv.apple.com). Shows live under `/<country>/show/<slug>/umc.cmc.<id>`, films under
 * `/movie/…`; show pages also carry `TVSeries` JSON-LD.
 * No saved page: selectors follow the public URL scheme and markup; the fixture is hand-written.
 */
import { jsonLdKind, spotHeading, spotLinkedTiles } from './page-reading';
import type { SiteAdapter } from './site-adapter';

// unverified, written 2026-11: lockups link to the show's page
const SHOW_LINK_SELECTOR = 'a[href*="/show/"]';
// unverified, written 2026-11: shelf item wrapping a lockup
const TILE_SELECTOR = '[data-testid="lockup"], .shelf-grid__list-item, li';
// unverified, written 2026-11: product header title
const HEADING_SELECTORS = ['[data-testid="product-header-title"]', '.product-header__title', 'main h1', 'h1'];

const SHOW_PATH = /\/show\/[^/]+\/umc\.cmc\.[a-z0-9]+\/?$/iu;

export const appleTv: SiteAdapter = {
  id: 'apple-tv',
  name: 'Apple TV+',
  matches: ['*://tv.apple.com/*'],
  testUrls: ['https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx'],
  fixture: 'apple-tv-show-handwritten.html',
  fixtureUrl: 'https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
  findTitles(root, url) {
    const isShowPage = SHOW_PATH.test(url.pathname) && jsonLdKind(root) !== 'film';
    const heading = isShowPage ? spotHeading(root, HEADING_SELECTORS) : [];
    return [...heading, ...spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH })];
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
