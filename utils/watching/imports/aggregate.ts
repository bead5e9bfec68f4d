import { laterDate } from './dates';
import type { ExternalIds, ImportEntry, LineError, SeenEpisode } from './types';
import { MAX_ERROR_SHARE, MAX_LINE_ERRORS } from './limits';

const MAX_SOURCE_LINES = 5;

/** True when `a` is further into the show than `b`; an unknown episode counts as the season's start. */
export function isFurther(a: SeenEpisode, b: SeenEpisode | null): boolean {
  if (b === null) return true;
  if (a.season !== b.season) return a.season > b.season;
  return (a.episode ?? 0) > (b.episode ?? 0);
}

/** Collects episode sightings into one entry per show. */
export class EntryCollector {
  private readonly byKey = new Map<string, ImportEntry>();

  /** `countsAsEpisode`: the line is an episode even when its season is unknown. */
  add(
    key: string,
    seed: { title: string; year?: number; ids?: ExternalIds },
    seen: SeenEpisode | null,
    date: string | null,
    line: number,
    countsAsEpisode = seen !== null,
  ): void {
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { title: seed.title, ids: { ...seed.ids }, furthest: null, lastWatched: null, episodeCount: 0, sourceLines: [] };
      if (seed.year !== undefined) entry.year = seed.year;
      this.byKey.set(key, entry);
    } else if (seed.ids) {
      entry.ids = { ...seed.ids, ...entry.ids };
    }
    if (countsAsEpisode) entry.episodeCount++;
    if (seen && isFurther(seen, entry.furthest)) entry.furthest = { ...seen };
    entry.lastWatched = laterDate(entry.lastWatched, date);
    if (entry.sourceLines.length < MAX_SOURCE_LINES) entry.sourceLines.push(line);
  }

  entries(): ImportEntry[] {
    return [...this.byKey.values()];
  }
}

export function titleKey(title: string): string {
  return title.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A reason to reject the whole file when too much of it was unreadable, else null. */
export function tooManyErrors(errors: readonly LineError[], rows: number): LineError | null {
  if (errors.length === 0) return null;
  if (errors.length > MAX_LINE_ERRORS || (rows > 0 && errors.length / rows > MAX_ERROR_SHARE)) return errors[0]!;
  return null;
}
