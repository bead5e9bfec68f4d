import type { TitleHints } from '../sites/site-adapter';
import { normalizeTitle } from './names';

/** One title a page asks about, with what the page says around it. */
export interface TitleQuery {
  title: string;
  hints?: TitleHints;
}

/** Cache key of a query: the same title with other context may be another show. */
export function queryKey(query: TitleQuery): string {
  const { hints } = query;
  if (hints?.imdbId) return `imdb:${hints.imdbId}`;
  const context = [hints?.network && `n=${normalizeTitle(hints.network)}`, hints?.year && `y=${hints.year}`];
  return [normalizeTitle(query.title), ...context.filter(Boolean)].join('|');
}
