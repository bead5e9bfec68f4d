import { listCorrections, watchCorrections, type Correction } from '@/utils/storage/corrections';
import { getSettings, watchSettings, type Settings } from '@/utils/storage/settings';
import { listStorageNotices, storageNoticesItem, type StorageNotice } from '@/utils/storage/storage-notices';
import { getWatchedShows, watchWatchedShows, type WatchedShow } from '@/utils/storage/watched-shows';
import { listRecentChanges, watchRecentChanges, type StatusChange } from '@/utils/watching/recent-changes';
import { readImportJob, watchImportJob } from '@/utils/watching/imports/job-store';
import type { LoadedJob } from '@/utils/watching/imports/import-job';
import { readSyncStatus, watchSyncStatus, type SyncStatus } from '@/utils/sync/sync-state';
import { useStoredValue } from './use-stored-value';

export const useWatchedShows = (): WatchedShow[] | null => useStoredValue(getWatchedShows, watchWatchedShows);
export const useCorrections = (): Correction[] | null => useStoredValue(listCorrections, watchCorrections);
export const useSettings = (): Settings | null => useStoredValue(getSettings, watchSettings);
export const useRecentChanges = (): StatusChange[] | null => useStoredValue(listRecentChanges, watchRecentChanges);

/** Notices have no validated watcher; re-list them (which drops malformed ones) on every change. */
const watchStorageNotices = (cb: (notices: StorageNotice[]) => void) =>
  storageNoticesItem.watch(() => void listStorageNotices().then(cb));
export const useStorageNotices = (): StorageNotice[] | null => useStoredValue(listStorageNotices, watchStorageNotices);

/** The open history import, if any (the worker saves it after every step). */
export const useImportJob = (): LoadedJob | null => useStoredValue(readImportJob, watchImportJob);

/** How the last storage.sync round went. */
export const useSyncStatus = (): SyncStatus | null => useStoredValue(readSyncStatus, watchSyncStatus);
