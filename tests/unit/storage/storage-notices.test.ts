import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addStorageNotice, dismissStorageNotice, listStorageNotices } from '@/utils/storage/storage-notices';
import { getWatchedShows } from '@/utils/storage/watched-shows';

beforeEach(() => {
  fakeBrowser.reset();
});

it('lists a notice for unreadable data until it is dismissed', async () => {
  await fakeBrowser.storage.local.set({ watchedShows: { broken: true } });
  await getWatchedShows();

  const [notice] = await listStorageNotices();
  expect(notice).toMatchObject({
    key: 'local:watchedShows',
    lost: 'all',
    backupKey: expect.stringMatching(/^local:backup:local:watchedShows:\d+$/),
  });

  await dismissStorageNotice(notice!.id);
  expect(await listStorageNotices()).toEqual([]);
});

it('keeps notices for different keys apart', async () => {
  await addStorageNotice({ key: 'local:a', lost: 'all', backupKey: null, createdAt: 1 });
  await addStorageNotice({ key: 'local:b', lost: 'part', backupKey: null, createdAt: 2 });
  expect((await listStorageNotices()).map((n) => [n.key, n.lost])).toEqual([
    ['local:b', 'part'],
    ['local:a', 'all'],
  ]);
});

it('survives a corrupt notice list', async () => {
  await fakeBrowser.storage.local.set({ storageNotices: 'oops' });
  expect(await listStorageNotices()).toEqual([]);
  await dismissStorageNotice('nothing');
});
