/**
 * Hulu. Shows live under `/series/<slug>-<id>`, films under `/movie/…`.
 * Evidence: no saved page is public. The detail title is `h1.DetailEntityMasthead__title` (issue 13,
 * measured on real pages); its type and year sit in the masthead tags ("Drama • Series (2019)" /
 * "… • Movie (2022)"), and collection tiles (`div.Tile[data-automationid^="tile"]`) carry the same
 * line in `span.Tile__description`, as read by a public IMDb-ratings extension's Hulu module
 * (code index, seen 2026-11) and by Hulu scrapers (`h1.DetailEntityMasthead__title span`,
 * `div.DetailEntityMasthead__tags`).
 */
import { attributeText, plainTitle, queryAll, queryFirst, spot, spotEach, spotLinkedTiles, spotSafely } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter, SpottedTitle, TitleHints } from './site-adapter';
import { structuredKind, structuredShow } from './structured-data';

// issue 13, 2026-11: masthead title, its text in a span; older test ids and headings as fallbacks
const HEADING_SELECTORS = [
  'h1.DetailEntityMasthead__title',
  '.DetailEntityMasthead__title',
  '[data-testid="details-masthead-title"]',
  'main h1',
  'h1',
];
// peer 2026-11: masthead tags with type and year, old and new class names
const MASTHEAD_TAGS_SELECTOR = '.DetailEntityMetadata__tag-group, .DetailEntityMasthead__tags';
// peer 2026-11: typed collection tiles; their description line says "Series (2019)" or "Movie (2022)"
const TYPED_TILE_SELECTOR = 'div.Tile[data-automationid^="tile"], .PortraitTile';
// unverified, written 2026-11: links into a show's page, for tiles without a description line
const SERIES_LINK_SELECTOR = 'a[href*="/series/"]';
// unverified, written 2026-11: tile wrapper of collections
const TILE_SELECTOR = '[data-testid="standard-tile"], [data-automationid*="tile"], .Tile, article, li';

const SERIES_PATH = /^\/series\/[^/]+\/?$/u;

interface TypeLine {
  kind?: 'series' | 'film';
  year?: number;
}

/** "Comedy • Series (2019)" → series, 2019; the last segment names the type. */
function readTypeLine(text: string | null | undefined): TypeLine {
  const last = (text ?? '').split('•').at(-1)?.trim() ?? '';
  const kind = /\bseries\b/iu.test(last) ? 'series' : /\b(?:movie|film)\b/iu.test(last) ? 'film' : undefined;
  const year = Number(/\b((?:19|20)\d{2})\b/u.exec(last)?.[1]);
  return { ...(kind ? { kind } : {}), ...(Number.isInteger(year) && year > 0 ? { year } : {}) };
}

function yearHints(year: number | undefined): TitleHints {
  return year ? { year } : {};
}

function spotMasthead(root: ParentNode, url: URL): SpottedTitle | undefined {
  const structured = structuredKind(root);
  const line = readTypeLine(queryFirst(root, [MASTHEAD_TAGS_SELECTOR])?.textContent);
  const kind = structured ?? line.kind ?? (SERIES_PATH.test(url.pathname) ? 'series' : undefined);
  if (kind === 'film' || kind === undefined) return undefined;
  const heading = queryFirst(root, HEADING_SELECTORS);
  if (!heading) return undefined;
  const raw =
    plainTitle(heading.querySelector('.DetailEntityMasthead__title__text, span')?.textContent) ??
    attributeText(heading.querySelector('img[alt]'), ['alt']) ??
    plainTitle(heading.textContent) ??
    attributeText(heading, ['aria-label']);
  return spot(heading, raw, 'after-heading', yearHints(structuredShow(root)?.year ?? line.year));
}

function spotTypedTile(tile: Element): SpottedTitle | undefined {
  const line = readTypeLine(tile.querySelector('.Tile__description, .PortraitTile__joined-tags')?.textContent);
  if (line.kind !== 'series') return undefined;
  const raw =
    plainTitle(tile.querySelector('.Tile__title-link, .Tile__title')?.textContent) ??
    attributeText(tile.querySelector('.PortraitTile__title img, img[alt]'), ['aria-label', 'alt']);
  return spot(tile, raw, 'tile', yearHints(line.year));
}

export const hulu: SiteAdapter = {
  id: 'hulu',
  name: 'Hulu',
  matches: ['*://*.hulu.com/*'],
  findTitles(root, url) {
    const heading = spotSafely(() => spotMasthead(root, url));
    const typed = spotEach(queryAll(root, TYPED_TILE_SELECTOR), spotTypedTile);
    const linked = spotLinkedTiles(root, SERIES_LINK_SELECTOR, { cardSelector: TILE_SELECTOR, pathPattern: SERIES_PATH }).filter(
      (tile) => !typed.some((title) => title.anchor === tile.anchor || title.anchor.contains(tile.anchor)),
    );
    const tiles = [...typed, ...linked].filter((tile) => !heading.some((title) => title.anchor.contains(tile.anchor)));
    return withoutFurniture([...heading, ...tiles], structuredShow(root)?.name);
  },
  watchSelector: `${TYPED_TILE_SELECTOR}, ${SERIES_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}`,
};
