import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RenewalStatus } from '@/utils/shows/status';
import { getWatchedShows, saveWatchedShows, type WatchedShow } from '@/utils/storage/watched-shows';
import { checkWatchedShows, isDue, statusDetail, updatesWindow } from '@/utils/watching';
import { fakeTvmazeApi, HOUR, START, tvmazeShow } from '../../support/fake-tvmaze-api';
import { tvmazeRef } from '@/utils/shows/show-ref';

const watched = (id: number, lastStatus?: RenewalStatus, lastCheckedAt?: number): WatchedShow => ({
  ref: tvmazeRef(id),
  name: `Show ${id}`,
  progress: null,
  protectSpoilers: true, inCalendar: true,
  addedAt: 1,
  ...(lastStatus ? { lastStatus } : {}),
  ...(lastCheckedAt ? { lastCheckedAt } : {}),
});

const ids = (n: number) => Array.from({ length: n }, (_, i) => 1000 + i);
const seconds = (ms: number) => Math.floor(ms / 1000);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('checkWatchedShows with 500 watched shows', () => {
  it('makes 1 updates call plus one per changed show, never over 20 per 10 s, no 429', async () => {
    const all = ids(500);
    const changed = all.filter((_, i) => i % 20 === 0); // 25 shows
    const api = fakeTvmazeApi(
      all.map((id) => tvmazeShow(id, { renewed: changed.includes(id) })),
      // Every watched show is in the map, most updated before their last check (12 h ago).
      Object.fromEntries(all.map((id) => [id, seconds(START - (changed.includes(id) ? 1 : 20) * HOUR)])),
    );
    await saveWatchedShows(all.map((id) => watched(id, 'awaiting', START - 12 * HOUR)));

    const outcome = await checkWatchedShows({ source: api.source, lookups: api.lookups, now: api.now });

    expect(api.requests.map((r) => r.path)).toEqual(['/updates/shows', ...changed.map((id) => `/shows/${id}`)]);
    expect(api.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(api.peakPerWindow()).toBeLessThanOrEqual(20);
    expect(outcome).toMatchObject({ checked: 25, failed: 0 });
    expect(outcome.changes.map((c) => [c.name, c.to, c.detail])).toEqual(changed.map((id) => [`Show ${id}`, 'renewed', { nextSeason: 2 }]));
  });

  it('fetches a new list of 500 once each, with no updates call, spread over 250 s without a 429', async () => {
    const all = ids(500);
    const api = fakeTvmazeApi(all.map((id) => tvmazeShow(id)), {});
    await saveWatchedShows(all.map((id) => watched(id)));

    const outcome = await checkWatchedShows({ source: api.source, lookups: api.lookups, now: api.now });

    expect(api.requests).toHaveLength(500);
    expect(new Set(api.requests.map((r) => r.path)).size).toBe(500);
    expect(api.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(api.peakPerWindow()).toBeLessThanOrEqual(20);
    expect(api.now() - START).toBeGreaterThanOrEqual(240_000);
    // First check: statuses recorded, nothing to notify.
    expect(outcome).toMatchObject({ checked: 500, changes: [] });
    expect((await getWatchedShows()).every((s) => s.lastStatus === 'awaiting' && s.lastCheckedAt! >= START)).toBe(true);
  });
});

describe('checkWatchedShows', () => {
  it('refetches only shows updated after their last check, and refreshes the lookup cache', async () => {
    const api = fakeTvmazeApi([tvmazeShow(1, { renewed: true }), tvmazeShow(2), tvmazeShow(3)], {
      1: seconds(START - HOUR),
      2: seconds(START - 20 * HOUR),
    });
    await saveWatchedShows([watched(1, 'awaiting', START - 12 * HOUR), watched(2, 'awaiting', START - 12 * HOUR), watched(3)]);

    const outcome = await checkWatchedShows({ source: api.source, lookups: api.lookups, now: api.now });

    expect(api.requests.map((r) => r.path)).toEqual(['/updates/shows', '/shows/1', '/shows/3']);
    expect(outcome.changes).toHaveLength(1);
    expect((await api.cache.getShows([tvmazeRef(1)])).get('tvmaze:1')?.show.status).toBe('renewed');
    const stored = await getWatchedShows();
    expect(stored.map((s) => [s.ref?.id, s.lastStatus, s.lastCheckedAt])).toEqual([
      [1, 'renewed', START],
      [2, 'awaiting', START - 12 * HOUR],
      [3, 'awaiting', START],
    ]);
  });

  it('asks for the week of updates after more than a day away', async () => {
    const api = fakeTvmazeApi([tvmazeShow(1)], {});
    await saveWatchedShows([watched(1, 'awaiting', START - 3 * 24 * HOUR)]);
    await checkWatchedShows({ source: api.source, lookups: api.lookups, now: api.now });
    expect(api.requests.map((r) => r.path + r.search)).toEqual(['/updates/shows?since=week']);
  });

  it('makes no request for an empty list', async () => {
    const api = fakeTvmazeApi([], {});
    expect(await checkWatchedShows({ source: api.source, lookups: api.lookups, now: api.now })).toEqual({
      checked: 0,
      failed: 0,
      changes: [],
    });
    expect(api.requests).toEqual([]);
  });

  it('never notifies for unknown: a vanished show keeps its last known status', async () => {
    const api = fakeTvmazeApi([], { 7: seconds(START - HOUR) });
    await saveWatchedShows([watched(7, 'renewed', START - 12 * HOUR)]);
    const outcome = await checkWatchedShows({ source: api.source, lookups: api.lookups, now: api.now });
    expect(outcome).toMatchObject({ checked: 1, changes: [] });
    expect((await getWatchedShows())[0]).toMatchObject({ lastStatus: 'renewed', lastCheckedAt: START });
  });

  it('leaves a show whose fetch failed due, unrecorded and silent', async () => {
    const api = fakeTvmazeApi([tvmazeShow(8, { status: 'Ended' })], { 8: seconds(START - HOUR) });
    api.fail(8);
    await saveWatchedShows([watched(8, 'airing', START - 12 * HOUR)]);
    const outcome = await checkWatchedShows({ source: api.source, lookups: api.lookups, now: api.now });
    expect(outcome).toMatchObject({ checked: 0, failed: 1, changes: [] });
    expect((await getWatchedShows())[0]).toMatchObject({ lastStatus: 'airing', lastCheckedAt: START - 12 * HOUR });
  });
});

describe('helpers', () => {
  it('picks the updates window from the oldest check', () => {
    expect(updatesWindow([watched(1, 'airing', START - 12 * HOUR)], START).since).toBe('day');
    expect(updatesWindow([watched(1, 'airing', START - 30 * HOUR)], START).since).toBe('week');
    expect(updatesWindow([watched(1)], START).since).toBe('day');
  });

  it('is due when never checked, checked too long ago, or updated since', () => {
    const show = watched(1, 'airing', START - HOUR);
    expect(isDue(watched(1), {}, START, 23 * HOUR)).toBe(true);
    expect(isDue(show, {}, START, 23 * HOUR)).toBe(false);
    expect(isDue(show, { 'tvmaze:1': seconds(START - 2 * HOUR) }, START, 23 * HOUR)).toBe(false);
    expect(isDue(show, { 'tvmaze:1': seconds(START) }, START, 23 * HOUR)).toBe(true);
    expect(isDue(watched(1, 'airing', START - 24 * HOUR), {}, START, 23 * HOUR)).toBe(true);
  });

  it('puts the return date in the message only for the announced season', () => {
    const base = { nextSeason: 2, nextEpisode: { airdate: '2026-07-11T04:00:00+00:00', season: 2, number: 1 } };
    expect(statusDetail(base as never)).toEqual({ nextSeason: 2, nextAirdate: '2026-07-11' });
    expect(statusDetail({ ...base, nextEpisode: { ...base.nextEpisode, season: 1 } } as never)).toEqual({ nextSeason: 2 });
    expect(statusDetail(null)).toEqual({});
  });
});
