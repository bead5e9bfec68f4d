import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApiError, createJsonFetcher } from '@/utils/lookup/http';
import { RateLimiter } from '@/utils/lookup/rate-limiter';
import type { Show } from '@/utils/shows/show';
import type { RenewalStatus } from '@/utils/shows/status';
import {
  applyTmdbStatus,
  createTmdbClient,
  createTmdbEnricher,
  getTmdbKey,
  handleSetTmdbKey,
  tmdbApiKeyItem,
  TMDB_ERRORS,
  tmdbRenewalStatus,
} from '@/utils/sources/tmdb';
import { tmdbErrorSchema, tmdbFindSchema, tmdbSearchSchema, tmdbTvSchema } from '@/utils/sources/tmdb/schemas';
import { tvmazeRef } from '@/utils/shows/show-ref';

const dir = join(import.meta.dirname, '../../fixtures/tmdb');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const text = (name: string) => readFileSync(join(dir, name), 'utf8');
const KEY = 'abc123def456';

const schemaFor = (name: string) =>
  name.startsWith('tv-') ? tmdbTvSchema : name.startsWith('find-') ? tmdbFindSchema : name.startsWith('search-') ? tmdbSearchSchema : tmdbErrorSchema;

/** TMDB over a fake fetch: recorded bodies by path; 401 for a wrong key. */
function fakeTmdb(routes: Record<string, { status?: number; body: string }> = {}) {
  const urls: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    urls.push(url.pathname + url.search);
    if (url.searchParams.get('api_key') !== KEY) {
      return new Response('{"status_code":7,"status_message":"Invalid API key: You must be granted a valid key.","success":false}', { status: 401 });
    }
    const route = routes[url.pathname.replace(/^\/3/, '')];
    return route
      ? new Response(route.body, { status: route.status ?? 200 })
      : new Response(text('error-404-resource-not-found-2024.json'), { status: 404 });
  });
  const getJson = createJsonFetcher({ fetch, limiter: new RateLimiter({ limit: 100, windowMs: 1000 }), attempts: 1 });
  return { client: createTmdbClient(getJson), urls, fetch };
}

