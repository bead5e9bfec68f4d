import type { Episode } from '../spoilers/episodes';

/** What a site adapter hands to the page annotator: one show title spotted on the page. */
export interface SpottedTitle {
  /** Cleaned title to look up ("Fallout - Season 1" → "Fallout"). */
  title: string;
  /** Title exactly as the page shows it, for tests and traces; the badge carries the cleaned `title`. */
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
  /** Stable id, also the adapter's file name: `utils/sites/<id>.ts`, or `utils/sites/<id>/adapter.ts`. */
  id: string;
  name: string;
  /** Content-script match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
  /** Series titles on the page, films and other media left out. */
  findTitles(root: ParentNode, url: URL): SpottedTitle[];
  /** CSS selector of elements whose insertion may bring new titles (cards, headings); drives the MutationObserver. */
  watchSelector: string;
  /** Optional: the site lists episodes, which the spoiler shield blurs past the viewer's progress. */
  spoilers?: EpisodeSpoilers;
}

/**
 * A site's episode list, read for the shield in utils/page/episode-shield.ts. The show is the
 * page's own title (the one spotted `after-heading`), identified by the same lookup as its badge.
 */
export interface EpisodeSpoilers {
  /** The episodes on the page, in order. Pure: reads, never changes the DOM. */
  episodes(root: ParentNode): Episode[];
  /** Elements a document_start guard hides until they are classified; also what new lists bring. */
  guardedSelector: string;
}
