// The fake must behave like TVmaze where the extension can tell: fuzzy answers, embeds, redirects, errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadFixtureShows } from '../support/catalog';
import { startFakeTvmaze, type FakeTvmaze } from '../support/fake-tvmaze';

let fake: FakeTvmaze;
const get = (path: string, init?: RequestInit) => fetch(`${fake.url}${path}`, init);

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows: loadFixtureShows(), port: 0, today: '2026-11-26' });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('fake TVmaze', () => {
  it('ranks an exact name first, then by weight, up to 10 results with scores', async () => {
    const res = await get('/search/shows?q=girls');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { score: number; show: { id: number; _embedded?: unknown } }[];
    expect(body.slice(0, 2).map((r) => r.show.id)).toEqual([139, 41734]);
    expect(body.length).toBeGreaterThan(2);
    expect(body.length).toBeLessThanOrEqual(10);
    expect(body[0]!.score).toBeGreaterThan(body[2]!.score);
    expect(body[0]!.show._embedded).toBeUndefined();
  });

  it('singlesearch offers a partial match, as the real API does', async () => {
    const res = await get(`/singlesearch/shows?q=${encodeURIComponent('Renée Ballard')}`);
    expect(((await res.json()) as { name: string }).name).toBe('Ballard');
  });

  it('singlesearch answers 404 with an empty body when no word matches', async () => {
    const res = await get('/singlesearch/shows?q=zzzyzx');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });

  it('embeds seasons and nextepisode only when asked, in both spellings', async () => {
    const plain = (await (await get('/shows/900001')).json()) as { _embedded?: unknown };
    expect(plain._embedded).toBeUndefined();
    for (const query of ['embed=seasons', 'embed[]=seasons&embed[]=nextepisode']) {
      const show = (await (await get(`/shows/900001?${query}`)).json()) as {
        _embedded: { seasons: { number: number }[] };
      };
      expect(show._embedded.seasons.map((s) => s.number)).toEqual([1, 2]);
    }
    const seasons = (await (await get('/shows/900001/seasons')).json()) as unknown[];
    expect(seasons).toHaveLength(2);
  });

  it('redirects an IMDb lookup to the show and 404s unknown ids', async () => {
    const res = await get('/lookup/shows?imdb=tt0944947', { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${fake.url}/shows/82`);
    expect((await get('/lookup/shows?imdb=tt0000000')).status).toBe(404);
    const missing = await get('/shows/123456789');
    expect(await missing.json()).toMatchObject({ name: 'Not Found', status: 404 });
  });

  it('lists recently updated shows and records every request', async () => {
    fake.updateShow(1216, { status: 'Running' });
    const updates = (await (await get('/updates/shows?since=day')).json()) as Record<string, number>;
    expect(Object.keys(updates)).toContain('1216');
    expect(Object.keys(updates)).not.toContain('133');
    expect(fake.requests.map((r) => [r.path, r.query])).toEqual([['/updates/shows', { since: 'day' }]]);
  });

  it('injects failures and goes offline on demand', async () => {
    fake.failNext('/search', 429, { 'Retry-After': '2' });
    const limited = await get('/search/shows?q=lost');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await get('/search/shows?q=lost')).status).toBe(200);
    fake.setOffline(true);
    await expect(get('/shows/123')).rejects.toThrow();
    fake.setOffline(false);
    expect((await get('/shows/123')).status).toBe(200);
  });

  it('holds the requests a test picks until it releases them, and answers the rest meanwhile', async () => {
    const held = fake.hold((r) => r.path === '/singlesearch/shows' && r.query.q === 'Lost');
    const slow = get('/singlesearch/shows?q=Lost');
    const request = await held.arrived;
    expect([request.query.q, request.status]).toEqual(['Lost', 0]);
    expect((await get('/singlesearch/shows?q=Bosch')).status).toBe(200);
    expect(fake.requests.map((r) => [r.query.q, r.status])).toEqual([['Lost', 0], ['Bosch', 200]]);
    held.release();
    expect(((await (await slow).json()) as { name: string }).name).toBe('Lost');
    expect((await get('/singlesearch/shows?q=Lost')).status).toBe(200);
  });

  it('enforces a rate limit when configured', async () => {
    const limited = await startFakeTvmaze({ shows: [], port: 0, rateLimit: { max: 2, windowMs: 10_000 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/updates/shows`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
