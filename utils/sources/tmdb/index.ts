// TMDB, optional with the user's key: enriches TVmaze's answer through the source seam (it says "Canceled").
export { createTmdbClient, TMDB_API_BASE, TMDB_ORIGIN_PATTERN, type TmdbClient } from './client';
export { createTmdbEnricher, type TmdbEnricher } from './enrich';
export { getTmdbKey, handleSetTmdbKey, tmdbApiKeyItem, TMDB_ERRORS, type SetTmdbKeyResult } from './key';
export { createTmdbForExtension, type TmdbForExtension } from './setup';
export { applyTmdbStatus, tmdbRenewalStatus } from './status';
