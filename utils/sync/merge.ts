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

/**
 * Two devices' lists merged by show id. Never loses a show: a show is gone only where a newer
 * removal says so, and expired tombstones are forgotten rather than kept forever.
 */
export function mergeSyncRecords(local: readonly SyncRecord[], remote: readonly SyncRecord[], now: number, tombstoneDays = TOMBSTONE_DAYS): SyncRecord[] {
  const byId = new Map<number, SyncRecord>();
  for (const record of [...local, ...remote]) {
    const known = byId.get(record.id);
    const pick = known ? winner(known, record) : record;
    // Synced names are cut short and tombstones carry none: keep the fuller name we know.
    const fuller = known && !pick.deleted && known.name.length > pick.name.length && known.name.startsWith(pick.name);
    byId.set(record.id, fuller ? { ...pick, name: known.name } : pick);
  }
  return [...byId.values()]
    .filter((r) => !r.deleted || now - r.updatedAt < tombstoneDays * DAY)
    .sort((a, b) => a.id - b.id);
}

export interface ListedShow {
  id: number;
  name: string;
  progress: { season: number; episode: number } | null;
}

/**
 * Stamps this device's changes since the last sync: changed shows get `now`, removed ones become
 * tombstones, untouched ones keep their time so an older edit elsewhere cannot beat them.
 */
export function recordLocalChanges(previous: readonly SyncRecord[], list: readonly ListedShow[], nowMs: number): SyncRecord[] {
  // Whole seconds: the synced form keeps seconds, so our own record reads back as equal, not newer.
  const now = Math.floor(nowMs / 1000) * 1000;
  const before = new Map(previous.map((r) => [r.id, r]));
  const out: SyncRecord[] = [];
  const seen = new Set<number>();
  for (const show of list) {
    seen.add(show.id);
    const old = before.get(show.id);
    const same = old && !old.deleted && old.name === show.name && JSON.stringify(old.progress) === JSON.stringify(show.progress);
    out.push(same ? old : { id: show.id, name: show.name, progress: show.progress, updatedAt: now });
  }
  for (const old of previous) {
    if (seen.has(old.id)) continue;
    out.push(old.deleted ? old : { id: old.id, name: old.name, progress: null, updatedAt: now, deleted: true });
  }
  return out;
}

/** The shows a merged record set lists (tombstones left out), for the watched list. */
export function liveShows(records: readonly SyncRecord[]): ListedShow[] {
  return records.filter((r) => !r.deleted).map(({ id, name, progress }) => ({ id, name, progress }));
}
