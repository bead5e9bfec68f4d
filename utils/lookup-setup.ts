import { tvmazeApiBase } from './api-config';
import { extensionStore } from './extension-store';
import { createJsonFetcher } from './http';
import { LookupCache } from './lookup-cache';
import { LookupService, type CorrectionLookup } from './lookup-service';
import { RateLimiter } from './rate-limiter';
import { createTvmazeClient, type TvmazeClient } from './tvmaze/client';

/** TVmaze allows at least 20 calls per 10 s per IP; stay at that. */
export const TVMAZE_RATE_LIMIT = { limit: 20, windowMs: 10_000 };

export function createTvmazeForExtension() {
  const limiter = new RateLimiter(TVMAZE_RATE_LIMIT);
  return createTvmazeClient(tvmazeApiBase(import.meta.env), createJsonFetcher({ limiter }));
}

export function createLookupService(client: TvmazeClient, corrections?: CorrectionLookup) {
  return new LookupService({
    client,
    cache: new LookupCache(extensionStore()),
    corrections,
  });
}
