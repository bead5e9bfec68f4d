import { defaultSleep, type RateLimiter } from './rate-limiter';

export type ApiErrorKind = 'offline' | 'rate-limited' | 'server' | 'http' | 'malformed';

/** Every failure of an API call, typed so callers can decide (serve stale, retry later, give up). */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface JsonFetcherOptions {
  fetch?: typeof fetch;
  limiter: RateLimiter;
  /** Attempts for 5xx, 429 and network errors, the first included. */
  attempts?: number;
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export type JsonFetcher = (url: string) => Promise<unknown>;

const DEFAULT_RETRY_AFTER_MS = 10_000;

/**
 * GET a JSON body through the limiter. 404 → `null` (TVmaze's "no such show");
 * 429 pauses every request for Retry-After; 5xx and network errors retry with exponential backoff.
 */
export function createJsonFetcher(options: JsonFetcherOptions): JsonFetcher {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 1_000;
  const sleep = options.sleep ?? defaultSleep;

  return async function getJson(url) {
    let lastError: ApiError | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0 && lastError?.kind !== 'rate-limited') await sleep(backoffMs * 2 ** (attempt - 1));
      await options.limiter.acquire();
      let response: Response;
      try {
        response = await doFetch(url, { headers: { Accept: 'application/json' } });
      } catch (error) {
        lastError = new ApiError('offline', `Network error for ${url}: ${String(error)}`);
        continue;
      }
      if (response.status === 404) return null;
      if (response.status === 429) {
        options.limiter.pauseFor(retryAfterMs(response.headers.get('Retry-After')));
        lastError = new ApiError('rate-limited', `Rate limited by ${new URL(url).host}`, 429);
        continue;
      }
      if (response.status >= 500) {
        lastError = new ApiError('server', `Server error ${response.status} for ${url}`, response.status);
        continue;
      }
      if (!response.ok) throw new ApiError('http', `HTTP ${response.status} for ${url}`, response.status);
      const text = await response.text();
      if (text.trim() === '') return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new ApiError('malformed', `Body of ${url} is not JSON`);
      }
    }
    throw lastError ?? new ApiError('offline', `No attempt made for ${url}`);
  };
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}
