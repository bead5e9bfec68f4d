// Stored data: typed items with numbered migrations, validated on read, backed up and reported instead of crashing.
import type * as z from 'zod/mini';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { backupRawValue } from './backups';
import { addStorageNotice } from './storage-notices';

/** A storage item plus what it takes to read it safely. */
export interface ValidatedItem<T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- item metadata is not used here
  item: WxtStorageItem<T, any>;
  version: number;
  schema: z.ZodMiniType<T>;
  /** The still-valid fields or entries of an unreadable value. Must not throw. */
  salvage: (raw: unknown) => T;
}

/** Raw stored value → valid value, without side effects (for watchers). */
export function parseOrSalvage<T>(spec: ValidatedItem<T>, raw: unknown): T {
  const parsed = spec.schema.safeParse(raw);
  return parsed.success ? parsed.data : spec.salvage(raw);
}

const recovering = new Map<string, Promise<unknown>>();

/**
 * Reads and validates an item. Never throws: an unreadable value is backed up, replaced by its
 * salvageable part, and reported with a storage notice.
 */
export async function readValidated<T>(spec: ValidatedItem<T>, now = Date.now()): Promise<T> {
  let raw: unknown;
  try {
    raw = await spec.item.getValue();
  } catch {
    return spec.salvage(undefined);
  }
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return parsed.data;

  // Concurrent readers share one recovery so the value is backed up and reported once.
  const pending = recovering.get(spec.item.key);
  if (pending) return pending as Promise<T>;
  const recovery = recover(spec, raw, now).finally(() => recovering.delete(spec.item.key));
  recovering.set(spec.item.key, recovery);
  return recovery;
}

async function recover<T>(spec: ValidatedItem<T>, raw: unknown, now: number): Promise<T> {
  const value = spec.salvage(raw);
  try {
    const backupKey = await backupRawValue(spec.item.key, raw, now);
    await spec.item.setValue(value);
    // A failed migration leaves the old version number behind; the repaired value is current.
    await storage.setMeta(spec.item.key, { v: spec.version });
    const empty = JSON.stringify(value) === JSON.stringify(spec.salvage(undefined));
    await addStorageNotice({ key: spec.item.key, lost: empty ? 'all' : 'part', backupKey, createdAt: now });
  } catch {
    // Storage itself is failing; the salvaged value is still the best answer for this read.
  }
  return value;
}

/** Calls `cb` with validated values whenever the item changes. Returns the unwatch function. */
export function watchValidated<T>(spec: ValidatedItem<T>, cb: (value: T) => void): () => void {
  return spec.item.watch((raw) => cb(parseOrSalvage(spec, raw)));
}

/** The entries of a stored list that still match `schema`; anything but a list yields []. */
export function validEntries<T>(raw: unknown, schema: z.ZodMiniType<T>): T[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
