// Worker only: the next episodes of the shows in the calendar, from the lookup cache (fetched when stale).
import type { Show } from '../../shows/show';
import type { ShowRef } from '../../shows/show-ref';
import { getWatchedShows, type WatchedShow } from '../../storage/watched-shows';
import { buildNextEpisodesCalendar, type NextEpisode } from './next-episodes-ics';

export interface CalendarDeps {
  /** The lookup service's showByRef: cache first; maxAgeMs 0 asks the source again. */
  showByRef(ref: ShowRef, maxAgeMs?: number): Promise<Show | null>;
}

export interface WatchedCalendar {
  ics: string;
  /** Episodes in the file. */
  events: number;
  /** Shows switched on for the calendar. */
  shows: number;
  /** Shows that could not be looked up now (offline); left out of this file. */
  failed: string[];
}

export function nextEpisodeOf(show: Show): NextEpisode | null {
  const next = show.nextEpisode;
  if (!next) return null;
  return {
    show: show.ref,
    showName: show.name,
    episodeId: next.id ?? null,
    season: next.season,
    number: next.number,
    name: next.name ?? null,
    airdate: next.local?.date ?? next.airdate.slice(0, 10),
    airtime: next.local?.time ?? null,
    timezone: next.local?.timeZone ?? null,
    airstamp: next.airdate,
    runtime: next.runtime ?? null,
  };
}

/** Past episodes are left out: a calendar of what is coming. */
const upcoming = (episode: NextEpisode, today: string) => episode.airdate !== null && episode.airdate >= today;

export async function buildWatchedCalendar(watched: readonly WatchedShow[], deps: CalendarDeps, now: Date): Promise<WatchedCalendar> {
  const chosen = watched.filter((show) => show.inCalendar);
  const failed: string[] = [];
  const episodes: NextEpisode[] = [];
  const today = now.toISOString().slice(0, 10);
  for (const watchedShow of chosen) {
    try {
      let show = await deps.showByRef(watchedShow.ref);
      // Cached before calendars needed the network's clock: ask once more.
      if (show?.nextEpisode && !show.nextEpisode.local) show = await deps.showByRef(watchedShow.ref, 0);
      const episode = show && nextEpisodeOf(show);
      if (episode && upcoming(episode, today)) episodes.push(episode);
    } catch {
      failed.push(watchedShow.name);
    }
  }
  episodes.sort((a, b) => (a.airdate ?? '').localeCompare(b.airdate ?? '') || a.showName.localeCompare(b.showName));
  return { ics: buildNextEpisodesCalendar(episodes, { now }), events: episodes.length, shows: chosen.length, failed };
}

/** The `nextEpisodesCalendar` message: the stored list, the worker's lookups. */
export async function handleNextEpisodesCalendar(deps: CalendarDeps): Promise<WatchedCalendar> {
  return buildWatchedCalendar(await getWatchedShows(), deps, new Date());
}
