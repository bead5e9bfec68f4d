/**
 * Trakt (trakt.tv). Grid items say their type (`data-type="show"` vs `"movie"`); show pages
 * live under `/shows/<slug>`.
 * No saved page: selectors follow Trakt's classic site markup; the fixture is hand-written.
 */
import { attributeText, plainTitle, queryAll, queryFirst, spot, spotEach, spotSafely } from './page-reading';
import type { SiteAdapter, SpottedTitle } from './site-adapter';

// unverified, written 2026-11: typed grid items on lists, search, calendars
const SHOW_ITEM_SELECTOR = '.grid-item[data-type="show"], [itemtype$="schema.org/TVSeries"].grid-item';
// unverified, written 2026-11: show page heading, year in span.year
const HEADING_SELECTORS = ['#summary-wrapper h1', '.summary h1', 'h1'];

const SHOW_PATH = /^\/shows\/[^/]+\/?$/u;

/** Heading text without its child year span; the year becomes a hint. */
function spotShowHeading(root: ParentNode): SpottedTitle | undefined {
  const heading = queryFirst(root, HEADING_SELECTORS);
  if (!heading) return undefined;
  const ownText = Array.from(heading.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent)
    .join(' ');
  const year = Number(heading.querySelector('.year')?.textContent?.trim());
  return spot(heading, ownText, 'after-heading', Number.isInteger(year) && year > 1900 ? { year } : {});
}

function spotShowItem(item: Element): SpottedTitle | undefined {
  const raw =
    attributeText(item.querySelector('meta[itemprop="name"]'), ['content']) ??
    plainTitle(item.querySelector('.titles h3, h3')?.textContent) ??
    attributeText(item.querySelector('img[alt]'), ['alt']);
  return spot(item, raw, 'tile');
}

export const trakt: SiteAdapter = {
  id: 'trakt',
  name: 'Trakt',
  matches: ['*://*.trakt.tv/*'],
  testUrls: ['https://trakt.tv/shows/fallout', 'https://app.trakt.tv/shows/trending'],
  fixture: 'trakt-show-handwritten.html',
  fixtureUrl: 'https://trakt.tv/shows/fallout',
  findTitles(root, url) {
    const heading = SHOW_PATH.test(url.pathname) ? spotSafely(() => spotShowHeading(root)) : [];
    return [...heading, ...spotEach(queryAll(root, SHOW_ITEM_SELECTOR), spotShowItem)];
  },
  watchSelector: `${SHOW_ITEM_SELECTOR}, ${HEADING_SELECTORS[0]}`,
};
