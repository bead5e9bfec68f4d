import type { SyncRound } from './sync-list';
import type { ListStatus, SyncStatus } from './sync-state';

type ListOutcome = ListStatus | { kind: 'failed'; error: string } | { kind: 'waiting'; retryAt: number };

function outcomeOf(round: SyncRound<unknown>): ListOutcome {
  const count = round.records.filter((r) => !r.deleted).length;
  const { write } = round;
  switch (write.kind) {
    case 'written':
    case 'unchanged':
      return { kind: 'synced', bytes: write.bytes, count };
    case 'too-large':
      return { kind: 'too-large', bytes: write.bytes, budget: write.budget, count };
    case 'deferred':
      return { kind: 'waiting', retryAt: write.retryAt };
    case 'failed':
      return { kind: 'failed', error: write.error };
  }
}

/**
 * One status for a round of both lists and the preferences: a list's failure says so first, then a
 * write waiting for the rate limits; otherwise the watched list's state, with the corrections'.
 */
export function roundStatus(at: number, watched: SyncRound<unknown>, corrections: SyncRound<unknown>, prefsError?: string): SyncStatus {
  const lists = [outcomeOf(watched), outcomeOf(corrections)] as const;
  const failed = lists.find((o) => o.kind === 'failed');
  if (failed) return { kind: 'failed', at, error: failed.error };
  const waiting = lists.flatMap((o) => (o.kind === 'waiting' ? [o.retryAt] : []));
  if (waiting.length > 0) return { kind: 'waiting', at, retryAt: Math.max(...waiting) };
  const [shows, fixes] = lists as readonly [ListStatus, ListStatus];
  // A list that outgrew sync is the more useful thing to tell than a preferences hiccup.
  if (prefsError !== undefined && shows.kind === 'synced' && fixes.kind === 'synced') return { kind: 'failed', at, error: prefsError };
  return shows.kind === 'synced'
    ? { kind: 'synced', at, bytes: shows.bytes, shows: shows.count, corrections: fixes }
    : { kind: 'too-large', at, bytes: shows.bytes, budget: shows.budget, shows: shows.count, corrections: fixes };
}
