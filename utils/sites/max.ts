/**
 * HBO Max (play.hbomax.com again, formerly play.max.com). Shows live under `/show/<id>`, films
 * under `/movie/<id>`.
 * Evidence: the hero check was made on a film player page saved 2025-01
 * (tests/fixtures/pages/max-watch-movie-dune-part-two-2025-01.html, no show on it). The service is
 * `play.hbomax.com` in trakt-tools/universal-trakt-scrobbler (HBO Max API host, commit a8bd68b,
 * 2026-08-20). List labels read "⁨Title⁩, 3 of 20" with Unicode isolates and a comma (issue 13,
 * measured on real pages), older ones "Go to Series: Title. 1 of 30". Show tiles and headings are
 * hand-written from those conventions, not a saved page.
 */
import { spotHeading, spotLinkedTiles } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter } from './site-adapter';
import { structuredKind } from './structured-data';

// seen 2025-01 on play.max.com: hero "more info" links ("Go to Movie: Dune. 1 of 30"); tiles unverified
const SHOW_LINK_SELECTOR = 'a[href*="/show/"]';
// fallback, unverified, written 2026-11: rail tiles wrap their link in a list item
const TILE_SELECTOR = '[data-testid$="_tile"], [role="listitem"], li';
// fallback, unverified, written 2026-11: title treatment on a show's page
const HEADING_SELECTORS = ['[data-testid="title-treatment"]', 'main h1', 'h1'];

// Bidi isolates first, then "Go to Series: " before and ". 1 of 30" / ", 3 of 20" after the title.
const LABEL_NOISE = /[\u2066-\u2069\u200e\u200f]|^go to [^:]+:\s*|[.,]\s*\d+\s+of\s+\d+\.?$/giu;
const SHOW_PATH = /\/show\/[\w:-]+\/?$/u;

export const max: SiteAdapter = {
  id: 'max',
  name: 'HBO Max',
  matches: ['*://play.max.com/*', '*://play.hbomax.com/*'],
  findTitles(root, url) {
    // Player pages name their video only in document.title ("Dune: Part Two • Max"), which does not tell a film
    // from an episode, so they get no heading badge.
    const isShowPage = SHOW_PATH.test(url.pathname) && structuredKind(root) !== 'film';
    const heading = isShowPage ? spotHeading(root, HEADING_SELECTORS) : [];
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH, labelNoise: LABEL_NOISE });
    return withoutFurniture([...heading, ...tiles.filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)))]);
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
