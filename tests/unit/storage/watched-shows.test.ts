import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBackup, listBackupKeys } from '@/utils/storage/backups';
import { listStorageNotices } from '@/utils/storage/storage-notices';
import {
  getWatchedShows,
  removeWatchedShow,
  saveWatchedShows,
  updateWatchedShow,
  upsertWatchedShow,
  watchWatchedShows,
  WATCHED_SHOWS_VERSION,
  watchedShowsItem,
  type WatchedShow,
} from '@/utils/storage/watched-shows';
import { toV2, toV3 } from '@/utils/storage/watched-shows-migrations';
import { tvmazeRef } from '@/utils/shows/show-ref';

const show = (tvmazeId: number, name: string, extra: Partial<WatchedShow> = {}): WatchedShow => ({
  ref: tvmazeRef(tvmazeId),
  name,
  progress: null,
  protectSpoilers: true, inCalendar: true,
  addedAt: 1_700_000_000_000,
  ...extra,
});

const friends = show(431, 'Friends', { progress: { season: 2, episode: 5 } });
const ballard = show(67084, 'Ballard', { lastStatus: 'renewed', lastCheckedAt: 1_700_000_100_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('watched shows', () => {
  it('starts empty', async () => {
    expect(await getWatchedShows()).toEqual([]);
  });

  it('adds, replaces in place, updates and removes shows', async () => {
    await upsertWatchedShow(friends);
    await upsertWatchedShow(ballard);
    await upsertWatchedShow({ ...friends, progress: { season: 3, episode: 1 } });
    expect((await getWatchedShows()).map((s) => [s.name, s.progress?.season])).toEqual([
      ['Friends', 3],
      ['Ballard', undefined],
    ]);

    const updated = await updateWatchedShow(tvmazeRef(67084), (s) => ({ ...s, protectSpoilers: false }));
    expect(updated?.protectSpoilers).toBe(false);
    expect(await updateWatchedShow(tvmazeRef(999), (s) => s)).toBeNull();

    expect(await removeWatchedShow(tvmazeRef(431))).toMatchObject({ name: 'Friends' });
    expect(await removeWatchedShow(tvmazeRef(431))).toBeNull();
    expect((await getWatchedShows()).map((s) => s.name)).toEqual(['Ballard']);
  });

  it('keeps both of two quick successive edits', async () => {
    await Promise.all([upsertWatchedShow(friends), upsertWatchedShow(ballard)]);
    expect(await getWatchedShows()).toHaveLength(2);
  });

  it('refuses to save invalid shows', async () => {
    await expect(saveWatchedShows([{ ...friends, ref: tvmazeRef(-1) }])).rejects.toThrow();
    await expect(saveWatchedShows([friends, friends])).rejects.toThrow(/only once/);
    expect(await getWatchedShows()).toEqual([]);
  });

  it('keeps the readable entries of a corrupt list, backs it up and raises a notice', async () => {
    const raw = [friends, { tvmazeId: 'x', name: 7 }, ballard, { ...friends, name: 'Friends again' }];
    await fakeBrowser.storage.local.set({ watchedShows: raw });

    expect(await getWatchedShows()).toEqual([friends, ballard]);

    const [backupKey] = await listBackupKeys('local:watchedShows');
    expect((await getBackup(backupKey!))?.value).toEqual(raw);
    const [notice] = await listStorageNotices();
    expect(notice).toMatchObject({ key: 'local:watchedShows', lost: 'part' });
    expect(await watchedShowsItem.getMeta()).toEqual({ v: WATCHED_SHOWS_VERSION });
  });

  it('falls back to an empty list when the stored value is not a list', async () => {
    await fakeBrowser.storage.local.set({ watchedShows: 'not a list' });
    expect(await getWatchedShows()).toEqual([]);
    expect((await listStorageNotices())[0]).toMatchObject({ key: 'local:watchedShows', lost: 'all' });
  });

  it('reports validated lists to watchers', async () => {
    const cb = vi.fn();
    const unwatch = watchWatchedShows(cb);
    await upsertWatchedShow(friends);
    await fakeBrowser.storage.local.set({ watchedShows: 42 });
    unwatch();
    await upsertWatchedShow(ballard);
    expect(cb.mock.calls).toEqual([[[friends]], [[]]]);
  });
});

describe('watched shows migrations', () => {
  it('v1 → v2 turns the name-keyed object into a list and keeps entries it cannot convert', () => {
    vi.useFakeTimers({ now: 1_650_000_000_000 });
    try {
      expect(toV2({ Friends: { id: 431, season: 2, episode: 5 }, Broken: 'yes' })).toEqual([
        { tvmazeId: 431, name: 'Friends', season: 2, episode: 5, addedAt: 1_650_000_000_000 },
        { name: 'Broken', unreadableV1Entry: 'yes' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('v2 → v3 nests progress, turns on spoiler protection and keeps only a settled status', () => {
    expect(
      toV3([
        { tvmazeId: 526, name: 'The Office', season: 9, episode: null, addedAt: 1, status: 'Ended' },
        { tvmazeId: 67084, name: 'Ballard', season: null, episode: null, addedAt: 2, status: 'Running' },
      ]),
    ).toEqual([
      { tvmazeId: 526, name: 'The Office', progress: { season: 9, episode: 0 }, protectSpoilers: true, addedAt: 1, lastStatus: 'ended' },
      { tvmazeId: 67084, name: 'Ballard', progress: null, protectSpoilers: true, addedAt: 2 },
    ]);
  });

  it('leaves current data alone when the version marker was lost', async () => {
    await fakeBrowser.storage.local.set({ watchedShows: [friends, ballard] });
    await watchedShowsItem.migrate();
    expect(await getWatchedShows()).toEqual([friends, ballard]);
    expect(await listStorageNotices()).toEqual([]);
  });

  it('backs up data from a newer version instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ watchedShows: { shows: [friends] }, watchedShows$: { v: 9 } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(watchedShowsItem.migrate()).rejects.toThrow(/downgrade/);
    expect(await getWatchedShows()).toEqual([]);
    expect(await listBackupKeys('local:watchedShows')).toHaveLength(1);
  });
});
