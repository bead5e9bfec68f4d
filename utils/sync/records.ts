import * as z from 'zod/mini';
import { parseShowKey, showKey, tvmazeRef, type ShowRef } from '../shows/show-ref';
import { SYNC_BUDGET } from './budget';
import type { Synced, SyncedKind } from './kind';

/** What of a watched show syncs. Status history and addedAt stay on each device. */
export interface ListedShow {
  ref: ShowRef;
  name: string;
  progress: { season: number; episode: number } | null;
  protectSpoilers: boolean;
  inCalendar: boolean;
}

/**
 * One watched show as it travels through storage.sync. Removals stay as tombstones for a while so
 * a device that still has the show does not bring it back straight away.
 */
export type SyncRecord = Synced<ListedShow>;

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

export const compactRef = (ref: ShowRef): CompactRef => (ref.source === 'tvmaze' ? ref.id : showKey(ref));

/** Synced names are cut: two names that agree as far as sync keeps them are the same. */
export const sameSyncedName = (a: string, b: string) => a.slice(0, SYNC_NAME_LENGTH) === b.slice(0, SYNC_NAME_LENGTH);

/** Synced names are cut short and tombstones carry none: a merge keeps the fuller name it knows. */
export function keepFullerName<T extends { name?: string; deleted?: true }>(winner: T, other: T): T {
  const name = winner.name ?? '';
  return !winner.deleted && other.name !== undefined && other.name.length > name.length && other.name.startsWith(name) ? { ...winner, name: other.name } : winner;
}

export function compactRecord(record: SyncRecord): CompactRecord {
  const ref = compactRef(record.ref);
  const at = Math.round(record.updatedAt / 1000);
  if (record.deleted) return [ref, at];
  const flags = (record.protectSpoilers ? 0 : SPOILERS_OFF) | (record.inCalendar ? 0 : OUT_OF_CALENDAR);
  const fields: CompactRecord = [ref, at, record.progress?.season ?? -1, record.progress?.episode ?? 0, record.name.slice(0, SYNC_NAME_LENGTH)];
  return flags === 0 ? fields : [...fields, flags];
}

export const refField = z.union([z.int().check(z.positive()), z.string().check(z.maxLength(40))]);
const showFields = [refField, z.int().check(z.gte(0)), z.int().check(z.gte(-1)), z.int().check(z.gte(0)), z.string()] as const;
const compactSchema = z.union([
  z.tuple([...showFields]),
  z.tuple([...showFields, z.int().check(z.gte(0))]),
  z.tuple([refField, z.int().check(z.gte(0))]),
]);

export function expandRef(ref: CompactRef): ShowRef | null {
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

const progressRank = (r: ListedShow) => (r.progress ? r.progress.season * 100_000 + r.progress.episode : -1);

/** The watched list as a synced list: merged by show id, the further progress winning a tie. */
export const watchedKind: SyncedKind<ListedShow> = {
  label: 'watched list',
  prefix: 'watched:',
  budget: SYNC_BUDGET.watched,
  keyOf: (show) => showKey(show.ref),
  listing: ({ ref, name, progress, protectSpoilers, inCalendar }) => ({
    ref,
    name,
    progress: progress && { season: progress.season, episode: progress.episode },
    protectSpoilers,
    inCalendar,
  }),
  same: (a, b) =>
    sameSyncedName(a.name, b.name) &&
    (a.progress?.season ?? null) === (b.progress?.season ?? null) &&
    (a.progress?.episode ?? null) === (b.progress?.episode ?? null) &&
    a.protectSpoilers === b.protectSpoilers &&
    a.inCalendar === b.inCalendar,
  tombstone: (show) => ({ ...show, progress: null }),
  compact: compactRecord,
  expand: expandRecord,
  rank: progressRank,
  combine: keepFullerName,
  compare: (a, b) => a.ref.source.localeCompare(b.ref.source) || a.ref.id - b.ref.id,
};
