import { compactRecord, expandRecord, type CompactRecord, type SyncRecord } from './records';
import { itemBytes, SYNC_QUOTAS, type SyncArea, type WriteRateGuard } from './sync-area';

/**
 * The watched list in storage.sync: a small meta item and numbered chunks of compact records,
 * each chunk under the per-item quota. The whole list is written in one `set` (one write
 * operation, applied together), stale chunks removed after; readers go by the meta's count.
 */

export const META_KEY = 'watched:meta';
export const CHUNK_PREFIX = 'watched:';
export const LAYOUT_VERSION = 1;
/** Room left in storage.sync for preferences and corrections, which sync too. */
export const RESERVED_BYTES = 12_288;
/** Chunks stop short of the per-item quota, so one record more never tips an item over. */
const CHUNK_LIMIT = SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM - 256;

interface Meta {
  v: number;
  n: number;
}

const chunkKey = (i: number) => `${CHUNK_PREFIX}${i}`;

/** Packs records into chunks of at most CHUNK_LIMIT bytes each. */
export function chunkRecords(records: readonly SyncRecord[]): CompactRecord[][] {
  const chunks: CompactRecord[][] = [];
  let current: CompactRecord[] = [];
  let bytes = 2 + chunkKey(99).length;
  for (const record of records) {
    const compact = compactRecord(record);
    const size = JSON.stringify(compact).length + 1;
    if (current.length > 0 && bytes + size > CHUNK_LIMIT) {
      chunks.push(current);
      current = [];
      bytes = 2 + chunkKey(99).length;
    }
    current.push(compact);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export type WriteOutcome =
  | { kind: 'written'; bytes: number; chunks: number }
  | { kind: 'unchanged'; bytes: number }
  /** The list outgrew sync: nothing was written, it stays on this device. */
  | { kind: 'too-large'; bytes: number; budget: number }
  | { kind: 'deferred'; retryAt: number }
  | { kind: 'failed'; error: string };

export function layoutItems(records: readonly SyncRecord[]): Record<string, unknown> {
  const chunks = chunkRecords(records);
  const items: Record<string, unknown> = { [META_KEY]: { v: LAYOUT_VERSION, n: chunks.length } satisfies Meta };
  chunks.forEach((chunk, i) => (items[chunkKey(i)] = chunk));
  return items;
}

export function layoutBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
}

export async function writeSyncedList(
  area: SyncArea,
  records: readonly SyncRecord[],
  options: { now: number; guard?: WriteRateGuard; budget?: number },
): Promise<WriteOutcome> {
  const budget = options.budget ?? SYNC_QUOTAS.QUOTA_BYTES - RESERVED_BYTES;
  const items = layoutItems(records);
  const bytes = layoutBytes(items);
  if (bytes > budget || Object.keys(items).length > SYNC_QUOTAS.MAX_ITEMS / 2) return { kind: 'too-large', bytes, budget };
  try {
    const stored = await area.get(null);
    const changed = Object.entries(items).some(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value));
    const stale = Object.keys(stored).filter((key) => key.startsWith(CHUNK_PREFIX) && key !== META_KEY && !(key in items));
    if (!changed && stale.length === 0) return { kind: 'unchanged', bytes };
    const ops = (changed ? 1 : 0) + (stale.length > 0 ? 1 : 0);
    if (options.guard) {
      const slot = options.guard.nextSlot(options.now, ops);
      if (slot > options.now) return { kind: 'deferred', retryAt: slot };
    }
    if (changed) await area.set(items);
    if (stale.length > 0) await area.remove(stale);
    options.guard?.record(options.now, ops);
    return { kind: 'written', bytes, chunks: Object.keys(items).length - 1 };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

export type ReadOutcome = { ok: true; records: SyncRecord[]; dropped: number } | { ok: false; reason: string };

/** Reads the synced list; unreadable records are dropped and counted, never thrown. */
export async function readSyncedList(area: SyncArea): Promise<ReadOutcome> {
  try {
    const meta = (await area.get([META_KEY]))[META_KEY] as Partial<Meta> | undefined;
    if (meta === undefined) return { ok: true, records: [], dropped: 0 };
    if (typeof meta !== 'object' || meta === null || typeof meta.n !== 'number' || !Number.isInteger(meta.n) || meta.n < 0) {
      return { ok: false, reason: 'The synced list has no readable index; it was left as it is.' };
    }
    if (meta.v !== LAYOUT_VERSION) return { ok: false, reason: `The synced list was written by another Greenlit version (layout ${String(meta.v)}).` };
    const keys = Array.from({ length: meta.n }, (_, i) => chunkKey(i));
    const stored = await area.get(keys);
    const records: SyncRecord[] = [];
    let dropped = 0;
    for (const key of keys) {
      const chunk = stored[key];
      if (!Array.isArray(chunk)) {
        dropped++;
        continue;
      }
      for (const raw of chunk) {
        const record = expandRecord(raw);
        if (record) records.push(record);
        else dropped++;
      }
    }
    return { ok: true, records, dropped };
  } catch (error) {
    return { ok: false, reason: `storage.sync could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
