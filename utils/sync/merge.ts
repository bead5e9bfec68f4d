import type { Synced, SyncedKind } from './kind';

/** Tombstones older than this are dropped; a device offline for longer may bring an entry back. */
export const TOMBSTONE_DAYS = 30;
const DAY = 86_400_000;

/**
 * The entry that wins: the newer change; on a tie a live entry beats a removal, then the list's own
 * rank, then the synced form itself, so that every device picks the same one and none writes back.
 */
function winner<L>(kind: SyncedKind<L>, a: Synced<L>, b: Synced<L>): Synced<L> {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (!!a.deleted !== !!b.deleted) return a.deleted ? b : a;
  const rank = (r: Synced<L>) => (r.deleted ? -1 : (kind.rank?.(r) ?? 0));
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return JSON.stringify(kind.compact(a)) >= JSON.stringify(kind.compact(b)) ? a : b;
}

/**
 * Two devices' lists merged by the list's key. Never loses an entry: one is gone only where a newer
 * removal says so, and expired tombstones are forgotten rather than kept forever.
 */
export function mergeSyncRecords<L>(
  kind: SyncedKind<L>,
  local: readonly Synced<L>[],
  remote: readonly Synced<L>[],
  now: number,
  tombstoneDays = TOMBSTONE_DAYS,
): Synced<L>[] {
  const byKey = new Map<string, Synced<L>>();
  for (const record of [...local, ...remote]) {
    const key = kind.keyOf(record);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, record);
      continue;
    }
    const pick = winner(kind, known, record);
    const other = pick === known ? record : known;
    byKey.set(key, kind.combine ? kind.combine(pick, other) : pick);
  }
  return [...byKey.values()].filter((r) => !r.deleted || now - r.updatedAt < tombstoneDays * DAY).sort((a, b) => kind.compare(a, b));
}

/**
 * Stamps this device's changes since the last sync: changed entries get `now`, removed ones become
 * tombstones, untouched ones keep their time so an older edit elsewhere cannot beat them.
 */
export function recordLocalChanges<L>(kind: SyncedKind<L>, previous: readonly Synced<L>[], list: readonly L[], nowMs: number): Synced<L>[] {
  // Whole seconds: the synced form keeps seconds, so our own entry reads back as equal, not newer.
  const now = Math.floor(nowMs / 1000) * 1000;
  const before = new Map(previous.map((r) => [kind.keyOf(r), r]));
  const out: Synced<L>[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    const key = kind.keyOf(entry);
    seen.add(key);
    const old = before.get(key);
    out.push(old && !old.deleted && kind.same(old, entry) ? old : { ...kind.listing(entry), updatedAt: now });
  }
  for (const old of previous) {
    if (seen.has(kind.keyOf(old))) continue;
    out.push(old.deleted ? old : { ...kind.tombstone(old), updatedAt: now, deleted: true });
  }
  return out;
}

/** The entries a merged list holds (tombstones left out), as the local list takes them. */
export function liveEntries<L>(kind: SyncedKind<L>, records: readonly Synced<L>[]): L[] {
  return records.filter((r) => !r.deleted).map((r) => kind.listing(r));
}
