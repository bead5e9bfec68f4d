import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { showRefSchema } from '../shows/show';
import { sameShow, showKey, type ShowRef } from '../shows/show-ref';
import { RENEWAL_STATUSES, type RenewalStatus } from '../shows/status';
import { withKeyLock } from './lock';
import { readValidated, watchValidated, type ValidatedItem } from './validated-item';
import { WATCHED_SHOWS_MIGRATIONS } from './watched-shows-migrations';
import { STORAGE_VERSIONS } from './versions';

export interface EpisodeProgress {
  season: number;
  episode: number;
}

export interface WatchedShow {
  ref: ShowRef;
  name: string;
  /** Last episode the user has seen, or null when they have not started. */
  progress: EpisodeProgress | null;
  protectSpoilers: boolean;
  /** Whether the show's next episodes go into the "Add to calendar" export. */
  inCalendar: boolean;
  addedAt: number;
  /** Last known renewal status; a failed lookup does not overwrite it (see recordStatusCheck). */
  lastStatus?: RenewalStatus;
  lastCheckedAt?: number;
}

export const progressSchema = z.object({
  season: z.int().check(z.gte(0)),
  episode: z.int().check(z.gte(0)),
});

export const watchedShowSchema: z.ZodMiniType<WatchedShow> = z.object({
  ref: showRefSchema,
  name: z.string(),
  progress: z.nullable(progressSchema),
  protectSpoilers: z.boolean(),
  inCalendar: z.boolean(),
  addedAt: z.number(),
  lastStatus: z.optional(z.enum(RENEWAL_STATUSES)),
  lastCheckedAt: z.optional(z.number()),
});

const hasUniqueIds = (shows: WatchedShow[]) => new Set(shows.map((s) => showKey(s.ref))).size === shows.length;

/** A show as first added: not started, protected from spoilers, in the calendar. */
export function newWatchedShow(ref: ShowRef, name: string, addedAt: number, progress: EpisodeProgress | null = null): WatchedShow {
  return { ref, name, progress, protectSpoilers: true, inCalendar: true, addedAt };
}

export const watchedShowsSchema: z.ZodMiniType<WatchedShow[]> = z
  .array(watchedShowSchema)
  .check(z.refine(hasUniqueIds, 'Each show may appear only once'));

export const WATCHED_SHOWS_VERSION = STORAGE_VERSIONS.watchedShows;

export const watchedShowsItem = storage.defineItem<WatchedShow[]>('local:watchedShows', {
  fallback: [],
  version: WATCHED_SHOWS_VERSION,
  migrations: WATCHED_SHOWS_MIGRATIONS,
});

/** The readable entries of an unreadable list; the first of duplicate ids wins. */
export function salvageWatchedShows(raw: unknown): WatchedShow[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const shows: WatchedShow[] = [];
  for (const entry of raw) {
    const parsed = watchedShowSchema.safeParse(entry);
    if (!parsed.success || seen.has(showKey(parsed.data.ref))) continue;
    seen.add(showKey(parsed.data.ref));
    shows.push(parsed.data);
  }
  return shows;
}

const watchedShowsSpec: ValidatedItem<WatchedShow[]> = {
  item: watchedShowsItem,
  version: WATCHED_SHOWS_VERSION,
  schema: watchedShowsSchema,
  salvage: salvageWatchedShows,
};

/** Never throws; unreadable entries are backed up and left out. */
export function getWatchedShows(): Promise<WatchedShow[]> {
  return readValidated(watchedShowsSpec);
}

/** Replaces the whole list. Throws on invalid shows: that is a bug in the caller, not user data. */
export async function saveWatchedShows(shows: WatchedShow[]): Promise<void> {
  await watchedShowsItem.setValue(watchedShowsSchema.parse(shows));
}

/** Read-modify-write, serialised per context so quick successive edits are not lost. */
export function editWatchedShows<T>(edit: (shows: WatchedShow[]) => { shows: WatchedShow[]; result: T }): Promise<T> {
  return withKeyLock(watchedShowsItem.key, async () => {
    const current = await getWatchedShows();
    const { shows, result } = edit(current);
    if (shows !== current) await saveWatchedShows(shows);
    return result;
  });
}

/** Adds the show, or replaces the one with the same id in place. Returns the saved list. */
export function upsertWatchedShow(show: WatchedShow): Promise<WatchedShow[]> {
  return editWatchedShows((current) => {
    const index = current.findIndex((s) => sameShow(s.ref, show.ref));
    const shows = index === -1 ? [...current, show] : current.with(index, show);
    return { shows, result: shows };
  });
}

/** Applies `update` to one show; returns the updated show, or null when it is not watched. */
export function updateWatchedShow(
  ref: ShowRef,
  update: (show: WatchedShow) => WatchedShow,
): Promise<WatchedShow | null> {
  return editWatchedShows((current) => {
    const index = current.findIndex((s) => sameShow(s.ref, ref));
    if (index === -1) return { shows: current, result: null };
    const updated = { ...update(current[index]!), ref: current[index]!.ref };
    return { shows: current.with(index, updated), result: updated };
  });
}

/** Removes a show and returns it (for "Undo"), or null when it was not watched. */
export function removeWatchedShow(ref: ShowRef): Promise<WatchedShow | null> {
  return editWatchedShows((current) => {
    const removed = current.find((s) => sameShow(s.ref, ref)) ?? null;
    const shows = removed ? current.filter((s) => s !== removed) : current;
    return { shows, result: removed };
  });
}

/** Calls `cb` with the validated list whenever it changes. Returns the unwatch function. */
export function watchWatchedShows(cb: (shows: WatchedShow[]) => void): () => void {
  return watchValidated(watchedShowsSpec, cb);
}
