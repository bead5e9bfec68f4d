/**
 * What a page says about itself in machine-readable form: JSON-LD, Open Graph and other meta
 * tags. Adapters ask here first and read visible markup only when the page says nothing.
 */
import { jsonLdItems, metaContent, plainTitle, queryAll } from './page-reading';

export type StructuredKind = 'series' | 'episode' | 'film';

const SERIES_LD_TYPES = new Set(['TVSeries', 'TVSeason', 'CreativeWorkSeries', 'CreativeWorkSeason']);
const EPISODE_LD_TYPES = new Set(['TVEpisode', 'Episode']);
const FILM_LD_TYPES = new Set(['Movie']);

function typesOf(item: Record<string, unknown>): string[] {
  return ([] as unknown[]).concat(item['@type']).filter((type): type is string => typeof type === 'string');
}

/** The page's main item, by `og:type` first (one per page), then the first typed JSON-LD item. */
export function structuredKind(root: ParentNode): StructuredKind | undefined {
  const ogType = metaContent(root, 'og:type')?.trim().toLowerCase();
  if (ogType === 'video.tv_show') return 'series';
  if (ogType === 'video.episode') return 'episode';
  if (ogType === 'video.movie') return 'film';
  for (const item of jsonLdItems(root)) {
    const types = typesOf(item);
    if (types.some((type) => SERIES_LD_TYPES.has(type))) return 'series';
    if (types.some((type) => EPISODE_LD_TYPES.has(type))) return 'episode';
    if (types.some((type) => FILM_LD_TYPES.has(type))) return 'film';
  }
  return undefined;
}

export interface StructuredShow {
  name: string;
  year?: number;
}

function yearOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const year = Number(/^\s*((?:19|20)\d{2})/u.exec(value)?.[1]);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

function showFrom(item: Record<string, unknown> | undefined): StructuredShow | undefined {
  if (!item) return undefined;
  const name = plainTitle(typeof item.name === 'string' ? item.name : undefined);
  if (!name) return undefined;
  const year = yearOf(item.startDate) ?? yearOf(item.datePublished) ?? yearOf(item.dateCreated);
  return year === undefined ? { name } : { name, year };
}

/**
 * The series the page's JSON-LD describes: a `TVSeries` item itself, or the `partOfSeries` of a
 * season or episode. A season's own name ("Season 1") is never the show's.
 */
export function structuredShow(root: ParentNode): StructuredShow | undefined {
  for (const item of jsonLdItems(root)) {
    const types = typesOf(item);
    if (types.includes('TVSeries')) {
      const show = showFrom(item);
      if (show) return show;
    }
    if (types.some((type) => type === 'TVSeason' || EPISODE_LD_TYPES.has(type))) {
      const series = item.partOfSeries;
      const show = series && typeof series === 'object' ? showFrom(series as Record<string, unknown>) : undefined;
      if (show) return show;
    }
  }
  return undefined;
}

/** A meta tag's content as page text, or undefined. */
export function metaText(root: ParentNode, name: string): string | undefined {
  return plainTitle(metaContent(root, name));
}

// "2 Seasons", "1 Season", "10 Episodes", "Limited Series", "3 Staffeln", "2 saisons", "4 temporadas"
const SEASON_COUNT =
  /(?:^|[\s•·|,])(?:\d+\s+(?:seasons?|episodes?|staffeln?|folgen|saisons?|épisodes?|temporadas?|episodios?|stagioni|stagione|episodi|seizoen(?:en)?|シーズン)|limited series|miniseries|mini-series|docuseries)(?=$|[\s•·|,])/iu;

/** True when the text carries a season or episode count, the way catalogs mark a series. */
export function hasSeasonCount(text: string | null | undefined): boolean {
  return typeof text === 'string' && SEASON_COUNT.test(text.replace(/\s+/gu, ' '));
}

/**
 * Visible text of `element` without the parts inside `skipSelector` (e.g. recommendation cards
 * that carry their own season counts).
 */
export function ownText(element: Element, skipSelector: string): string {
  const skipped = new Set(queryAll(element, skipSelector));
  if (!skipped.size) return element.textContent ?? '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !skipped.has(child as Element)) walk(child);
    }
  };
  walk(element);
  return parts.join(' ');
}
