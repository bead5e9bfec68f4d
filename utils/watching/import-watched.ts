import { getWatchedShows, saveWatchedShows, type WatchedShow } from '../storage/watched-shows';
import { mergeImportedShows, parseImportFile } from './import-export';

export type ImportOutcome =
  | { ok: true; added: WatchedShow[]; updated: WatchedShow[]; unchanged: number }
  | { ok: false; error: string };

/** Parses an export file and merges it into the stored list; a bad file changes nothing. */
export async function importWatchedShowsFile(text: string, sizeBytes: number, now = Date.now()): Promise<ImportOutcome> {
  const parsed = parseImportFile(text, sizeBytes);
  if (!parsed.ok) return parsed;
  const { shows, added, updated, unchanged } = mergeImportedShows(await getWatchedShows(), parsed.shows, now);
  if (added.length > 0 || updated.length > 0) await saveWatchedShows(shows);
  return { ok: true, added, updated, unchanged };
}
