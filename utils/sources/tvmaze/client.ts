import * as z from 'zod/mini';
import { ApiError, type JsonFetcher } from '../../lookup/http';
import {
  akasSchema,
  searchResultsSchema,
  showSchema,
  updatesSchema,
  type TvmazeAka,
  type TvmazeSearchResult,
  type TvmazeShow,
} from './schemas';

/** Everything the lookup service needs from TVmaze; tests pass a fake. */
export interface TvmazeClient {
  /** Best fuzzy match with seasons and next episode embedded, or null. One request. */
  singleSearch(query: string): Promise<TvmazeShow | null>;
  /** Up to 10 fuzzy matches, without embeds. */
  search(query: string): Promise<TvmazeSearchResult[]>;
  /** One show with seasons and next episode embedded, or null when TVmaze has no such id. */
  show(id: number): Promise<TvmazeShow | null>;
  /** Show id for an IMDb id, or null. */
  lookupImdb(imdbId: string): Promise<number | null>;
  /** The show's other names (localised titles), [] when it has none or TVmaze has no such id. */
  akas(id: number): Promise<TvmazeAka[]>;
  /** The show (without embeds) for another database's id, or null. One request. */
  lookupShow(by: 'imdb' | 'thetvdb', id: string): Promise<TvmazeShow | null>;
  /** Show id → last-updated time (unix seconds) of shows changed in the period. */
  updates(since: 'day' | 'week'): Promise<Record<string, number>>;
}

const EMBEDS = 'embed[]=seasons&embed[]=nextepisode';

export function createTvmazeClient(baseUrl: string, getJson: JsonFetcher): TvmazeClient {
  const url = (path: string) => `${baseUrl}${path}`;
  const q = encodeURIComponent;
  // TVmaze answers with a redirect to /shows/:id; fetch follows it.
  const lookupShow = async (by: 'imdb' | 'thetvdb', id: string) =>
    parseOrNull(showSchema, await getJson(url(`/lookup/shows?${by}=${q(id)}`)), 'show');

  return {
    async singleSearch(query) {
      return parseOrNull(showSchema, await getJson(url(`/singlesearch/shows?q=${q(query)}&${EMBEDS}`)), 'show');
    },
    async search(query) {
      return parseOrNull(searchResultsSchema, await getJson(url(`/search/shows?q=${q(query)}`)), 'search results') ?? [];
    },
    async show(id) {
      return parseOrNull(showSchema, await getJson(url(`/shows/${id}?${EMBEDS}`)), 'show');
    },
    async lookupImdb(imdbId) {
      return (await lookupShow('imdb', imdbId))?.id ?? null;
    },
    async akas(id) {
      return parseOrNull(akasSchema, await getJson(url(`/shows/${id}/akas`)), 'AKA list') ?? [];
    },
    lookupShow,
    async updates(since) {
      return parseOrNull(updatesSchema, await getJson(url(`/updates/shows?since=${since}`)), 'updates') ?? {};
    },
  };
}

function parseOrNull<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T | null {
  if (body === null) return null;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('malformed', `TVmaze sent a malformed ${what}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}
