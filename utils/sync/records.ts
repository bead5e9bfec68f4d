import * as z from 'zod/mini';
import { parseShowKey, showKey, tvmazeRef, type ShowRef } from '../shows/show-ref';

/**
 * One watched show as it travels through storage.sync. Removals stay as tombstones for a while so
 * a device that still has the show does not bring it back straight away.
 */
export interface SyncRecord {
  ref: ShowRef;
  name: string;
  progress: { season: number; episode: number } | null;
  protectSpoilers: boolean;
  inCalendar: boolean;
  /** When this device last changed the show (ms); the newer change wins a merge. */
  updatedAt: number;
  deleted?: true;
}

/** Names are cut so 500 shows fit the 100 kB quota; the full name comes back from TVmaze. */
export const SYNC_NAME_LENGTH = 40;

/** Flag bits; both 0 by default, so most records carry none. */
const SPOILERS_OFF = 1;
const OUT_OF_CALENDAR = 2;

/** A TVmaze show is its bare id (most records); a show from another source is its showKey. */
type CompactRef = number | string;

/**
 * Compact form: [ref, updatedAt in seconds, season, episode, name, flags?] for a show (season -1
 * for no progress), [ref, updatedAt in seconds] for a tombstone.
 */
export type CompactRecord = [CompactRef, number, number, number, string] | [CompactRef, number, number, number, string, number] | [CompactRef, number];

const compactRef = (ref: ShowRef): CompactRef => (ref.source === 'tvmaze' ? ref.id : showKey(ref));

export function compactRecord(record: SyncRecord): CompactRecord {
  const ref = compactRef(record.ref);
  const at = Math.round(record.updatedAt / 1000);
  if (record.deleted) return [ref, at];
  const flags = (record.protectSpoilers ? 0 : SPOILERS_OFF) | (record.inCalendar ? 0 : OUT_OF_CALENDAR);
  const fields: CompactRecord = [ref, at, record.progress?.season ?? -1, record.progress?.episode ?? 0, record.name.slice(0, SYNC_NAME_LENGTH)];
  return flags === 0 ? fields : [...fields, flags];
}

const refField = z.union([z.int().check(z.positive()), z.string().check(z.maxLength(40))]);
const showFields = [refField, z.int().check(z.gte(0)), z.int().check(z.gte(-1)), z.int().check(z.gte(0)), z.string()] as const;
const compactSchema = z.union([
  z.tuple([...showFields]),
  z.tuple([...showFields, z.int().check(z.gte(0))]),
  z.tuple([refField, z.int().check(z.gte(0))]),
]);

function expandRef(ref: CompactRef): ShowRef | null {
  return typeof ref === 'number' ? tvmazeRef(ref) : parseShowKey(ref);
}

/** Null for anything that is not a compact record; sync data from another version never crashes us. */
export function expandRecord(raw: unknown): SyncRecord | null {
  const parsed = compactSchema.safeParse(raw);
  if (!parsed.success) return null;
  const value = parsed.data;
  const ref = expandRef(value[0]);
  if (!ref) return null;
  if (value.length === 2) return { ref, name: '', progress: null, protectSpoilers: true, inCalendar: true, updatedAt: value[1] * 1000, deleted: true };
  const [, at, season, episode, name] = value;
  const flags = value[5] ?? 0;
  return {
    ref,
    name,
    progress: season < 0 ? null : { season, episode },
    protectSpoilers: (flags & SPOILERS_OFF) === 0,
    inCalendar: (flags & OUT_OF_CALENDAR) === 0,
    updatedAt: at * 1000,
  };
}
