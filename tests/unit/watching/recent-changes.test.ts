import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RenewalStatus } from '@/utils/shows/status';
import type { WatchedShow } from '@/utils/storage/watched-shows';
import { changeText } from '@/utils/watching/change-text';
import {
  addRecentChanges,
  diffStatus,
  listRecentChanges,
  markRecentChangesSeen,
  MAX_RECENT_CHANGES,
  recentChangesToV3,
  recordStatusCheck,
  unseenCount,
  type StatusChange,
  type StatusDetail,
} from '@/utils/watching/recent-changes';
import { tvmazeRef } from '@/utils/shows/show-ref';

const ballard = (lastStatus?: RenewalStatus): WatchedShow => ({
  ref: tvmazeRef(67084),
  name: 'Ballard',
  progress: null,
  protectSpoilers: true, inCalendar: true,
  addedAt: 1,
  ...(lastStatus ? { lastStatus } : {}),
});

describe('diffStatus', () => {
  it.each<[RenewalStatus | undefined, RenewalStatus, StatusDetail, string | null]>([
    ['awaiting', 'renewed', { nextSeason: 2 }, 'Ballard — renewed for season 2'],
    ['airing', 'renewed', {}, 'Ballard — renewed for another season'],
    ['awaiting', 'renewed', { nextSeason: 2, nextAirdate: '2026-07-11' }, 'Ballard — renewed for season 2 (returns Jul 11, 2026)'],
    ['ended', 'renewed', { nextSeason: 3 }, 'Ballard — renewed for season 3'],
    ['renewed', 'airing', {}, 'Ballard is back on air'],
    ['awaiting', 'airing', {}, 'Ballard is back on air'],
    ['development', 'airing', {}, 'Ballard has premiered'],
    ['airing', 'ended', {}, 'Ballard ended'],
    ['awaiting', 'cancelled', {}, 'Ballard was cancelled'],
    ['renewed', 'cancelled', {}, 'Ballard was cancelled'],
    // Not news: same status, a season finishing, relabelling a final status.
    ['renewed', 'renewed', { nextSeason: 2 }, null],
    ['airing', 'awaiting', {}, null],
    ['ended', 'cancelled', {}, null],
    ['cancelled', 'ended', {}, null],
    ['awaiting', 'development', {}, null],
    // Failed lookups and first checks never notify.
    ['renewed', 'unknown', {}, null],
    ['unknown', 'renewed', {}, null],
    [undefined, 'ended', {}, null],
    [undefined, 'unknown', {}, null],
  ])('%s → %s %j: %s', (from, to, detail, message) => {
    const change = diffStatus(ballard(from), to, detail, 5);
    expect(change && changeText(change)).toBe(message);
  });

  it('describes the change fully', () => {
    expect(diffStatus(ballard('awaiting'), 'renewed', { nextSeason: 2 }, 5)).toEqual({
      id: 'tvmaze:67084:renewed:5',
      ref: tvmazeRef(67084),
      name: 'Ballard',
      from: 'awaiting',
      to: 'renewed',
      detail: { nextSeason: 2 },
      at: 5,
      seen: false,
    });
  });

  it('keeps only what the renewal said about the next season', () => {
    expect(diffStatus(ballard('airing'), 'ended', { nextSeason: 2 }, 5)?.detail).toEqual({});
  });

  it('notifies a real change that happened across a failed lookup, but not a flap', () => {
    const flapped = recordStatusCheck(recordStatusCheck(ballard(), 'awaiting', 1), 'unknown', 2);
    expect(flapped).toMatchObject({ lastStatus: 'awaiting', lastCheckedAt: 2 });
    expect(diffStatus(flapped, 'awaiting')).toBeNull();
    expect(changeText(diffStatus(flapped, 'renewed', { nextSeason: 2 })!)).toBe('Ballard — renewed for season 2');
  });

  it('records unknown only when nothing better is known', () => {
    const firstCheck = recordStatusCheck(ballard(), 'unknown', 1);
    expect(firstCheck.lastStatus).toBe('unknown');
    expect(diffStatus(firstCheck, 'ended')).toBeNull();
    expect(recordStatusCheck(firstCheck, 'ended', 2).lastStatus).toBe('ended');
  });
});

describe('recent changes', () => {
  const change = (i: number, seen = false): StatusChange => ({
    id: `${i}:ended:${i}`,
    ref: tvmazeRef(i),
    name: `Show ${i}`,
    from: 'airing',
    to: 'ended',
    detail: {},
    at: i,
    seen,
  });

  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps the newest changes first, capped', async () => {
    for (let i = 1; i <= MAX_RECENT_CHANGES + 5; i += 5) {
      await addRecentChanges([change(i), change(i + 1), change(i + 2), change(i + 3), change(i + 4)]);
    }
    const list = await listRecentChanges();
    expect(list).toHaveLength(MAX_RECENT_CHANGES);
    expect(list[0]!.at).toBe(MAX_RECENT_CHANGES + 5);
    expect(list.at(-1)!.at).toBe(6);
  });

  it('ignores a change it already has', async () => {
    await addRecentChanges([change(1)]);
    await addRecentChanges([change(1)]);
    expect(await listRecentChanges()).toHaveLength(1);
  });

  it('counts unseen changes for the toolbar badge until they are marked seen', async () => {
    await addRecentChanges([change(1), change(2, true), change(3)]);
    expect(unseenCount(await listRecentChanges())).toBe(2);
    await markRecentChangesSeen();
    expect(unseenCount(await listRecentChanges())).toBe(0);
  });

  it('drops unreadable entries instead of failing', async () => {
    await fakeBrowser.storage.local.set({ recentChanges: [change(1), { id: 3 }] });
    expect(await listRecentChanges()).toEqual([change(1)]);
  });
});

describe('stored v2 sentences (recentChangesToV3)', () => {
  it('reads the season and return date back out of the English sentence, and drops it', () => {
    const v2 = (message: string) => ({ id: 'x', ref: tvmazeRef(1), name: 'Ballard', from: 'awaiting', to: 'renewed', message, at: 1, seen: true });
    expect(recentChangesToV3([v2('Ballard — renewed for season 2 (returns 2026-07-11)')])).toEqual([
      { id: 'x', ref: tvmazeRef(1), name: 'Ballard', from: 'awaiting', to: 'renewed', detail: { nextSeason: 2, nextAirdate: '2026-07-11' }, at: 1, seen: true },
    ]);
    expect(recentChangesToV3([v2('Ballard — renewed for another season')])).toMatchObject([{ detail: {} }]);
    expect((recentChangesToV3([v2('Ballard is back on air')]) as object[])[0]).not.toHaveProperty('message');
  });

  it('leaves what it cannot read alone (the schema then salvages)', () => {
    expect(recentChangesToV3('junk')).toBe('junk');
    expect(recentChangesToV3([null, 3])).toEqual([null, 3]);
  });
});
