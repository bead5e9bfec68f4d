import type { TitleHints } from '../sites/site-adapter';
import { normalizeTitle } from './names';

/** One title a page asks about, with what the page says around it. */
export interface TitleQuery {
  title: string;
  hints?: TitleHints;
  /**
   * "article": the title was read in running text, which names a show as the page's language does; a
   * store sells it under its country's name, which only the show's AKAs know.
   */
  read?: 'article';
}

/** Cache key of a query: the same title with other context may be another show. */
export function queryKey(query: TitleQuery): string {
  const { hints } = query;
  if (hints?.imdbId) return `imdb:${hints.imdbId}`;
  // An article's answer is settled without AKAs (see judgeBestMatch): kept apart from a store's.
  const context = [hints?.network && `n=${normalizeTitle(hints.network)}`, hints?.year && `y=${hints.year}`, query.read];
  return [normalizeTitle(query.title), ...context.filter(Boolean)].join('|');
}
