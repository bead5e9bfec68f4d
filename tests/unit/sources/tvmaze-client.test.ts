import { describe, expect, it } from 'vitest';
import { ApiError, createJsonFetcher, retryAfterMs } from '@/utils/lookup/http';
import { RateLimiter } from '@/utils/lookup/rate-limiter';
import { createTvmazeClient, type TvmazeClient } from '@/utils/sources/tvmaze/client';
import { seasonsSchema } from '@/utils/sources/tvmaze/schemas';
import {
  ERROR_404_2017,
  FLASH_2017,
  GAME_OF_THRONES_2019,
  SEASONS_SHADOWHUNTERS_2024,
  TVMAZE_FIXTURE_FILES,
  tvmazeFixture,
  tvmazeFixtureText,
} from '../../support/tvmaze-fixtures';

const BASE = 'https://api.tvmaze.com';

type Reply = { status?: number; body?: string; headers?: Record<string, string> } | Error;

/** A clock that only moves when someone sleeps; every sleep is recorded. */
function fakeClock(start = 1_000_000) {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += Math.max(0, ms);
    },
    sleeps,
  };
}

/** A fetch that answers from a script, one reply per call (the last one repeats), recording URLs. */
function scriptedFetch(...replies: Reply[]) {
  const urls: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    urls.push(String(input));
    const reply = replies[Math.min(urls.length - 1, replies.length - 1)]!;
    if (reply instanceof Error) throw reply;
    return new Response(reply.body ?? '', { status: reply.status ?? 200, headers: reply.headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, urls };
}

function setup(replies: Reply[], options: { attempts?: number; backoffMs?: number } = {}) {
  const limiterClock = fakeClock();
  const fetcherClock = fakeClock();
  const limiter = new RateLimiter({ limit: 20, windowMs: 10_000, now: limiterClock.now, sleep: limiterClock.sleep });
  const { fetch, urls } = scriptedFetch(...replies);
  const getJson = createJsonFetcher({ fetch, limiter, sleep: fetcherClock.sleep, ...options });
  const client: TvmazeClient = createTvmazeClient(BASE, getJson);
  return { client, getJson, urls, limiter, limiterSleeps: limiterClock.sleeps, backoffSleeps: fetcherClock.sleeps };
}

const ok = (body: string): Reply => ({ status: 200, body, headers: { 'Content-Type': 'application/json; charset=UTF-8' } });
const recorded = (name: string) => ok(tvmazeFixtureText(name));

describe('TVmaze client on recorded answers', () => {
  it.each([
    ['singlesearch-shows-the-flash-embed-seasons-2017.json', 13, 'The Flash', 4],
    ['singlesearch-shows-jessica-jones-embed-seasons-2017.json', 1370, "Marvel's Jessica Jones", 2],
    ['singlesearch-shows-the-big-bang-theory-embed-seasons-2017.json', 66, 'The Big Bang Theory', 12],
    ['singlesearch-shows-shameless-embed-seasons-2017.json', 150, 'Shameless', 8],
    ['singlesearch-shows-house-md-embed-seasons-2017.json', 118, 'House', 8],
    ['singlesearch-shows-the-x-files-embed-seasons-2017.json', 430, 'The X-Files', 10],
  ])('singleSearch parses %s (2017 shape, seasons embedded)', async (file, id, name, seasons) => {
    const { client } = setup([recorded(file)]);
    const show = await client.singleSearch(name);
    expect(show).toMatchObject({ id, name });
    expect(show?._embedded?.seasons).toHaveLength(seasons);
  });

  it.each([
    ['shows-13-the-flash-embed-seasons-2020.json', 13, 'The Flash'],
    ['shows-2158-shadowhunters-2024.json', 2158, 'Shadowhunters: The Mortal Instruments'],
    ['shows-53647-wednesday-2024.json', 53647, 'Wednesday'],
    [GAME_OF_THRONES_2019, 82, 'Game of Thrones'],
  ])('show(id) parses %s', async (file, id, name) => {
    const { client, urls } = setup([recorded(file)]);
    expect(await client.show(id)).toMatchObject({ id, name });
    expect(urls).toEqual([`${BASE}/shows/${id}?embed[]=seasons&embed[]=nextepisode`]);
  });

  it('keeps the Flash 2020 season 7 with every field null (renewed, no date yet)', async () => {
    const { client } = setup([recorded('shows-13-the-flash-embed-seasons-2020.json')]);
    const show = await client.show(13);
    expect(show?._embedded?.seasons?.at(-1)).toMatchObject({ number: 7, premiereDate: null, endDate: null, episodeOrder: null });
    expect(show?._links?.nextepisode?.href).toMatch(/episodes\/\d+$/);
  });

  it.each([
    ['search-shows-girls-2019.json', 'girls', 10, 139],
    ['search-shows-wednesday-2024.json', 'wednesday', 8, 53647],
    ['search-shows-robot-2015.json', 'robot', 3, 686],
    ['search-shows-shadowhunters-2024.json', 'shadowhunters', 1, 2158],
  ])('search parses %s', async (file, query, count, firstId) => {
    const { client, urls } = setup([recorded(file)]);
    const results = await client.search(query);
    expect(results).toHaveLength(count);
    expect(results[0]!.show.id).toBe(firstId);
    expect(results.every((r) => typeof r.score === 'number' && typeof r.show.name === 'string')).toBe(true);
    expect(urls).toEqual([`${BASE}/search/shows?q=${query}`]);
  });

  it('tolerates the 2015 shape: no officialSite, no externals.imdb', async () => {
    const { client } = setup([recorded('search-shows-robot-2015.json')]);
    const mrRobot = (await client.search('robot')).find((r) => r.show.name === 'Mr. Robot')!.show;
    expect(mrRobot.externals?.imdb ?? null).toBeNull();
    expect(mrRobot.ended ?? null).toBeNull();
  });

  it.each(['lookup-shows-imdb-tt4145054-2024.json', 'lookup-shows-thetvdb-295837-2024.json'])(
    'lookupImdb reads the show id from the redirected body %s',
    async (file) => {
      const { client, urls } = setup([recorded(file)]);
      expect(await client.lookupImdb('tt4145054')).toBe(2158);
      expect(urls).toEqual([`${BASE}/lookup/shows?imdb=tt4145054`]);
    },
  );

  it('lookupShow asks by TheTVDB id and returns the redirected show', async () => {
    const { client, urls } = setup([recorded('lookup-shows-thetvdb-295837-2024.json')]);
    expect(await client.lookupShow('thetvdb', '295837')).toMatchObject({ id: 2158, name: 'Shadowhunters: The Mortal Instruments', externals: { thetvdb: 295837 } });
    expect(urls).toEqual([`${BASE}/lookup/shows?thetvdb=295837`]);
  });

  it('the recorded season list parses with the season schema', () => {
    const seasons = seasonsSchema.parse(tvmazeFixture(SEASONS_SHADOWHUNTERS_2024));
    expect(seasons.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(seasons.every((s) => s.premiereDate && s.endDate)).toBe(true);
  });

  it('the 404 error envelope means "no such show"', async () => {
    const { client } = setup([{ status: 404, body: tvmazeFixtureText(ERROR_404_2017) }]);
    expect(await client.show(999_999)).toBeNull();
  });

  it('every recorded fixture is covered above', () => {
    const covered = new Set([
      ...['the-flash', 'jessica-jones', 'the-big-bang-theory', 'shameless', 'house-md', 'the-x-files'].map(
        (s) => `singlesearch-shows-${s}-embed-seasons-2017.json`,
      ),
      'shows-13-the-flash-embed-seasons-2020.json',
      'shows-2158-shadowhunters-2024.json',
      'shows-53647-wednesday-2024.json',
      GAME_OF_THRONES_2019,
      ...['girls-2019', 'wednesday-2024', 'robot-2015', 'shadowhunters-2024'].map((s) => `search-shows-${s}.json`),
      'lookup-shows-imdb-tt4145054-2024.json',
      'lookup-shows-thetvdb-295837-2024.json',
      SEASONS_SHADOWHUNTERS_2024,
      ERROR_404_2017,
    ]);
    expect(new Set(TVMAZE_FIXTURE_FILES)).toEqual(covered);
  });
});

describe('TVmaze client on misses and malformed bodies', () => {
  it('404 with an empty body (unknown single search, 2017) → null', async () => {
    const { client, urls } = setup([{ status: 404, body: '' }]);
    expect(await client.singleSearch('Aoeu Htns')).toBeNull();
    expect(urls).toEqual([`${BASE}/singlesearch/shows?q=Aoeu%20Htns&embed[]=seasons&embed[]=nextepisode`]);
  });

  it('200 with the body null (the same miss today) → null', async () => {
    const { client } = setup([ok('null')]);
    expect(await client.singleSearch('Aoeu Htns')).toBeNull();
  });

  it('200 with an empty body → null', async () => {
    const { client } = setup([ok('')]);
    expect(await client.show(1)).toBeNull();
  });

  it('null search results and a 404 IMDb lookup are empty answers', async () => {
    expect(await setup([ok('null')]).client.search('x')).toEqual([]);
    expect(await setup([{ status: 404 }]).client.lookupImdb('tt0000001')).toBeNull();
  });

  async function malformed(promise: Promise<unknown>): Promise<ApiError> {
    const error = await promise.then(
      () => expect.fail('expected an ApiError'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as ApiError).kind).toBe('malformed');
    return error as ApiError;
  }

  it('a body that is not JSON → malformed', async () => {
    const { client } = setup([ok('<html>Service unavailable</html>')]);
    await malformed(client.show(13));
  });

  it('{"id":"x"} → malformed, naming the id field', async () => {
    const { client } = setup([ok('{"id":"x"}')]);
    const error = await malformed(client.singleSearch('The Flash'));
    expect(error.message).toMatch(/\bid\b/);
  });

  it('a show without its url → malformed, naming url', async () => {
    const { client } = setup([ok('{"id":13,"name":"The Flash"}')]);
    expect((await malformed(client.show(13))).message).toMatch(/\burl\b/);
  });

  it('an array where a show is expected → malformed', async () => {
    const { client } = setup([ok(tvmazeFixtureText('search-shows-girls-2019.json'))]);
    expect((await malformed(client.singleSearch('Girls'))).message).toMatch(/malformed show/);
  });

  it('an object where search results are expected → malformed', async () => {
    const { client } = setup([recorded(FLASH_2017)]);
    expect((await malformed(client.search('The Flash'))).message).toMatch(/search results/);
  });

  it('a search result whose show is an array → malformed, naming 0.show', async () => {
    const { client } = setup([ok('[{"score":1,"show":[]}]')]);
    expect((await malformed(client.search('x'))).message).toMatch(/0\.show/);
  });

  it('seasons that are not a list → malformed, naming _embedded.seasons', async () => {
    const body = JSON.stringify({ id: 1, url: 'https://www.tvmaze.com/shows/1/x', name: 'X', _embedded: { seasons: 'soon' } });
    const { client } = setup([ok(body)]);
    expect((await malformed(client.show(1))).message).toMatch(/_embedded\.seasons/);
  });

  it('a lookup body that is a bare number → malformed', async () => {
    const { client } = setup([ok('42')]);
    await malformed(client.lookupImdb('tt4145054'));
  });

  it('an AKA list: names read, countries (or null for the show\'s own country) passed over; 404 is none', async () => {
    // The shape /shows/:id/akas answers, hand-written.
    const body = JSON.stringify([
      { name: 'Die Simpsons', country: { name: 'Germany', code: 'DE', timezone: 'Europe/Busingen' } },
      { name: 'Simpsonit', country: null },
    ]);
    const { client, urls } = setup([ok(body)]);
    expect((await client.akas(83)).map((aka) => aka.name)).toEqual(['Die Simpsons', 'Simpsonit']);
    expect(urls).toEqual([`${BASE}/shows/83/akas`]);
    expect(await setup([{ status: 404 }]).client.akas(999_999)).toEqual([]);
  });

  it('an AKA without a name → malformed, naming 0.name', async () => {
    const { client } = setup([ok('[{"country":null}]')]);
    expect((await malformed(client.akas(83))).message).toMatch(/AKA list: 0\.name/);
  });
});

describe('JSON fetcher retries', () => {
  it('429 with Retry-After: 2 pauses the limiter ≥ 2000 ms, then retries and succeeds', async () => {
    const { client, urls, limiterSleeps, backoffSleeps } = setup([
      { status: 429, headers: { 'Retry-After': '2' } },
      recorded(FLASH_2017),
    ]);
    expect(await client.singleSearch('The Flash')).toMatchObject({ id: 13 });
    expect(urls).toHaveLength(2);
    expect(limiterSleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2000);
    expect(backoffSleeps).toEqual([]);
  });

  it('the 429 pause holds back every other request too', async () => {
    const { limiter, limiterSleeps } = setup([]);
    limiter.pauseFor(2000);
    await limiter.acquire();
    expect(limiterSleeps).toEqual([2000]);
  });

  it('500 twice then 200 → succeeds after exponential backoff', async () => {
    const { client, urls, backoffSleeps } = setup([{ status: 500 }, { status: 503 }, recorded(FLASH_2017)], { backoffMs: 1000 });
    expect(await client.singleSearch('The Flash')).toMatchObject({ id: 13 });
    expect(urls).toHaveLength(3);
    expect(backoffSleeps).toEqual([1000, 2000]);
  });

  it('500 on every attempt → ApiError server with the status', async () => {
    const { getJson, urls } = setup([{ status: 502 }], { attempts: 3 });
    await expect(getJson(`${BASE}/shows/1`)).rejects.toMatchObject({ name: 'ApiError', kind: 'server', status: 502 });
    expect(urls).toHaveLength(3);
  });

  it('fetch rejecting every time → ApiError offline after the configured attempts', async () => {
    const { client, urls, backoffSleeps } = setup([new TypeError('Failed to fetch')], { attempts: 4, backoffMs: 500 });
    await expect(client.show(13)).rejects.toMatchObject({ name: 'ApiError', kind: 'offline' });
    expect(urls).toHaveLength(4);
    expect(backoffSleeps).toEqual([500, 1000, 2000]);
  });

  it('a network error then a success → the answer', async () => {
    const { client } = setup([new TypeError('Failed to fetch'), recorded(FLASH_2017)]);
    expect(await client.singleSearch('The Flash')).toMatchObject({ id: 13 });
  });

  it('other 4xx fail at once as http errors, without retrying', async () => {
    const { getJson, urls } = setup([{ status: 403 }, recorded(FLASH_2017)]);
    await expect(getJson(`${BASE}/shows/13`)).rejects.toMatchObject({ kind: 'http', status: 403 });
    expect(urls).toHaveLength(1);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  it.each<[string | null, number]>([
    ['2', 2000],
    ['0', 0],
    ['120', 120_000],
    ['Thu, 26 Nov 2026 12:00:05 GMT', 5000],
    ['Thu, 26 Nov 2026 11:59:00 GMT', 0],
    [null, 10_000],
    ['soon', 10_000],
  ])('%j → %i ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });
});
