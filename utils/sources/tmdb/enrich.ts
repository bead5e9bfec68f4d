import type { ExternalIds, ShowEnricher } from '../show-source';
import type { TmdbClient, TmdbExternalSource } from './client';
import { applyTmdbStatus } from './status';

/** TMDB enriches through the source seam: adds its status to a show; never throws, and without a key makes no request. */
export type TmdbEnricher = (summary: Parameters<ShowEnricher>[0], ids?: ExternalIds) => ReturnType<ShowEnricher>;

export interface TmdbEnricherDeps {
  client: TmdbClient;
  getKey: () => Promise<string | null>;
}

export function createTmdbEnricher({ client, getKey }: TmdbEnricherDeps): TmdbEnricher {
  // External id → TMDB id never changes; remembering it saves the find call on refreshes.
  const tmdbIds = new Map<string, number | null>();

  const findTmdbId = async (key: string, id: string, source: TmdbExternalSource) => {
    const cacheKey = `${source}:${id}`;
    if (!tmdbIds.has(cacheKey)) tmdbIds.set(cacheKey, await client.findTv(key, id, source));
    return tmdbIds.get(cacheKey) ?? null;
  };

  return async (summary, ids = {}) => {
    const key = await getKey().catch(() => null);
    if (!key) return summary;
    const imdbId = ids.imdb ?? summary.imdbId;
    const candidates: [string, TmdbExternalSource][] = [];
    if (imdbId) candidates.push([imdbId, 'imdb_id']);
    if (ids.thetvdb) candidates.push([String(ids.thetvdb), 'tvdb_id']);
    try {
      for (const [id, source] of candidates) {
        const tmdbId = await findTmdbId(key, id, source);
        if (tmdbId === null) continue;
        const tv = await client.tv(key, tmdbId);
        return tv?.status ? applyTmdbStatus(summary, tv.status) : summary;
      }
    } catch {
      // TMDB is optional: its failures leave TVmaze's answer as it is.
    }
    return summary;
  };
}
