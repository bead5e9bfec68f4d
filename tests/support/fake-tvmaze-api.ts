import { LookupCache } from '@/utils/lookup/cache';
import { MemoryStore } from './memory-store';
import { LookupService } from '@/utils/lookup/service';
import { createJsonFetcher } from '@/utils/lookup/http';
import { TVMAZE_RATE_LIMIT } from '@/utils/lookup/setup';
import { RateLimiter } from '@/utils/lookup/rate-limiter';
import { createTvmazeClient } from '@/utils/sources/tvmaze/client';
import type { TvmazeSeason, TvmazeShow } from '@/utils/sources/tvmaze/schemas';
import { createTvmazeSource } from '@/utils/sources/tvmaze/source';

export const START = Date.UTC(2026, 10, 26, 12);
export const HOUR = 3_600_000;

/** A running show: season 1 over; with `renewed`, season 2 announced without a date. */
export function tvmazeShow(id: number, opts: { renewed?: boolean; status?: string } = {}): TvmazeShow {
  const seasons: TvmazeSeason[] = [{ id: id * 10 + 1, number: 1, premiereDate: '2025-01-01', endDate: '2025-03-01' }];
  if (opts.renewed) seasons.push({ id: id * 10 + 2, number: 2, premiereDate: null, endDate: null });
  return { id, url: `https://www.tvmaze.com/shows/${id}`, name: `Show ${id}`, status: opts.status ?? 'Running', _embedded: { seasons } };
}

/**
 * TVmaze's /updates/shows and /shows/:id over a virtual clock, enforcing the real limit (20 per 10 s):
 * a request over it gets 429. The real client, fetcher, limiter and lookup service run against it.
 */
export function fakeTvmazeApi(shows: TvmazeShow[], updates: Record<string, number>) {
  let now = START;
  const byId = new Map(shows.map((s) => [s.id, s]));
  const requests: { path: string; search: string; at: number; status: number }[] = [];
  const fail = new Set<number>();

  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input));
    const recent = requests.filter((r) => r.at > now - TVMAZE_RATE_LIMIT.windowMs && r.status !== 429).length;
    const respond = (status: number, body: unknown) => {
      requests.push({ path: url.pathname, search: url.search, at: now, status });
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    };
    if (recent >= TVMAZE_RATE_LIMIT.limit) return respond(429, { message: 'Rate limit exceeded' });
    if (url.pathname === '/updates/shows') return respond(200, updates);
    const id = Number(/^\/shows\/(\d+)$/.exec(url.pathname)?.[1]);
    if (fail.has(id)) return respond(500, { message: 'Injected' });
    const show = byId.get(id);
    return show ? respond(200, show) : respond(404, { name: 'Not Found', status: 404 });
  };

  const clock = () => now;
  const sleep = async (ms: number) => {
    now += ms;
  };
  const limiter = new RateLimiter({ ...TVMAZE_RATE_LIMIT, now: clock, sleep });
  const client = createTvmazeClient('https://api.tvmaze.test', createJsonFetcher({ fetch, limiter, sleep, backoffMs: 100 }));
  const cache = new LookupCache(new MemoryStore(), clock);
  const source = createTvmazeSource(client);
  const lookups = new LookupService({ source, cache, now: clock });

  return {
    client,
    source,
    lookups,
    cache,
    requests,
    now: clock,
    advance: (ms: number) => void (now += ms),
    fail: (id: number) => fail.add(id),
    /** Largest number of requests started within any window of the limit's length. */
    peakPerWindow() {
      const times = requests.map((r) => r.at);
      return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + TVMAZE_RATE_LIMIT.windowMs).length));
    },
  };
}
