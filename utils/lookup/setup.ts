// Worker only: builds the lookup service and the TVmaze client with the extension's storage, limiter and base URL.
import { tvmazeApiBase } from '../sources/tvmaze/api-config';
import { extensionStore } from './extension-store';
import { createJsonFetcher } from './http';
import { LookupCache } from './cache';
import type { ShowEnricher, ShowSource } from '../sources/show-source';
import { LookupService, type CorrectionLookup } from './service';
import { RateLimiter } from './rate-limiter';
import { createTvmazeClient } from '../sources/tvmaze/client';

/**
 * TVmaze allows at least 20 calls per 10 s per IP. The extra half second keeps call 21 outside the
 * server's window even when network delay brings the two closer together than they left.
 */
export const TVMAZE_RATE_LIMIT = { limit: 20, windowMs: 10_500 };

export function createTvmazeForExtension() {
  const limiter = new RateLimiter(TVMAZE_RATE_LIMIT);
  return createTvmazeClient(tvmazeApiBase(import.meta.env), createJsonFetcher({ limiter }));
}

export function createLookupService(source: ShowSource, corrections?: CorrectionLookup, enrich?: ShowEnricher) {
  return new LookupService({
    source,
    enrich,
    cache: new LookupCache(extensionStore()),
    corrections,
  });
}
