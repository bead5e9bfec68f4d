import { storage, type StorageItemKey } from 'wxt/utils/storage';

const BACKUP_PREFIX = 'backup:';
/** Backups kept per key; older ones are deleted so repeated corruption cannot fill storage. */
export const MAX_BACKUPS_PER_KEY = 3;

/**
 * Keeps an unreadable stored value under `local:backup:<key>:<timestamp>` so the user can still recover it.
 * Returns the backup's key.
 */
export async function backupRawValue(key: StorageItemKey, raw: unknown, now: number): Promise<StorageItemKey> {
  const backupKey: StorageItemKey = `local:${BACKUP_PREFIX}${key}:${now}`;
  await storage.setItem(backupKey, { key, savedAt: now, value: raw });
  const old = (await listBackupKeys(key)).slice(MAX_BACKUPS_PER_KEY);
  if (old.length > 0) await storage.removeItems(old);
  return backupKey;
}

/** Backup keys for one stored key, newest first. */
export async function listBackupKeys(key: StorageItemKey): Promise<StorageItemKey[]> {
  const prefix = `${BACKUP_PREFIX}${key}:`;
  const all = await storage.snapshot('local');
  return Object.keys(all)
    .filter((k) => k.startsWith(prefix) && !k.endsWith('$'))
    .sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)))
    .map((k): StorageItemKey => `local:${k}`);
}

export interface StorageBackup {
  key: StorageItemKey;
  savedAt: number;
  value: unknown;
}

export async function getBackup(backupKey: StorageItemKey): Promise<StorageBackup | null> {
  return storage.getItem<StorageBackup>(backupKey);
}
