// The sync base is this device's memory of the last round: one saved by an older version, or damaged,
// reads as far as it can and never stops a round.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tvmazeRef } from '../../../utils/shows/show-ref';
import { loadSyncBase, saveSyncBase, syncBaseItem } from '../../../utils/sync/sync-state';

const record = { ref: tvmazeRef(1), name: 'Under the Dome', progress: { season: 2, episode: 3 }, protectSpoilers: true, inCalendar: true, updatedAt: 1_760_000_000_000 };

describe('loadSyncBase', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing as an empty base: the first round merges everything', async () => {
    expect(await loadSyncBase()).toEqual({ watched: [], corrections: [], prefs: null });
  });

  it('reads a base saved before corrections and preferences synced (watched list only)', async () => {
    await syncBaseItem.setValue({ watched: [record] });
    expect(await loadSyncBase()).toEqual({ watched: [record], corrections: [], prefs: null });
  });

  it('keeps the readable lists of a damaged base and drops the rest', async () => {
    await syncBaseItem.setValue({ watched: [record], corrections: [{ titleKey: 7 }], prefs: 'nonsense' });
    expect(await loadSyncBase()).toEqual({ watched: [record], corrections: [], prefs: null });
    await syncBaseItem.setValue({ watched: [{ ...record, progress: { season: -1, episode: 0 } }], corrections: [] });
    expect((await loadSyncBase()).watched).toEqual([]);
    for (const junk of ['text', 42, [1, 2], { watched: 'all' }]) {
      await syncBaseItem.setValue(junk);
      expect(await loadSyncBase()).toEqual({ watched: [], corrections: [], prefs: null });
    }
  });

  it('reads back what it saved', async () => {
    const base = { watched: [record], corrections: [{ titleKey: 'bosch legacy', ref: tvmazeRef(60157), name: 'Bosch: Legacy', updatedAt: 1 }], prefs: null };
    await saveSyncBase(base);
    expect(await loadSyncBase()).toEqual(base);
  });
});
