// Worker only: storage.sync wired to the watched list, corrections and preferences in storage.local.
import { browser } from 'wxt/browser';
import { getSettings, updateSettings, watchSettings } from '../storage/settings';
import { editCorrections, listCorrections, watchCorrections, type Correction } from '../storage/corrections';
import { editWatchedShows, getWatchedShows, watchWatchedShows, type WatchedShow } from '../storage/watched-shows';
import { WriteRateGuard, type SyncArea } from './sync-area';
import { SyncRunner } from './sync-runner';
import { loadSyncBase, saveSyncBase, syncStatusItem } from './sync-state';

/** Quick successive edits (typing an episode number, dragging the blur slider) make one round. */
export const SYNC_DEBOUNCE_MS = 2_000;

/** The browser's own storage.sync, as the layout needs it. */
export function browserSyncArea(): SyncArea {
  return {
    get: (keys) => browser.storage.sync.get(keys),
    set: (items) => browser.storage.sync.set(items),
    remove: (keys) => browser.storage.sync.remove(keys),
    getBytesInUse: (keys) => browser.storage.sync.getBytesInUse(keys),
  };
}

/**
 * Runs a round at start, after local edits, and when another device's changes arrive (storage.sync
 * also reports our own writes; that round finds nothing to do). Call in the worker's first turn.
 */
export function registerSync(): SyncRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void runner.sync(), ms);
  };
  const runner = new SyncRunner({
    area: browserSyncArea(),
    watched: {
      get: getWatchedShows,
      update: (update) => editWatchedShows((current) => ({ shows: update(current) as WatchedShow[], result: undefined })),
    },
    corrections: {
      get: listCorrections,
      update: (update) => editCorrections((current) => ({ corrections: update(current) as Correction[], result: undefined })),
    },
    getSettings,
    updateSettings,
    loadBase: loadSyncBase,
    saveBase: saveSyncBase,
    saveStatus: (status) => syncStatusItem.setValue(status),
    guard: new WriteRateGuard(),
    retryAt: (at) => later(Math.max(at - Date.now(), SYNC_DEBOUNCE_MS)),
  });
  const soon = () => later(SYNC_DEBOUNCE_MS);
  watchWatchedShows(soon);
  watchCorrections(soon);
  watchSettings(soon);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') soon();
  });
  void runner.sync();
  return runner;
}