const shadowhunters: Show = {
  ref: tvmazeRef(2158),
  name: 'Shadowhunters',
  url: 'https://www.tvmaze.com/shows/2158/shadowhunters',
  network: 'Freeform',
  premieredYear: 2016,
  endedYear: 2019,
  sourceStatus: 'Ended',
  status: 'ended',
  nextEpisode: null,
  nextSeason: null,
  imdbId: 'tt4145054',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('TMDB schemas', () => {
  it('covers every recorded file', () => expect(files).toHaveLength(8));

  it.each(files)('accepts %s', (name) => {
    const parsed = schemaFor(name).safeParse(JSON.parse(text(name)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
  });

  it('reads the status words and the find mapping', () => {
    expect(tmdbTvSchema.parse(JSON.parse(text('tv-119051-wednesday-returning-series-2024.json'))).status).toBe('Returning Series');
    expect(tmdbTvSchema.parse(JSON.parse(text('tv-63210-shadowhunters-ended-2024.json'))).external_ids?.imdb_id).toBe('tt4145054');
    expect(tmdbFindSchema.parse(JSON.parse(text('find-tt4145054-imdb-id-2024.json'))).tv_results[0]?.id).toBe(63210);
    expect(tmdbSearchSchema.parse(JSON.parse(text('search-tv-lost-truncated-2022.json'))).results.filter((r) => r.name === 'Lost in Space')).toHaveLength(2);
  });
});

describe('status mapping', () => {
  it.each<[string, RenewalStatus, RenewalStatus]>([
    ['Canceled', 'awaiting', 'cancelled'],
    ['Canceled', 'ended', 'cancelled'],
    ['Ended', 'awaiting', 'ended'],
    ['Ended', 'cancelled', 'cancelled'],
    ['Returning Series', 'renewed', 'renewed'],
    ['Returning Series', 'awaiting', 'awaiting'],
    ['Returning Series', 'airing', 'airing'],
    ['In Production', 'renewed', 'renewed'],
    ['In Production', 'unknown', 'development'],
    ['Planned', 'development', 'development'],
    ['Planned', 'unknown', 'development'],
    ['Pilot', 'unknown', 'development'],
    ['Something new', 'awaiting', 'awaiting'],
  ])('TMDB %s over TVmaze %s → %s', (tmdb, tvmaze, expected) => {
    expect(tmdbRenewalStatus(tmdb, tvmaze)).toBe(expected);
  });

  it('records TMDB\'s word and drops the next season of a cancelled show', () => {
    const renewed = { ...shadowhunters, status: 'renewed' as const, nextSeason: 4 };
    expect(applyTmdbStatus(renewed, 'Canceled')).toMatchObject({ status: 'cancelled', secondOpinion: { source: 'TMDB', status: 'Canceled' }, nextSeason: null });
    expect(applyTmdbStatus(renewed, 'Returning Series')).toMatchObject({ status: 'renewed', secondOpinion: { source: 'TMDB', status: 'Returning Series' }, nextSeason: 4 });
  });
});

describe('createTmdbEnricher', () => {
  const canceledShadowhunters = JSON.stringify({ ...JSON.parse(text('tv-63210-shadowhunters-ended-2024.json')), status: 'Canceled' });

  it('without a key returns the summary unchanged and makes no request', async () => {
    const tmdb = fakeTmdb();
    const enrich = createTmdbEnricher({ client: tmdb.client, getKey: getTmdbKey });
    expect(await enrich(shadowhunters)).toBe(shadowhunters);
    expect(tmdb.fetch).not.toHaveBeenCalled();
  });

  it('maps IMDb id → TMDB id → status, remembering the TMDB id', async () => {
    const tmdb = fakeTmdb({
      '/find/tt4145054': { body: text('find-tt4145054-imdb-id-2024.json') },
      '/tv/63210': { body: canceledShadowhunters },
    });
    const enrich = createTmdbEnricher({ client: tmdb.client, getKey: async () => KEY });
    expect(await enrich(shadowhunters)).toMatchObject({ status: 'cancelled', secondOpinion: { source: 'TMDB', status: 'Canceled' } });
    expect(tmdb.urls).toEqual([
      `/3/find/tt4145054?external_source=imdb_id&api_key=${KEY}`,
      `/3/tv/63210?api_key=${KEY}`,
    ]);
    await enrich(shadowhunters);
    expect(tmdb.urls.filter((u) => u.startsWith('/3/find'))).toHaveLength(1);
  });

  it('falls back to the TheTVDB id, and keeps the summary when TMDB fails or knows nothing', async () => {
    const find = { body: text('find-tt4145054-imdb-id-2024.json') };
    const tmdb = fakeTmdb({ '/find/295837': find, '/tv/63210': { body: text('tv-63210-shadowhunters-ended-2024.json') } });
    const enrich = createTmdbEnricher({ client: tmdb.client, getKey: async () => KEY });
    const noImdb = { ...shadowhunters, imdbId: null };
    expect(await enrich(noImdb, { thetvdb: 295837 })).toMatchObject({ status: 'ended', secondOpinion: { source: 'TMDB', status: 'Ended' } });
    expect(await enrich({ ...noImdb, ref: tvmazeRef(1) }, { imdb: 'tt0000001' })).toEqual({ ...noImdb, ref: tvmazeRef(1) });

    const broken = fakeTmdb({ '/find/tt4145054': { status: 500, body: '' } });
    const enrichBroken = createTmdbEnricher({ client: broken.client, getKey: async () => KEY });
    expect(await enrichBroken(shadowhunters)).toBe(shadowhunters);
  });
});

describe('handleSetTmdbKey', () => {
  const granted = async () => true;
  const configuration = { '/configuration': { body: '{"images":{"base_url":"http://image.tmdb.org/t/p/"},"change_keys":[]}' } };

  it('checks a good key with one call, then stores it', async () => {
    const tmdb = fakeTmdb(configuration);
    expect(await handleSetTmdbKey(tmdb.client, { key: ` ${KEY} ` }, granted)).toEqual({ ok: true });
    expect(tmdb.urls).toEqual([`/3/configuration?api_key=${KEY}`]);
    expect(await getTmdbKey()).toBe(KEY);
  });

  it('rejects a bad key without storing it', async () => {
    const tmdb = fakeTmdb(configuration);
    expect(await handleSetTmdbKey(tmdb.client, { key: 'wrong' }, granted)).toEqual({ ok: false, error: 'TMDB rejected this API key.' });
    expect(await getTmdbKey()).toBeNull();
  });

  it('says so when offline or without the host permission, before any request', async () => {
    const offline = fakeTmdb();
    offline.fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await handleSetTmdbKey(offline.client, { key: KEY }, granted)).toEqual({ ok: false, error: TMDB_ERRORS.offline() });

    const tmdb = fakeTmdb(configuration);
    expect(await handleSetTmdbKey(tmdb.client, { key: KEY }, async () => false)).toEqual({ ok: false, error: TMDB_ERRORS.permission() });
    expect(tmdb.fetch).not.toHaveBeenCalled();
  });

  it('asks the browser whether api.themoviedb.org is granted', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    expect(await handleSetTmdbKey(fakeTmdb().client, { key: KEY })).toMatchObject({ ok: false });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.themoviedb.org/*'] });
  });

  it('removes the key on null and refuses malformed requests', async () => {
    await tmdbApiKeyItem.setValue(KEY);
    expect(await handleSetTmdbKey(fakeTmdb().client, { key: null }, granted)).toEqual({ ok: true });
    expect(await getTmdbKey()).toBeNull();
    expect(await handleSetTmdbKey(fakeTmdb().client, { key: 42 }, granted)).toEqual({ ok: false, error: TMDB_ERRORS.badRequest() });
    expect(await handleSetTmdbKey(fakeTmdb().client, { key: '  ' }, granted)).toEqual({ ok: false, error: TMDB_ERRORS.badRequest() });
  });

  it('keeps the key out of error messages', async () => {
    const tmdb = fakeTmdb({ '/tv/1': { status: 403, body: '{}' } });
    const error = await tmdb.client.tv(KEY, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).not.toContain(KEY);
    expect((error as ApiError).status).toBe(403);
  });
});
