import { showKey, type ShowRef } from '../shows/show-ref';
import type { SyncRecord } from './records';

/** Tombstones older than this are dropped; a device offline for longer may bring a show back. */
export const TOMBSTONE_DAYS = 30;
const DAY = 86_400_000;

const progressRank = (r: SyncRecord) => (r.deleted || !r.progress ? -1 : r.progress.season * 100_000 + r.progress.episode);

/** The record that wins: the newer change; on a tie a live show beats a removal, then the further progress. */
function winner(a: SyncRecord, b: SyncRecord): SyncRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (!!a.deleted !== !!b.deleted) return a.deleted ? b : a;
  return progressRank(a) >= progressRank(b) ? a : b;
}

const byRef = (a: SyncRecord, b: SyncRecord) => a.ref.source.localeCompare(b.ref.source) || a.ref.id - b.ref.id;

/**
 * Two devices' lists merged by show id. Never loses a show: a show is gone only where a newer
 * removal says so, and expired tombstones are forgotten rather than kept forever.
 */
export function mergeSyncRecords(local: readonly SyncRecord[], remote: readonly SyncRecord[], now: number, tombstoneDays = TOMBSTONE_DAYS): SyncRecord[] {
  const byKey = new Map<string, SyncRecord>();
  for (const record of [...local, ...remote]) {
    const key = showKey(record.ref);
    const known = byKey.get(key);
    const pick = known ? winner(known, record) : record;
    // Synced names are cut short and tombstones carry none: keep the fuller name we know.
    const fuller = known && !pick.deleted && known.name.length > pick.name.length && known.name.startsWith(pick.name);
    byKey.set(key, fuller ? { ...pick, name: known.name } : pick);
  }
  return [...byKey.values()].filter((r) => !r.deleted || now - r.updatedAt < tombstoneDays * DAY).sort(byRef);
}

/** What of a watched show syncs. */
export interface ListedShow {
  ref: ShowRef;
  name: string;
  progress: { season: number; episode: number } | null;
  protectSpoilers: boolean;
  inCalendar: boolean;
}

const sameListing = (record: SyncRecord, show: ListedShow) =>
  !record.deleted &&
  record.name === show.name &&
  JSON.stringify(record.progress) === JSON.stringify(show.progress) &&
  record.protectSpoilers === show.protectSpoilers &&
  record.inCalendar === show.inCalendar;

/**
 * Stamps this device's changes since the last sync: changed shows get `now`, removed ones become
 * tombstones, untouched ones keep their time so an older edit elsewhere cannot beat them.
 */
export function recordLocalChanges(previous: readonly SyncRecord[], list: readonly ListedShow[], nowMs: number): SyncRecord[] {
  // Whole seconds: the synced form keeps seconds, so our own record reads back as equal, not newer.
  const now = Math.floor(nowMs / 1000) * 1000;
  const before = new Map(previous.map((r) => [showKey(r.ref), r]));
  const out: SyncRecord[] = [];
  const seen = new Set<string>();
  for (const show of list) {
    const key = showKey(show.ref);
    seen.add(key);
    const old = before.get(key);
    out.push(old && sameListing(old, show) ? old : { ...listing(show), updatedAt: now });
  }
  for (const old of previous) {
    if (seen.has(showKey(old.ref))) continue;
    out.push(old.deleted ? old : { ...old, progress: null, updatedAt: now, deleted: true });
  }
  return out;
}

function listing({ ref, name, progress, protectSpoilers, inCalendar }: ListedShow): ListedShow {
  return { ref, name, progress: progress && { season: progress.season, episode: progress.episode }, protectSpoilers, inCalendar };
}

/** The shows a merged record set lists (tombstones left out), for the watched list. */
export function liveShows(records: readonly SyncRecord[]): ListedShow[] {
  return records.filter((r) => !r.deleted).map(listing);
}
