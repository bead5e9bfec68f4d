import * as z from 'zod/mini';

/**
 * One watched show as it travels through storage.sync. Removals stay as tombstones for a while so
 * a device that still has the show does not bring it back straight away.
 */
export interface SyncRecord {
  /** TVmaze id (ShowRef source 'tvmaze'). */
  id: number;
  name: string;
  progress: { season: number; episode: number } | null;
  /** When this device last changed the show (ms); the newer change wins a merge. */
  updatedAt: number;
  deleted?: true;
}

/** Names are cut so 500 shows fit the 100 kB quota; the full name comes back from TVmaze. */
export const SYNC_NAME_LENGTH = 40;

/**
 * Compact form: [id, updatedAt in seconds, season, episode, name] for a show (season -1 for no
 * progress), [id, updatedAt in seconds] for a tombstone.
 */
export type CompactRecord = [number, number, number, number, string] | [number, number];

export function compactRecord(record: SyncRecord): CompactRecord {
  const at = Math.round(record.updatedAt / 1000);
  if (record.deleted) return [record.id, at];
  return [record.id, at, record.progress?.season ?? -1, record.progress?.episode ?? 0, record.name.slice(0, SYNC_NAME_LENGTH)];
}

const compactSchema = z.union([
  z.tuple([z.int().check(z.positive()), z.int().check(z.gte(0)), z.int().check(z.gte(-1)), z.int().check(z.gte(0)), z.string()]),
  z.tuple([z.int().check(z.positive()), z.int().check(z.gte(0))]),
]);

/** Null for anything that is not a compact record; sync data from another version never crashes us. */
export function expandRecord(raw: unknown): SyncRecord | null {
  const parsed = compactSchema.safeParse(raw);
  if (!parsed.success) return null;
  const value = parsed.data;
  if (value.length === 2) return { id: value[0], name: '', progress: null, updatedAt: value[1] * 1000, deleted: true };
  const [id, at, season, episode, name] = value;
  return { id, name, progress: season < 0 ? null : { season, episode }, updatedAt: at * 1000 };
}
