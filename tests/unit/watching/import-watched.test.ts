import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getWatchedShows, saveWatchedShows, type WatchedShow } from '@/utils/storage/watched-shows';
import { exportWatchedShows } from '@/utils/watching/import-export';
import { importWatchedShowsFile } from '@/utils/watching/import-watched';
import { tvmazeRef } from '@/utils/shows/show-ref';

const friends: WatchedShow = { ref: tvmazeRef(431), name: 'Friends', progress: null, protectSpoilers: true, inCalendar: true, addedAt: 1 };
const ballard: WatchedShow = { ref: tvmazeRef(67084), name: 'Ballard', progress: null, protectSpoilers: true, inCalendar: true, addedAt: 2 };

beforeEach(async () => {
  fakeBrowser.reset();
  await saveWatchedShows([friends]);
});

it('merges a good file into the stored list', async () => {
  const text = exportWatchedShows([{ ...friends, progress: { season: 1, episode: 3 } }, ballard]);
  const outcome = await importWatchedShowsFile(text, text.length, 99);
  expect(outcome).toMatchObject({ ok: true, unchanged: 0 });
  expect(await getWatchedShows()).toEqual([
    { ...friends, progress: { season: 1, episode: 3 } },
    { ...ballard, addedAt: 99 },
  ]);
});

it('leaves the stored list untouched when the file is bad', async () => {
  const before = await fakeBrowser.storage.local.get(null);
  const text = exportWatchedShows([ballard]).replace('"version": 1', '"version": 7');
  expect(await importWatchedShowsFile(text, text.length)).toMatchObject({ ok: false });
  expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
});
