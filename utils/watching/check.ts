// Worker only: the watched-shows status check, one updates request then only the shows that changed.
import type { LookupService } from '../lookup/service';
import type { Show } from '../shows/show';
import { getWatchedShows, updateWatchedShow, type WatchedShow } from '../storage/watched-shows';
import { showKey, type ShowRef, type ShowSourceId } from '../shows/show-ref';
import type { ShowSource } from '../sources/show-source';
import { diffStatus, recordStatusCheck, type StatusChange, type StatusDetail } from './recent-changes';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
/** Margin for clock skew and a slow run: a check 23 h old is still covered by `since=day`. */
const WINDOW_SLACK_MS = HOUR_MS;

export interface CheckDeps {
  /** The source whose updates list says which shows changed. */
  source: Pick<ShowSource, 'id' | 'updates'>;
  /** `showByRef(ref, 0)` refetches and refreshes the lookup cache, so badges agree with notifications. */
  lookups: Pick<LookupService, 'showByRef'>;
  now?: () => number;
}

export interface CheckOutcome {
  /** Shows whose status was fetched successfully. */
  checked: number;
  /** Shows whose fetch failed; they stay due and are retried next run. */
  failed: number;
  changes: StatusChange[];
}

/** showKey → last change (unix seconds). */
type Updates = Record<string, number>;

/** The smallest updates window covering every show's last check; older checks are refetched anyway. */
export function updatesWindow(shows: readonly WatchedShow[], now: number): { since: 'day' | 'week'; ms: number } {
  const oldest = Math.min(now, ...shows.map((s) => s.lastCheckedAt ?? now));
  return now - oldest <= DAY_MS - WINDOW_SLACK_MS
    ? { since: 'day', ms: DAY_MS - WINDOW_SLACK_MS }
    : { since: 'week', ms: WEEK_MS - WINDOW_SLACK_MS };
}

/** Never checked, checked before the updates window, or changed at its source since the last check. */
export function isDue(show: WatchedShow, updates: Updates | null, now: number, windowMs: number): boolean {
  const last = show.lastCheckedAt;
  if (last === undefined || now - last > windowMs) return true;
  const updated = updates?.[showKey(show.ref)];
  return updated !== undefined && updated * 1000 > last;
}

/** What the notification says about the next season, when TVmaze knows. */
export function statusDetail(summary: Show | null): StatusDetail {
  if (!summary?.nextSeason) return {};
  const next = summary.nextEpisode;
  return next && next.season === summary.nextSeason
    ? { nextSeason: summary.nextSeason, nextAirdate: next.airdate.slice(0, 10) }
    : { nextSeason: summary.nextSeason };
}

/**
 * One pass over the watched list: one updates request, then only the shows that are due.
 * Every request goes through the client's shared rate limiter, so the list's size only sets the duration.
 */
export async function checkWatchedShows(deps: CheckDeps): Promise<CheckOutcome> {
  const now = deps.now ?? Date.now;
  const shows = await getWatchedShows();
  const start = now();
  const window = updatesWindow(shows, start);
  // No updates request when every show is due anyway (new list, or a long time offline).
  const needsUpdates = shows.some((s) => !isDue(s, null, start, window.ms));
  const updates = needsUpdates ? byShowKey(deps.source.id, await deps.source.updates(window.since)) : null;
  const due = shows.filter((s) => isDue(s, updates, start, window.ms));

  const results = await Promise.all(due.map((show) => checkOne(show.ref, deps.lookups, now)));
  return {
    checked: results.filter((r) => r !== 'failed').length,
    failed: results.filter((r) => r === 'failed').length,
    changes: results.filter((r): r is StatusChange => r !== null && r !== 'failed'),
  };
}

async function checkOne(
  ref: ShowRef,
  lookups: CheckDeps['lookups'],
  now: () => number,
): Promise<StatusChange | null | 'failed'> {
  // Stamped before the fetch, so an update landing during it is picked up next run.
  const at = now();
  let summary: Show | null;
  try {
    summary = await lookups.showByRef(ref, 0);
  } catch {
    return 'failed';
  }
  // null: TVmaze no longer has the id → unknown, which recordStatusCheck never lets hide a known status.
  const status = summary?.status ?? 'unknown';
  let change: StatusChange | null = null;
  // Diff against the stored show inside the edit, so a concurrent user edit is not overwritten.
  await updateWatchedShow(ref, (current) => {
    change = diffStatus(current, status, statusDetail(summary), at);
    return recordStatusCheck(current, status, at);
  });
  return change;
}

function byShowKey(source: ShowSourceId, updates: Record<string, number>): Updates {
  return Object.fromEntries(Object.entries(updates).map(([id, at]) => [showKey({ source, id: Number(id) }), at]));
}
