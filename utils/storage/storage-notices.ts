import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { STORAGE_VERSIONS } from './versions';

/** A problem with stored data the options page shows until the user dismisses it. */
export interface StorageNotice {
  id: string;
  /** Storage key that could not be read, e.g. "local:watchedShows". */
  key: string;
  /** All of the value was lost, or only the entries that failed to parse. Worded when shown. */
  lost: 'all' | 'part';
  /** Where the unreadable value was kept, or null when there was nothing worth keeping. */
  backupKey: string | null;
  createdAt: number;
}

export const storageNoticeSchema = z.object({
  id: z.string(),
  key: z.string(),
  lost: z.enum(['all', 'part']),
  backupKey: z.nullable(z.string()),
  createdAt: z.number(),
});

const MAX_NOTICES = 20;

export const STORAGE_NOTICES_VERSION = STORAGE_VERSIONS.storageNotices;

export const storageNoticesItem = storage.defineItem<StorageNotice[]>('local:storageNotices', {
  fallback: [],
  version: STORAGE_NOTICES_VERSION,
  migrations: { 2: storageNoticesToV2 },
});

/** v1 → v2: the English sentence becomes how much was lost ("Part of …" or all of it), worded when shown. */
export function storageNoticesToV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return entry;
    const { message, ...rest } = entry as Record<string, unknown>;
    return typeof message === 'string' ? { ...rest, lost: message.startsWith('Part of') ? 'part' : 'all' } : entry;
  });
}

export async function listStorageNotices(): Promise<StorageNotice[]> {
  try {
    const raw: unknown = await storageNoticesItem.getValue();
    // A broken notice list is dropped silently: reporting it would need a notice about notices.
    return Array.isArray(raw) ? raw.filter((n): n is StorageNotice => storageNoticeSchema.safeParse(n).success) : [];
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
