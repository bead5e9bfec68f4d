import { createJsonFetcher } from '../../lookup/http';
import { RateLimiter } from '../../lookup/rate-limiter';
import { createTmdbClient, type TmdbClient } from './client';
import { createTmdbEnricher, type TmdbEnricher } from './enrich';
import { getTmdbKey } from './key';

/** TMDB allows about 50 requests a second; Greenlit needs a handful, so stay far below. */
export const TMDB_RATE_LIMIT = { limit: 20, windowMs: 10_000 };

export interface TmdbForExtension {
  client: TmdbClient;
  enrich: TmdbEnricher;
}

export function createTmdbForExtension(): TmdbForExtension {
  const client = createTmdbClient(createJsonFetcher({ limiter: new RateLimiter(TMDB_RATE_LIMIT), attempts: 2 }));
  return { client, enrich: createTmdbEnricher({ client, getKey: getTmdbKey }) };
}
