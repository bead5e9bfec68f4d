import type { Synced, SyncedKind } from './kind';
import { itemBytes, SYNC_QUOTAS, type SyncArea, type WriteRateGuard } from './sync-area';

/**
 * A synced list in storage.sync: a small meta item and numbered chunks of compact entries, each
 * chunk under the per-item quota, all within the list's share. The whole list is written in one
 * `set` (one write operation, applied together), stale chunks removed after; readers go by the
 * meta's count. Each list has its own key prefix, so lists never touch each other's items.
 */

export const LAYOUT_VERSION = 1;
/** Chunks stop short of the per-item quota, so one entry more never tips an item over. */
const CHUNK_LIMIT = SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM - 256;

interface Meta {
  v: number;
  n: number;
}

const metaKey = (kind: { prefix: string }) => `${kind.prefix}meta`;
const chunkKey = (kind: { prefix: string }, i: number) => `${kind.prefix}${i}`;

/** Packs entries into chunks of at most CHUNK_LIMIT bytes each. */
export function chunkRecords<L>(kind: SyncedKind<L>, records: readonly Synced<L>[]): unknown[][] {
  const empty = 2 + chunkKey(kind, 99).length;
  const chunks: unknown[][] = [];
  let current: unknown[] = [];
  let bytes = empty;
  for (const record of records) {
    const compact = kind.compact(record);
    const size = new TextEncoder().encode(JSON.stringify(compact)).length + 1;
    if (current.length > 0 && bytes + size > CHUNK_LIMIT) {
      chunks.push(current);
      current = [];
      bytes = empty;
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
  /** The list outgrew its share of sync: nothing was written, it stays on this device. */
  | { kind: 'too-large'; bytes: number; budget: number }
  | { kind: 'deferred'; retryAt: number }
  | { kind: 'failed'; error: string };

export function layoutItems<L>(kind: SyncedKind<L>, records: readonly Synced<L>[]): Record<string, unknown> {
  const chunks = chunkRecords(kind, records);
  const items: Record<string, unknown> = { [metaKey(kind)]: { v: LAYOUT_VERSION, n: chunks.length } satisfies Meta };
  chunks.forEach((chunk, i) => (items[chunkKey(kind, i)] = chunk));
  return items;
}

export function layoutBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
}

export async function writeSyncedList<L>(
  area: SyncArea,
  kind: SyncedKind<L>,
  records: readonly Synced<L>[],
  options: { now: number; guard?: WriteRateGuard; budget?: number },
): Promise<WriteOutcome> {
  const budget = options.budget ?? kind.budget;
  const items = layoutItems(kind, records);
  const bytes = layoutBytes(items);
  if (bytes > budget || Object.keys(items).length > SYNC_QUOTAS.MAX_ITEMS / 2) return { kind: 'too-large', bytes, budget };
  try {
    const stored = await area.get(null);
    const changed = Object.entries(items).some(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value));
    const stale = Object.keys(stored).filter((key) => key.startsWith(kind.prefix) && !(key in items));
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

export type ReadOutcome<L> = { ok: true; records: Synced<L>[]; dropped: number } | { ok: false; reason: string };

/** Reads a synced list; unreadable entries are dropped and counted, never thrown. */
export async function readSyncedList<L>(area: SyncArea, kind: SyncedKind<L>): Promise<ReadOutcome<L>> {
  const what = `The synced copy of the ${kind.label}`;
  try {
    const meta = (await area.get([metaKey(kind)]))[metaKey(kind)] as Partial<Meta> | undefined;
    if (meta === undefined) return { ok: true, records: [], dropped: 0 };
    if (typeof meta !== 'object' || meta === null || typeof meta.n !== 'number' || !Number.isInteger(meta.n) || meta.n < 0) {
      return { ok: false, reason: `${what} has no readable index; it was left as it is.` };
    }
    if (meta.v !== LAYOUT_VERSION) return { ok: false, reason: `${what} was written by another Greenlit version (layout ${String(meta.v)}).` };
    const keys = Array.from({ length: meta.n }, (_, i) => chunkKey(kind, i));
    const stored = await area.get(keys);
    const records: Synced<L>[] = [];
    let dropped = 0;
    for (const key of keys) {
      const chunk = stored[key];
      if (!Array.isArray(chunk)) {
        dropped++;
        continue;
      }
      for (const raw of chunk) {
        const record = kind.expand(raw);
        if (record) records.push(record);
        else dropped++;
      }
    }
    return { ok: true, records, dropped };
  } catch (error) {
    return { ok: false, reason: `storage.sync could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
