// Seeds the extension's storage from the worker, each versioned item at the version the code expects.
import type { Worker } from 'playwright-core';
import { STORAGE_VERSIONS } from '../../utils/storage/versions';

type StoredKey = keyof typeof STORAGE_VERSIONS;

/** Sets `items` in storage.local; a versioned item also gets its `<key>$` version marker. */
export async function seedStorage(worker: Worker, items: Partial<Record<StoredKey, unknown>> & Record<string, unknown>): Promise<void> {
  const entries: Record<string, unknown> = { ...items };
  for (const key of Object.keys(items)) {
    if (key in STORAGE_VERSIONS) entries[`${key}$`] = { v: STORAGE_VERSIONS[key as StoredKey] };
  }
  await worker.evaluate(async (values) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set(values);
  }, entries);
}
