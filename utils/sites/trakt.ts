/**
 * Trakt: classic trakt.tv and the new app at app.trakt.tv. Show pages live under `/shows/<slug>`
 * on both; classic grid items say their type (`data-type="show"` vs `"movie"`, schema.org
 * `itemtype`), app cards only by their link.
 * Evidence: no saved page is public; app.trakt.tv beside trakt.tv is issue 13's measurement (2026-11), and
 * the `/shows/<slug>` vs `/movies/<slug>` scheme is Trakt's public URL scheme (the same slugs its
 * API returns, tests/fixtures and shared trakt data). Classic markup is unverified; the fixture is
 * hand-written. Section lists (`/shows/trending`, `/shows/popular`…) are page furniture.
 */
import { attributeText, plainTitle, queryAll, queryFirst, spot, spotEach, spotLinkedTiles, spotSafely } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter, SpottedTitle } from './site-adapter';
import { structuredKind, structuredShow } from './structured-data';

// unverified, written 2026-11: typed grid items on classic lists, search, calendars
const SHOW_ITEM_SELECTOR = '.grid-item[data-type="show"], [itemtype$="schema.org/TVSeries"].grid-item';
// unverified, written 2026-11: show page heading (classic: year in span.year), then any h1
const HEADING_SELECTORS = ['#summary-wrapper h1', '.summary h1', 'main h1', 'h1'];
// issue 13, 2026-11: app.trakt.tv cards are links to the show's page
const SHOW_LINK_SELECTOR = 'a[href*="/shows/"]';
// unverified, written 2026-11: card wrapper around an app link
const CARD_SELECTOR = 'article, li, [class*="card" i]';

/** Lists and sections that share the `/shows/<word>` shape with show pages. */
const SECTION_SLUGS = [
  'trending', 'popular', 'anticipated', 'recommended', 'recommendations', 'watched', 'collected', 'favorited', 'favorites',
  'played', 'streaming', 'boxoffice', 'updates', 'calendar', 'calendars', 'new', 'premieres', 'finales', 'lists', 'search',
];
const SHOW_PATH = new RegExp(`^/shows/(?!(?:${SECTION_SLUGS.join('|')})/?$)[a-z0-9][\\w-]*/?$`, 'u');

/** Heading text without its child year span; the year becomes a hint. */
function spotShowHeading(root: ParentNode): SpottedTitle | undefined {
  const heading = queryFirst(root, HEADING_SELECTORS);
  if (!heading) return undefined;
  const ownText = Array.from(heading.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent)
    .join(' ');
  const shown = Number(heading.querySelector('.year')?.textContent?.trim());
  const year = Number.isInteger(shown) && shown > 1900 ? shown : structuredShow(root)?.year;
  return spot(heading, plainTitle(ownText) ? ownText : heading.textContent, 'after-heading', year ? { year } : {});
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
  findTitles(root, url) {
    const isShowPage = SHOW_PATH.test(url.pathname) && structuredKind(root) !== 'film';
    const heading = isShowPage ? spotSafely(() => spotShowHeading(root)) : [];
    const items = spotEach(queryAll(root, SHOW_ITEM_SELECTOR), spotShowItem);
    // Classic grid items are typed; app cards are read from their links, never twice.
    // Links back to this very show (breadcrumbs, title links) are not cards; a pathname has its quotes %-encoded.
    const own = url.pathname.replace(/\/$/u, '');
    const linkSelector = `${SHOW_LINK_SELECTOR}:not([href="${own}"]):not([href="${own}/"]):not([href$="trakt.tv${own}"])`;
    const cards = spotLinkedTiles(root, linkSelector, { cardSelector: CARD_SELECTOR, pathPattern: SHOW_PATH }).filter(
      (card) => !card.anchor.closest('.grid-item') && !heading.some((title) => title.anchor.contains(card.anchor) || card.anchor.contains(title.anchor)),
    );
    return withoutFurniture([...heading, ...items, ...cards], structuredShow(root)?.name);
  },
  watchSelector: `${SHOW_ITEM_SELECTOR}, ${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS[0]}`,
};
