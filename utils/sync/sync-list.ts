import type { Synced, SyncedKind } from './kind';
import { readSyncedList, writeSyncedList, type WriteOutcome } from './layout';
import { mergeSyncRecords } from './merge';
import type { SyncArea, WriteRateGuard } from './sync-area';

export interface SyncRound<L> {
  /** What this device should keep locally (and show) after the round. */
  records: Synced<L>[];
  write: WriteOutcome;
  /** Unreadable synced entries that were skipped. */
  dropped: number;
  readError?: string;
}

/**
 * One sync round of one list: read the other devices' copy, merge with ours by key, write the
 * result. If the synced copy cannot be read, ours is kept and nothing is overwritten.
 */
export async function syncList<L>(
  area: SyncArea,
  kind: SyncedKind<L>,
  local: readonly Synced<L>[],
  options: { now: number; guard?: WriteRateGuard; budget?: number },
): Promise<SyncRound<L>> {
  const remote = await readSyncedList(area, kind);
  if (!remote.ok) return { records: [...local], write: { kind: 'failed', error: remote.reason }, dropped: 0, readError: remote.reason };
  const records = mergeSyncRecords(kind, local, remote.records, options.now);
  let write = await writeSyncedList(area, kind, records, options);
  // At its share's limit a list sheds its tombstones before it stays local: another device may
  // then bring a removed entry back, but nothing is lost, and a list cut down to fit syncs again.
  if (write.kind === 'too-large' && records.some((r) => r.deleted)) write = await writeSyncedList(area, kind, records.filter((r) => !r.deleted), options);
  return { records, write, dropped: remote.dropped };
}
