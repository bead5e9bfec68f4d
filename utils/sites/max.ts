/**
 * HBO Max / Max (play.max.com, play.hbomax.com). Shows live under `/show/<id>`, films under
 * `/movie/<id>`. The hero check was made on a film player page saved 2025-01
 * (tests/fixtures/pages/max-watch-movie-dune-part-two-2025-01.html, no show on it); the show
 * tile and heading markup is hand-written from the same page's conventions, not a saved page.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import type { SiteAdapter } from './site-adapter';

// seen 2025-01 on play.max.com: hero "more info" links ("Go to Movie: Dune. 1 of 30"); tiles unverified
const SHOW_LINK_SELECTOR = 'a[href*="/show/"]';
// fallback, unverified, written 2026-11: rail tiles wrap their link in a list item
const TILE_SELECTOR = '[data-testid$="_tile"], [role="listitem"], li';
// fallback, unverified, written 2026-11: title treatment on a show's page
const HEADING_SELECTORS = ['[data-testid="title-treatment"]', 'main h1', 'h1'];

const LABEL_NOISE = /^go to [^:]+:\s*|\.\s*\d+ of \d+\.?$/giu;
const SHOW_PATH = /\/show\/[\w-]+\/?$/u;

export const max: SiteAdapter = {
  id: 'max',
  name: 'HBO Max',
  matches: ['*://play.max.com/*', '*://play.hbomax.com/*'],
  testUrls: [
    'https://play.max.com/video/watch/914be9f6-e1b2-4f5f-aa34-de07a2a3423b/3c3df515-93b8-4410-b10a-414079529821',
    'https://play.hbomax.com/show/52dae4c7-2ab1-4bb9-a2e4-1a8dc0e2c8a5',
  ],
  fixture: 'max-watch-movie-dune-part-two-2025-01.html',
  fixtureUrl: 'https://play.max.com/video/watch/914be9f6-e1b2-4f5f-aa34-de07a2a3423b/3c3df515-93b8-4410-b10a-414079529821',
  findTitles(root, url) {
    // Player pages name their video only in document.title ("Dune: Part Two • Max"), which does not tell a film
    // from an episode, so they get no heading badge.
    const heading = SHOW_PATH.test(url.pathname) ? spotHeading(root, HEADING_SELECTORS) : [];
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH, labelNoise: LABEL_NOISE });
    return [...heading, ...tiles.filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)))];
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
