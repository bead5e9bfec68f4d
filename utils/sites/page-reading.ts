import { parseTitle } from './clean-title';
import type { SpottedTitle, TitleHints } from './site-adapter';

/** Longer "titles" are page junk or hostile markup, never a show name. */
export const MAX_TITLE_LENGTH = 200;

const MARKUP_LIKE = /<\s*\/?\s*[a-z!]|\p{Cc}/iu;

/** Page text normalized for lookup, or undefined when it cannot be a title. */
export function plainTitle(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Whitespace (tabs, newlines) is collapsed first, so any control character left is junk.
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (!text || text.length > MAX_TITLE_LENGTH || MARKUP_LIKE.test(text)) return undefined;
  return text;
}

/** A SpottedTitle from page text, or undefined when the text is no usable title. */
export function spot(
  anchor: Element,
  raw: string | null | undefined,
  placement: SpottedTitle['placement'],
  hints: TitleHints = {},
): SpottedTitle | undefined {
  const rawTitle = plainTitle(raw);
  if (!rawTitle) return undefined;
  const { title, year } = parseTitle(rawTitle);
  if (!title) return undefined;
  const allHints: TitleHints = { ...(year === undefined ? {} : { year }), ...hints };
  return Object.keys(allHints).length ? { title, rawTitle, anchor, placement, hints: allHints } : { title, rawTitle, anchor, placement };
}

/** querySelectorAll that yields nothing instead of throwing on an odd root or selector. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** First element matching the selectors, tried in order: stable ones first, fallbacks after. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = queryAll(root, selector)[0];
    if (found) return found;
  }
  return undefined;
}

/** Runs `read` on each element; one broken element costs its own title, never the page. */
export function spotEach(elements: Iterable<Element>, read: (element: Element) => SpottedTitle | undefined): SpottedTitle[] {
  const found: SpottedTitle[] = [];
  const anchors = new Set<Element>();
  for (const element of elements) {
    try {
      const spotted = read(element);
      if (spotted && !anchors.has(spotted.anchor)) {
        anchors.add(spotted.anchor);
        found.push(spotted);
      }
    } catch {
      // Hostile or half-rendered markup: skip this element only.
    }
  }
  return found;
}

export function documentOf(root: ParentNode): Document | undefined {
  const node = root as Node;
  if (node.nodeType === 9) return node as Document;
  return node.ownerDocument ?? undefined;
}

export function pageTitle(root: ParentNode): string {
  return documentOf(root)?.title ?? '';
}

export function metaContent(root: ParentNode, property: string): string | undefined {
  const meta = queryAll(root, `meta[property="${property}"], meta[name="${property}"]`)[0];
  return meta?.getAttribute('content') ?? undefined;
}

/** JSON-LD objects on the page (arrays and @graph flattened); unparsable blocks are skipped. */
export function jsonLdItems(root: ParentNode): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const item = value as Record<string, unknown>;
      items.push(item);
      if (item['@graph']) collect(item['@graph']);
    }
  };
  for (const script of queryAll(root, 'script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD says nothing either way.
    }
  }
  return items;
}

const SERIES_TYPES = new Set(['TVSeries', 'TVSeason', 'TVEpisode']);

/** Name of the series the page's JSON-LD describes, if any. */
export function jsonLdSeriesName(root: ParentNode): string | undefined {
  for (const item of jsonLdItems(root)) {
    const types = ([] as unknown[]).concat(item['@type']);
    if (types.some((type) => type === 'TVSeries') && typeof item.name === 'string') return item.name;
    if (types.some((type) => typeof type === 'string' && SERIES_TYPES.has(type))) {
      const series = item.partOfSeries as Record<string, unknown> | undefined;
      if (series && typeof series.name === 'string') return series.name;
    }
  }
  return undefined;
}

/** JSON-LD type of the page's main item: 'series' for TV types, 'film' for Movie. */
export function jsonLdKind(root: ParentNode): 'series' | 'film' | undefined {
  for (const item of jsonLdItems(root)) {
    const types = ([] as unknown[]).concat(item['@type']);
    if (types.some((type) => typeof type === 'string' && SERIES_TYPES.has(type))) return 'series';
    if (types.includes('Movie')) return 'film';
  }
  return undefined;
}

/** Text of an element's first matching attribute, for cards that carry the title in markup. */
export function attributeText(element: Element | null | undefined, names: readonly string[]): string | undefined {
  if (!element) return undefined;
  for (const name of names) {
    const value = plainTitle(element.getAttribute(name));
    if (value) return value;
  }
  return undefined;
}

/** Title of a tile: its labels first, then image alt text, then visible text. */
export function tileText(tile: Element, labelPrefix?: RegExp): string | undefined {
  const label = attributeText(tile, ['aria-label', 'title']);
  const candidates = [
    label,
    attributeText(tile.querySelector('img[alt]:not([alt=""])'), ['alt']),
    plainTitle(tile.textContent),
  ];
  for (const candidate of candidates) {
    const text = labelPrefix && candidate ? candidate.replace(labelPrefix, '') : candidate;
    if (text?.trim()) return text.trim();
  }
  return undefined;
}

/** Runs a single read that may meet hostile markup; a throw means "nothing found". */
export function spotSafely(read: () => SpottedTitle | undefined): SpottedTitle[] {
  try {
    const spotted = read();
    return spotted ? [spotted] : [];
  } catch {
    return [];
  }
}

export interface LinkedTileOptions {
  /** Card around the link that carries the badge; the link itself when absent. */
  cardSelector?: string;
  /** Keeps only links whose URL path proves a series (CSS cannot test path shapes). */
  pathPattern?: RegExp;
  /** Text around the title in labels, e.g. "Go to Series: ". */
  labelNoise?: RegExp;
  hints?: (link: Element) => TitleHints | undefined;
}

/** Tiles whose link URL tells the media type (e.g. `/series/…` vs `/movie/…`). */
export function spotLinkedTiles(root: ParentNode, linkSelector: string, options: LinkedTileOptions = {}): SpottedTitle[] {
  const { cardSelector, pathPattern, labelNoise, hints } = options;
  return spotEach(queryAll(root, linkSelector), (link) => {
    if (pathPattern && !pathPattern.test(linkPath(link))) return undefined;
    const anchor = (cardSelector ? link.closest(cardSelector) : null) ?? link;
    const text = tileText(link, labelNoise) ?? (anchor === link ? undefined : tileText(anchor, labelNoise));
    return spot(anchor, text, 'tile', hints?.(link));
  });
}

/** Path of a link's href, resolved against the page; '' when it has none. */
export function linkPath(link: Element): string {
  const href = link.getAttribute('href');
  if (!href) return '';
  try {
    return new URL(href, 'https://example.invalid/').pathname;
  } catch {
    return '';
  }
}

/** One badge after the page's title heading: image alt, label, then text. */
export function spotHeading(root: ParentNode, selectors: readonly string[], hints?: TitleHints): SpottedTitle[] {
  return spotSafely(() => {
    const heading = queryFirst(root, selectors);
    if (!heading) return undefined;
    const raw =
      attributeText(heading.querySelector('img[alt]'), ['alt']) ??
      plainTitle(heading.textContent) ??
      attributeText(heading, ['aria-label', 'alt']);
    return spot(heading, raw, 'after-heading', hints);
  });
}

/** "how-i-met-your-mother" → "How I Met Your Mother", for tiles that only name the show in their URL. */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
