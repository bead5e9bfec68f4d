import { applySynced, type ApplyRules } from './apply';
import type { Synced } from './kind';
import { recordLocalChanges } from './merge';
import type { SyncArea, WriteRateGuard } from './sync-area';
import { syncList, type SyncRound } from './sync-list';

/** A list kept in storage.local, as a sync round reads and rewrites it. */
export interface LocalList<T> {
  get(): Promise<readonly T[]>;
  /** Read-modify-write under the list's lock; `update` returns `current` itself when nothing changes. */
  update(update: (current: readonly T[]) => readonly T[]): Promise<void>;
}

/**
 * One list's part of a round: this device's changes since `base` (what it last synced) are
 * stamped, synced, and what other devices changed is applied to the local list. A synced copy that
 * cannot be read changes nothing here.
 */
export async function syncLocalList<T, L>(
  area: SyncArea,
  rules: ApplyRules<T, L>,
  list: LocalList<T>,
  base: readonly Synced<L>[],
  options: { now: number; guard?: WriteRateGuard },
): Promise<SyncRound<L>> {
  const snapshot = await list.get();
  const listed = snapshot.map((entry) => rules.listing(entry)).filter((entry) => rules.syncs?.(entry) ?? true);
  const local = recordLocalChanges(rules.kind, base, listed, options.now);
  const round = await syncList(area, rules.kind, local, options);
  if (!round.readError) await list.update((current) => applySynced(rules, current, snapshot, round.records));
  return round;
}
