/**
 * Disney+ (disneyplus.com). Older URLs type the page (`/series/<slug>/<id>` vs `/movies/…`).
 * Today's tiles link `/browse/entity-<uuid>` for films and series alike, so tiles get a badge only
 * on the old typed links, and an entity page is a series when the page says so: JSON-LD, a season
 * count in the masthead metadata ("2011 – 2022 • 2 Seasons"), or a season dropdown in the episodes tab.
 * Evidence: no saved page is public. The masthead "years • N Seasons" line follows
 * onikienko/disney-plus-ratings-extension (commit a5393d3, 2025-12-16); the entity URLs and season
 * count are the facts measured in issue 13. Disney+ Hotstar has its own adapter (`hotstar`).
 */
import { queryAll, queryFirst, spot, spotLinkedTiles, spotSafely, attributeText, plainTitle } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter, SpottedTitle } from './site-adapter';
import { hasSeasonCount, ownText, structuredKind, structuredShow } from './structured-data';

// unverified, written 2026-11: old typed tiles link to `/series/<slug>/<id>`
const SERIES_LINK_SELECTOR = 'a[href*="/series/"]';
// unverified, written 2026-11: set item wrapping a tile; its metadata is the tile's, never the page's
const TILE_SELECTOR = '[data-testid="set-item"], [data-item-id], [role="listitem"]';
// unverified, written 2026-11: title treatment (logo image) on detail pages, then headings
const HEADING_SELECTORS = ['[data-testid="details-title-treatment"]', 'h1[data-testid="title"]', 'main h1', 'h1'];
// unverified, written 2026-11: season picker of the episodes tab ("Season 1" dropdown)
const SEASON_PICKER_SELECTOR =
  '[data-testid="season-selector"], [data-testid="dropdown-seasons"], [data-testid="dropdown-button"], #episodes-tab select, [aria-label*="season" i][aria-haspopup]';

const SERIES_PATH = /\/series\/[^/]+\/[^/]+/u;
const ENTITY_PATH = /\/browse\/entity-[\w-]+/u;
// Tile labels append an instruction: "The Mandalorian. Select for details on this title."
const LABEL_NOISE = /\.\s*select for details.*$/iu;
const SEASON_LABEL = /\b(?:season|staffel|saison|temporada|stagione)\s*\d+\b/iu;
/** How far up from the title treatment the masthead block may start. */
const MASTHEAD_DEPTH = 4;

/** Season count in the masthead: the blocks around the title treatment, tiles left out. */
function mastheadShowsSeasons(heading: Element): boolean {
  let block: Element | null = heading.parentElement;
  for (let depth = 0; block && depth < MASTHEAD_DEPTH; depth += 1, block = block.parentElement) {
    if (block.matches(TILE_SELECTOR) || block.matches('body, main')) return false;
    if (hasSeasonCount(ownText(block, TILE_SELECTOR))) return true;
  }
  return false;
}

function hasSeasonPicker(root: ParentNode): boolean {
  return queryAll(root, SEASON_PICKER_SELECTOR).some(
    (picker) => !picker.closest(TILE_SELECTOR) && (picker.matches('[data-testid="season-selector"], [data-testid="dropdown-seasons"]') || SEASON_LABEL.test(picker.textContent ?? '')),
  );
}

function spotDetailHeading(root: ParentNode, url: URL): SpottedTitle | undefined {
  const kind = structuredKind(root);
  if (kind === 'film') return undefined;
  const heading = queryFirst(root, HEADING_SELECTORS);
  if (!heading) return undefined;
  const isSeries =
    SERIES_PATH.test(url.pathname) ||
    (ENTITY_PATH.test(url.pathname) && (kind === 'series' || mastheadShowsSeasons(heading) || hasSeasonPicker(root)));
  if (!isSeries) return undefined;
  const show = structuredShow(root);
  const raw = attributeText(heading.querySelector('img[alt]'), ['alt']) ?? plainTitle(heading.textContent) ?? show?.name;
  return spot(heading, raw, 'after-heading', show?.year ? { year: show.year } : {});
}

export const disneyPlus: SiteAdapter = {
  id: 'disney-plus',
  name: 'Disney+',
  matches: ['*://*.disneyplus.com/*'],
  findTitles(root, url) {
    const heading = spotSafely(() => spotDetailHeading(root, url));
    const tiles = spotLinkedTiles(root, SERIES_LINK_SELECTOR, {
      cardSelector: TILE_SELECTOR,
      pathPattern: SERIES_PATH,
      labelNoise: LABEL_NOISE,
    });
    return withoutFurniture([...heading, ...tiles], structuredShow(root)?.name);
  },
  watchSelector: `${SERIES_LINK_SELECTOR}, ${HEADING_SELECTORS.join(', ')}, ${SEASON_PICKER_SELECTOR}`,
};
