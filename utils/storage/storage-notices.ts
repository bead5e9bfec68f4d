import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/** A problem with stored data the options page shows until the user dismisses it. */
export interface StorageNotice {
  id: string;
  /** Storage key that could not be read, e.g. "local:watchedShows". */
  key: string;
  message: string;
  /** Where the unreadable value was kept, or null when there was nothing worth keeping. */
  backupKey: string | null;
  createdAt: number;
}

const noticeSchema = z.object({
  id: z.string(),
  key: z.string(),
  message: z.string(),
  backupKey: z.nullable(z.string()),
  createdAt: z.number(),
});

const MAX_NOTICES = 20;

export const storageNoticesItem = storage.defineItem<StorageNotice[]>('local:storageNotices', {
  fallback: [],
  version: 1,
});

export async function listStorageNotices(): Promise<StorageNotice[]> {
  try {
    const raw: unknown = await storageNoticesItem.getValue();
    // A broken notice list is dropped silently: reporting it would need a notice about notices.
    return Array.isArray(raw) ? raw.filter((n): n is StorageNotice => noticeSchema.safeParse(n).success) : [];
  } catch {
    return [];
  }
}

/** Records a notice; a newer problem with the same key replaces the older notice. */
export async function addStorageNotice(notice: Omit<StorageNotice, 'id'>): Promise<StorageNotice> {
  const created: StorageNotice = { ...notice, id: `${notice.key}@${notice.createdAt}` };
  const others = (await listStorageNotices()).filter((n) => n.key !== notice.key);
  await storageNoticesItem.setValue([created, ...others].slice(0, MAX_NOTICES));
  return created;
}

export async function dismissStorageNotice(id: string): Promise<void> {
  const notices = await listStorageNotices();
  const remaining = notices.filter((n) => n.id !== id);
  if (remaining.length !== notices.length) await storageNoticesItem.setValue(remaining);
}
