import type { Correction } from '../storage/corrections';
import { newWatchedShow, type WatchedShow } from '../storage/watched-shows';
import { correctionsKind, syncsCorrection, type ListedCorrection } from './correction-records';
import type { Synced, SyncedKind } from './kind';
import { sameSyncedName, watchedKind, type ListedShow, type SyncRecord } from './records';

/** How a synced list's entries become a local list's (which may keep more of each, on this device only). */
export interface ApplyRules<T, L> {
  kind: SyncedKind<L>;
  /** What of a local entry syncs. */
  listing(local: T): L;
  /** The local entry with another device's change; `at` is when that change was made. */
  update(local: T, synced: L, at: number): T;
  /** A local entry for one another device added. */
  create(synced: L, at: number): T;
  /** Whether a local entry goes through sync at all; one that does not is never touched here. */
  syncs?(synced: L): boolean;
  /** Puts a changed list in the local list's own order (it may sort in place). */
  arrange?(next: T[]): T[];
}

/**
 * The local list after a sync round: entries other devices added join, their changes apply, entries
 * they removed go. Only entries untouched since `snapshot` (the list the round started from) are
 * changed: an edit made during the round wins and goes out with the next one. Returns `current`
 * itself when nothing changes.
 */
export function applySynced<T, L>(rules: ApplyRules<T, L>, current: readonly T[], snapshot: readonly T[], records: readonly Synced<L>[]): readonly T[] {
  const { kind } = rules;
  const keyOf = (local: T) => kind.keyOf(rules.listing(local));
  const syncs = (entry: T) => rules.syncs?.(rules.listing(entry)) ?? true;
  const before = new Map(snapshot.filter(syncs).map((entry) => [keyOf(entry), entry]));
  const live = new Map(records.filter((r) => !r.deleted).map((r) => [kind.keyOf(r), r]));
  const untouched = (entry: T) => {
    const old = before.get(keyOf(entry));
    return old !== undefined && JSON.stringify(rules.listing(old)) === JSON.stringify(rules.listing(entry));
  };
  let changed = false;
  const next: T[] = [];
  const present = new Set<string>();
  for (const entry of current) {
    const key = keyOf(entry);
    present.add(key);
    const synced = live.get(key);
    if (!untouched(entry)) {
      next.push(entry);
    } else if (!synced) {
      changed = true; // removed on another device
    } else if (!kind.same(rules.listing(entry), synced)) {
      changed = true;
      next.push(rules.update(entry, kind.listing(synced), synced.updatedAt));
    } else {
      next.push(entry);
    }
  }
  for (const [key, synced] of live) {
    // Added elsewhere; an entry removed here during the round is not brought back.
    if (present.has(key) || before.has(key)) continue;
    changed = true;
    next.push(rules.create(kind.listing(synced), synced.updatedAt));
  }
  if (!changed) return current;
  return rules.arrange ? rules.arrange(next) : next;
}

/** What of a watched show travels through sync. */
export function listingOf(show: WatchedShow): ListedShow {
  return watchedKind.listing(show);
}

/** The watched list's rules; status history and addedAt stay local. */
export const watchedRules = (now: number): ApplyRules<WatchedShow, ListedShow> => ({
  kind: watchedKind,
  listing: listingOf,
  // A local name longer than sync carries is kept while it agrees with the synced cut.
  update: (show, synced) => ({ ...show, ...synced, name: sameSyncedName(show.name, synced.name) ? show.name : synced.name, ref: show.ref }),
  create: (synced) => ({ ...newWatchedShow(synced.ref, synced.name, now, synced.progress), protectSpoilers: synced.protectSpoilers, inCalendar: synced.inCalendar }),
});

export function applySyncedShows(current: readonly WatchedShow[], snapshot: readonly WatchedShow[], records: readonly SyncRecord[], now: number): readonly WatchedShow[] {
  return applySynced(watchedRules(now), current, snapshot, records);
}

/** The corrections' rules: a correction made elsewhere dates from when it was made there. */
export const correctionRules: ApplyRules<Correction, ListedCorrection> = {
  kind: correctionsKind,
  listing: (c) => correctionsKind.listing(c),
  syncs: syncsCorrection,
  update: (local, synced, at) => ({ ...synced, ...(sameSyncedName(local.name ?? '', synced.name ?? '') && local.name ? { name: local.name } : {}), createdAt: at }),
  create: (synced, at) => ({ ...synced, createdAt: at }),
  // Newest first, as the list keeps them: the oldest are the ones cut beyond MAX_CORRECTIONS.
  arrange: (next) => next.sort((a, b) => b.createdAt - a.createdAt),
};

