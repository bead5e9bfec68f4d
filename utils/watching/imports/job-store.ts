// The import job in storage.local: the worker saves it after every step, the options page follows it.
import { storage } from 'wxt/utils/storage';
import { loadImportJob, type ImportJobState, type LoadedJob } from './import-job';
import type { ImportJobStore } from './import-runner';

/** Validated by `loadImportJob` (its own version field): a job is short-lived and simply restarted if unreadable. */
export const importJobItem = storage.defineItem<unknown>('local:importJob', { fallback: null });

export const extensionImportJobStore: ImportJobStore = {
  load: () => importJobItem.getValue(),
  save: (state: ImportJobState) => importJobItem.setValue(state),
  clear: () => importJobItem.removeValue(),
};

/** The job as the options page shows it; "nothing open" when there is none or it cannot be read. */
export async function readImportJob(): Promise<LoadedJob> {
  return loadImportJob(await importJobItem.getValue());
}

export function watchImportJob(cb: (job: LoadedJob) => void): () => void {
  return importJobItem.watch((raw) => cb(loadImportJob(raw)));
}
