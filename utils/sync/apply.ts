import { showKey } from '../shows/show-ref';
import { newWatchedShow, type WatchedShow } from '../storage/watched-shows';
import { liveShows, type ListedShow } from './merge';
import { SYNC_NAME_LENGTH, type SyncRecord } from './records';

/** What of a watched show travels through sync. */
export function listingOf(show: WatchedShow): ListedShow {
  const { ref, name, progress, protectSpoilers, inCalendar } = show;
  return { ref, name, progress, protectSpoilers, inCalendar };
}

/** Synced names are cut at SYNC_NAME_LENGTH: a full local name that starts with the synced one is the same. */
const sameName = (local: string, synced: string) => local === synced || (synced.length === SYNC_NAME_LENGTH && local.startsWith(synced));

function sameListing(local: ListedShow, synced: ListedShow): boolean {
  return (
    sameName(local.name, synced.name) &&
    (local.progress?.season ?? null) === (synced.progress?.season ?? null) &&
    (local.progress?.episode ?? null) === (synced.progress?.episode ?? null) &&
    local.protectSpoilers === synced.protectSpoilers &&
    local.inCalendar === synced.inCalendar
  );
}

/**
 * The local list after a sync round: shows other devices added join, their changes apply, shows
 * they removed go. Only shows untouched since `snapshot` (the list the round started from) are
 * changed: an edit made during the round wins and goes out with the next one. Status history and
 * addedAt stay local. Returns `current` itself when nothing changes.
 */
export function applySyncedShows(current: readonly WatchedShow[], snapshot: readonly WatchedShow[], records: readonly SyncRecord[], now: number): readonly WatchedShow[] {
  const before = new Map(snapshot.map((s) => [showKey(s.ref), s]));
  const live = new Map(liveShows(records).map((s) => [showKey(s.ref), s]));
  const untouched = (show: WatchedShow) => {
    const old = before.get(showKey(show.ref));
    return old !== undefined && JSON.stringify(listingOf(old)) === JSON.stringify(listingOf(show));
  };
  let changed = false;
  const next: WatchedShow[] = [];
  const present = new Set<string>();
  for (const show of current) {
    const key = showKey(show.ref);
    present.add(key);
    const synced = live.get(key);
    if (!untouched(show)) {
      next.push(show);
    } else if (!synced) {
      changed = true; // removed on another device
    } else if (!sameListing(show, synced)) {
      changed = true;
      const name = sameName(show.name, synced.name) ? show.name : synced.name;
      next.push({ ...show, ...synced, name, ref: show.ref });
    } else {
      next.push(show);
    }
  }
  for (const [key, synced] of live) {
    // Added elsewhere; a show removed here during the round is not brought back.
    if (present.has(key) || before.has(key)) continue;
    changed = true;
    next.push({ ...newWatchedShow(synced.ref, synced.name, now, synced.progress), protectSpoilers: synced.protectSpoilers, inCalendar: synced.inCalendar });
  }
  return changed ? next : current;
}
