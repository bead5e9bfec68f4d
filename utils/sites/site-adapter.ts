/** What a site adapter hands to the page annotator: one show title spotted on the page. */
export interface SpottedTitle {
  /** Cleaned title to look up ("Fallout - Season 1" → "Fallout"). */
  title: string;
  /** Title exactly as the page shows it; becomes `data-greenlit-title`. */
  rawTitle: string;
  /** Element the badge belongs to: a card (badge overlaid on the tile) or a heading (badge after it). */
  anchor: Element;
  placement: 'tile' | 'after-heading';
  /** Context that helps tell same-name shows apart, or an exact id for a direct lookup. */
  hints?: TitleHints;
}

export interface TitleHints {
  network?: string;
  year?: number;
  imdbId?: string;
}

export type MediaKind = 'series' | 'film' | 'other';

/**
 * One streaming or catalog site. Pure with respect to the page: it reads `root` and `url` and
 * never changes the DOM, so tests can run it on saved pages.
 */
export interface SiteAdapter {
  /** Stable id, also the adapter's file name: `utils/sites/<id>.ts`. */
  id: string;
  name: string;
  /** Content-script match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
  /**
   * Test data, read by nothing: tests take it from `tests/support/site-pages.ts`. Kept optional only
   * until the parallel site branches merge, then removed from every adapter file.
   * @deprecated
   */
  testUrls?: string[];
  /** @deprecated see `testUrls` */
  fixture?: string;
  /** @deprecated see `testUrls` */
  fixtureUrl?: string;
  /** Series titles on the page, films and other media left out. */
  findTitles(root: ParentNode, url: URL): SpottedTitle[];
  /** CSS selector of elements whose insertion may bring new titles (cards, headings); drives the MutationObserver. */
  watchSelector: string;
}
