import type * as z from 'zod/mini';
import { ApiError, type JsonFetcher } from '../../lookup/http';
import {
  tmdbConfigurationSchema,
  tmdbErrorSchema,
  tmdbFindSchema,
  tmdbSearchSchema,
  tmdbTvSchema,
  type TmdbSearch,
  type TmdbTv,
} from './schemas';

export const TMDB_API_BASE = 'https://api.themoviedb.org/3';
export const TMDB_ORIGIN_PATTERN = 'https://api.themoviedb.org/*';

export type TmdbExternalSource = 'imdb_id' | 'tvdb_id';

/** TMDB v3 with an `api_key` query parameter; every method takes the key so none is kept here. */
export interface TmdbClient {
  /** Resolves when TMDB accepts the key; an ApiError with status 401 when it does not. */
  checkKey(key: string): Promise<void>;
  /** TMDB tv id for an IMDb or TheTVDB id, or null. */
  findTv(key: string, externalId: string, source: TmdbExternalSource): Promise<number | null>;
  tv(key: string, id: number): Promise<TmdbTv | null>;
  searchTv(key: string, query: string): Promise<TmdbSearch>;
}

export function createTmdbClient(getJson: JsonFetcher, baseUrl = TMDB_API_BASE): TmdbClient {
  const get = async (key: string, path: string, params: Record<string, string> = {}) => {
    const query = new URLSearchParams({ ...params, api_key: key });
    try {
      return await getJson(`${baseUrl}${path}?${query}`);
    } catch (error) {
      throw withoutKey(error, key);
    }
  };

  return {
    async checkKey(key) {
      const body = await get(key, '/configuration');
      if (body === null) throw new ApiError('http', 'TMDB has no /configuration', 404);
      parse(tmdbConfigurationSchema, body, 'configuration');
    },
    async findTv(key, externalId, source) {
      const body = await get(key, `/find/${encodeURIComponent(externalId)}`, { external_source: source });
      if (body === null) return null;
      return parse(tmdbFindSchema, body, 'find result').tv_results[0]?.id ?? null;
    },
    async tv(key, id) {
      const body = await get(key, `/tv/${id}`);
      return body === null ? null : parse(tmdbTvSchema, body, 'tv show');
    },
    async searchTv(key, query) {
      const body = await get(key, '/search/tv', { query });
      return body === null ? { page: 1, results: [], total_results: 0 } : parse(tmdbSearchSchema, body, 'search');
    },
  };
}

/** A 200 carrying TMDB's error envelope is an error too. */
function parse<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const envelope = tmdbErrorSchema.safeParse(body);
  if (envelope.success) throw new ApiError('http', `TMDB error ${envelope.data.status_code}: ${envelope.data.status_message}`);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('malformed', `TMDB sent a malformed ${what}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}

/** Error messages quote the URL; the key must not travel with them (they may reach pages). */
function withoutKey(error: unknown, key: string): unknown {
  if (!(error instanceof ApiError) || !key) return error;
  const message = error.message.split(encodeURIComponent(key)).join('***').split(key).join('***');
  return new ApiError(error.kind, message, error.status);
}
