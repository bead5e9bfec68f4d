import { readSyncedList, writeSyncedList, type WriteOutcome } from './layout';
import { mergeSyncRecords } from './merge';
import type { SyncRecord } from './records';
import type { SyncArea, WriteRateGuard } from './sync-area';

export interface SyncRound {
  /** What this device should keep locally (and show) after the round. */
  records: SyncRecord[];
  write: WriteOutcome;
  /** Unreadable synced records that were skipped. */
  dropped: number;
  readError?: string;
}

/**
 * One sync round: read the other devices' list, merge with ours by show id, write the result.
 * If the synced copy cannot be read, ours is kept and nothing is overwritten.
 */
export async function syncWatchedRecords(
  area: SyncArea,
  local: readonly SyncRecord[],
  options: { now: number; guard?: WriteRateGuard; budget?: number },
): Promise<SyncRound> {
  const remote = await readSyncedList(area);
  if (!remote.ok) return { records: [...local], write: { kind: 'failed', error: remote.reason }, dropped: 0, readError: remote.reason };
  const records = mergeSyncRecords(local, remote.records, options.now);
  const write = await writeSyncedList(area, records, options);
  return { records, write, dropped: remote.dropped };
}
