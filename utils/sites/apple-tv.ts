/**
 * Apple TV+ (tv.apple.com). Shows live under `/<country>/show/<slug>/umc.cmc.<id>`, films under
 * `/movie/…`.
 * Evidence: no saved page is public. Pages carry `apple:content_id` / `apple:title` meta tags and
 * JSON-LD typed per item (`TVSeries`, `Movie`, `TVEpisode`), as read by
 * trakt-tools/universal-trakt-scrobbler (AppleTvParser, commit 23bc051, 2026-08-12; repo HEAD
 * a8bd68b, 2026-08-20); shelves are `div.section[aria-label]` with lockup links, as read by
 * ackinc/webext-movie-ratings (AppleTV module, commit 24da513, 2025-12-20). The page's own data
 * names the show; the header markup is only where the badge goes.
 */
import { jsonLdItems, metaContent, queryFirst, spot, spotLinkedTiles, spotSafely } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter, SpottedTitle } from './site-adapter';
import { metaText, structuredKind, structuredShow } from './structured-data';

// unverified, written 2026-11: lockups link to the show's page
const SHOW_LINK_SELECTOR = 'a[href*="/show/"]';
// peer 2025-12 (ackinc/webext-movie-ratings): shelf items; older list items as fallbacks
const TILE_SELECTOR = '[data-testid="lockup"], .shelf-grid__list-item, li';
// unverified, written 2026-11: product header title, where the badge goes
const HEADING_SELECTORS = ['[data-testid="product-header-title"]', '.product-header__title', 'main h1', 'h1'];

const SHOW_PATH = /\/show\/[^/]+\/(umc\.cmc\.[a-z0-9]+)\/?$/iu;

/** The JSON-LD item for this page's content id: its type tells show from film. */
function kindOfContent(root: ParentNode, contentId: string): 'series' | 'film' | undefined {
  for (const item of jsonLdItems(root)) {
    const url = typeof item.url === 'string' ? item.url : '';
    if (url && !url.split(/[/?#]/u).includes(contentId)) continue;
    const types = ([] as unknown[]).concat(item['@type']);
    if (types.includes('TVSeries')) return 'series';
    if (types.includes('Movie')) return 'film';
  }
  return undefined;
}

function spotShowHeader(root: ParentNode, url: URL): SpottedTitle | undefined {
  const routeId = SHOW_PATH.exec(url.pathname)?.[1];
  if (!routeId) return undefined;
  const contentId = metaContent(root, 'apple:content_id')?.trim();
  // A stale header from the previous route (the app is a single page) says nothing about this one.
  if (contentId && contentId !== routeId) return undefined;
  const kind = kindOfContent(root, routeId) ?? structuredKind(root);
  if (kind === 'film' || kind === 'episode') return undefined;
  const heading = queryFirst(root, HEADING_SELECTORS);
  if (!heading) return undefined;
  const show = structuredShow(root);
  const raw = metaText(root, 'apple:title') ?? show?.name ?? heading.querySelector('img[alt]')?.getAttribute('alt') ?? heading.textContent;
  return spot(heading, raw, 'after-heading', show?.year ? { year: show.year } : {});
}

export const appleTv: SiteAdapter = {
  id: 'apple-tv',
  name: 'Apple TV+',
  matches: ['*://tv.apple.com/*'],
  findTitles(root, url) {
    const heading = spotSafely(() => spotShowHeader(root, url));
    const tiles = spotLinkedTiles(root, SHOW_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SHOW_PATH });
    return withoutFurniture([...heading, ...tiles.filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)))], metaText(root, 'apple:title'));
  },
  watchSelector: `${SHOW_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
