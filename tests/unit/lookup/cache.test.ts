import { afterEach, describe, expect, it, vi } from 'vitest';
import { LookupCache, NOT_A_SHOW_TTL_MS, SHOW_TTL_MS, TITLE_TTL_MS } from '@/utils/lookup/cache';
import { MemoryStore } from '../../support/memory-store';
import type { Show } from '@/utils/shows/show';
import type { RenewalStatus } from '@/utils/shows/status';
import { tvmazeRef } from '@/utils/shows/show-ref';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-11-26T12:00:00Z');

const summary = (id: number, status: RenewalStatus): Show => ({
  ref: tvmazeRef(id),
  name: `Show ${id}`,
  url: `https://www.tvmaze.com/shows/${id}/show`,
  network: 'HBO',
  premieredYear: 2012,
  endedYear: status === 'ended' ? 2017 : null,
  sourceStatus: status === 'ended' ? 'Ended' : 'Running',
  status,
  nextEpisode: null,
  nextSeason: null,
  imdbId: null,
});

function cacheWithClock() {
  let now = T0;
  const store = new MemoryStore();
  const cache = new LookupCache(store, () => now);
  return { cache, store, setNow: (t: number) => (now = t) };
}

describe('LookupCache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stores and reads titles and shows back', async () => {
    const { cache } = cacheWithClock();
    await cache.putTitle('girls|n=hbo', tvmazeRef(139));
    await cache.putShow(summary(139, 'ended'));
    expect(await cache.getTitles(['girls|n=hbo', 'absent'])).toEqual(new Map([['girls|n=hbo', { show: tvmazeRef(139), checkedAt: T0 }]]));
    const shows = await cache.getShows([tvmazeRef(139), tvmazeRef(140)]);
    expect([...shows.keys()]).toEqual(['tvmaze:139']);
    expect(shows.get('tvmaze:139')).toEqual({ show: summary(139, 'ended'), checkedAt: T0 });
  });

  it.each<[RenewalStatus, number, boolean]>([
    ['ended', 29 * DAY, true],
    ['ended', 31 * DAY, false],
    ['cancelled', 29 * DAY, true],
    ['airing', 11 * HOUR, true],
    ['airing', 13 * HOUR, false],
    ['renewed', 1 * DAY, true],
    ['renewed', 3 * DAY, false],
    ['awaiting', 3 * DAY, false],
    ['unknown', 23 * HOUR, true],
    ['unknown', 25 * HOUR, false],
  ])('a %s show checked %i ms ago is fresh: %s', async (status, age, fresh) => {
    const { cache, setNow } = cacheWithClock();
    await cache.putShow(summary(1, status));
    setNow(T0 + age);
    const entry = (await cache.getShows([tvmazeRef(1)])).get('tvmaze:1')!;
    expect(cache.isShowFresh(entry)).toBe(fresh);
  });

  it('an ended show outlives an airing one', () => {
    expect(SHOW_TTL_MS.ended).toBe(30 * DAY);
    expect(SHOW_TTL_MS.airing).toBe(12 * HOUR);
  });

  it('"not a show" (showId null) is cached, for 3 days', async () => {
    const { cache, setNow } = cacheWithClock();
    await cache.putTitle('maggie q', null);
    const entry = (await cache.getTitles(['maggie q'])).get('maggie q');
    expect(entry).toEqual({ show: null, checkedAt: T0 });
    setNow(T0 + NOT_A_SHOW_TTL_MS - 1);
    expect(cache.isTitleFresh(entry!)).toBe(true);
    setNow(T0 + NOT_A_SHOW_TTL_MS + 1);
    expect(cache.isTitleFresh(entry!)).toBe(false);
  });

  it('a title → show mapping stays fresh for 30 days', async () => {
    const { cache, setNow } = cacheWithClock();
    await cache.putTitle('ballard', tvmazeRef(67084));
    const entry = (await cache.getTitles(['ballard'])).get('ballard')!;
    setNow(T0 + TITLE_TTL_MS - DAY);
    expect(cache.isTitleFresh(entry)).toBe(true);
    setNow(T0 + TITLE_TTL_MS + DAY);
    expect(cache.isTitleFresh(entry)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['a string', 'corrupt'],
    ['null', null],
    ['a number', 42],
    ['an array', [1, 2]],
    ['showId as a string', { showId: '139', checkedAt: T0 }],
    ['checkedAt missing', { showId: 139 }],
  ])('a corrupt title entry (%s) is a miss, not a crash', async (_label, value) => {
    const { cache, store } = cacheWithClock();
    store.data.set('title:girls', value);
    store.data.set('title:ok', { showId: 1, checkedAt: T0 }); // a v1 entry, migrated on read
    expect(await cache.getTitles(['girls', 'ok'])).toEqual(new Map([['ok', { show: tvmazeRef(1), checkedAt: T0 }]]));
  });

  it.each<[string, unknown]>([
    ['a string', 'corrupt'],
    ['show missing', { checkedAt: T0 }],
    ['show with an unknown status', { show: { ...summary(5, 'ended'), status: 'zombie' }, checkedAt: T0 }],
    ['show without a name', { show: { ...summary(5, 'ended'), name: undefined }, checkedAt: T0 }],
    ['checkedAt as a date string', { show: summary(5, 'ended'), checkedAt: '2026-11-26' }],
  ])('a corrupt show entry (%s) is a miss, not a crash', async (_label, value) => {
    const { cache, store } = cacheWithClock();
    store.data.set('show:5', value);
    expect((await cache.getShows([tvmazeRef(5)])).size).toBe(0);
  });

  it('defaults to Date.now (faked timers)', async () => {
    vi.useFakeTimers({ now: T0 });
    const cache = new LookupCache(new MemoryStore());
    await cache.putShow(summary(7, 'airing'));
    const entry = (await cache.getShows([tvmazeRef(7)])).get('tvmaze:7')!;
    expect(entry.checkedAt).toBe(T0);
    vi.setSystemTime(T0 + 11 * HOUR);
    expect(cache.isShowFresh(entry)).toBe(true);
    vi.setSystemTime(T0 + 13 * HOUR);
    expect(cache.isShowFresh(entry)).toBe(false);
  });
});
