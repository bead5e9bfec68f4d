/**
 * Disney+ Hotstar (hotstar.com, now also jiohotstar.com). Selectors checked against pages saved
 * 2023-10 (home) and 2023-06 (episode player), see tests/fixtures/pages/hotstar-*.html.
 * Shows live under `/<country>/shows/…`, films under `/movies/…`, sport under `/sports/…`.
 */
import {
  attributeText,
  jsonLdSeriesName,
  linkPath,
  plainTitle,
  queryAll,
  spot,
  spotEach,
  spotSafely,
  titleFromSlug,
} from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter, SpottedTitle } from './site-adapter';

// seen 2023-10 on hotstar.com/in/home: every tray card and the masthead
const CARD_SELECTOR = '[data-testid="tray-card-default"], [data-testid="masthead-container"]';
// seen 2023-10 on hotstar.com/in/home: title logo of the masthead show
const MASTHEAD_TITLE_SELECTOR = '[data-testid="masthead-title-cutout"] img[alt]';
// seen 2023-06 on hotstar.com episode player: show name above "S1 E2 …"
const PLAYER_TITLE_SELECTOR = '[data-testid="player-space-container"] p';

const SHOW_PATH = /^\/(?:[a-z]{2}\/)?shows\/([^/]+)\/\d+/u;
// Continue-watching cards label their image with the episode ("S35 E3"), not the show.
const EPISODE_LABEL = /^S\d+\s*E\d+\b/iu;

function showLink(card: Element): { link: Element; slug: string } | undefined {
  for (const link of queryAll(card, 'a[href], [data-testid="link"][href]')) {
    const match = SHOW_PATH.exec(linkPath(link));
    if (match?.[1]) return { link, slug: match[1] };
    if (linkPath(link).includes('/')) return undefined; // first link decides: a film or sport card
  }
  return undefined;
}

function spotCard(card: Element): SpottedTitle | undefined {
  const show = showLink(card);
  if (!show) return undefined;
  if (card.matches('[data-testid="masthead-container"]')) {
    const logo = card.querySelector(MASTHEAD_TITLE_SELECTOR);
    return logo ? spot(logo.closest('[data-testid="masthead-title-cutout"]') ?? logo, logo.getAttribute('alt'), 'after-heading') : undefined;
  }
  const alt = attributeText(card.querySelector('img[alt]'), ['alt']);
  const raw = alt && !EPISODE_LABEL.test(alt) ? alt : titleFromSlug(show.slug);
  return spot(card, raw, 'tile');
}

function spotPlayerTitle(root: ParentNode, url: URL): SpottedTitle | undefined {
  if (!SHOW_PATH.test(url.pathname)) return undefined;
  const name = plainTitle(jsonLdSeriesName(root));
  if (!name) return undefined;
  const heading = queryAll(root, PLAYER_TITLE_SELECTOR).find((element) => plainTitle(element.textContent) === name);
  return heading ? spot(heading, name, 'after-heading') : undefined;
}

export const hotstar: SiteAdapter = {
  id: 'hotstar',
  name: 'Disney+ Hotstar',
  matches: ['*://*.hotstar.com/*', '*://*.jiohotstar.com/*'],
  findTitles(root, url) {
    return withoutFurniture([...spotSafely(() => spotPlayerTitle(root, url)), ...spotEach(queryAll(root, CARD_SELECTOR), spotCard)]);
  },
  watchSelector: `${CARD_SELECTOR}, ${PLAYER_TITLE_SELECTOR}`,
};
