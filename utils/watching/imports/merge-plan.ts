import { sameShow, showKey, type ShowRef } from '../../shows/show-ref';
import { newWatchedShow, type EpisodeProgress, type WatchedShow } from '../../storage/watched-shows';
import type { ImportEntry, SeenEpisode, SkippedLine } from './types';

/**
 * Turns parsed entries plus what the resolver found into the preview the user confirms, and the
 * watched list that confirming would save. Pure: it neither looks up nor stores anything.
 */

export interface ShowCandidate {
  ref: ShowRef;
  name: string;
  network?: string | null;
  year?: number | null;
}

export type Resolution =
  | { kind: 'matched'; show: ShowCandidate }
  | { kind: 'ambiguous'; candidates: ShowCandidate[] }
  | { kind: 'not-found' }
  /** The lookup kept failing (not offline: that waits); the user can still pick the show. */
  | { kind: 'failed'; reason: string };

export type ProgressChange = 'new' | 'further' | 'unchanged' | 'behind';

export interface MatchedRow {
  /** Index into the parsed entries, for "pick another show". */
  index: number;
  entry: ImportEntry;
  show: ShowCandidate;
  progress: EpisodeProgress | null;
  change: ProgressChange;
  picked: boolean;
}

export interface ImportPreview {
  matched: MatchedRow[];
  ambiguous: { index: number; entry: ImportEntry; candidates: ShowCandidate[] }[];
  unmatched: { index: number; entry: ImportEntry; reason?: string }[];
  skipped: SkippedLine[];
  /** The list after confirming: current shows first, in their order (other fields kept), then new ones. */
  merged: WatchedShow[];
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergeInput {
  entries: readonly ImportEntry[];
  skipped: readonly SkippedLine[];
  /** Parallel to `entries`; null or missing while still pending (counts as unmatched). */
  resolutions: readonly (Resolution | null | undefined)[];
  current: readonly WatchedShow[];
  /** The user's choice per entry index: a show, or null to leave the entry out. */
  picks?: ReadonlyMap<number, ShowCandidate | null>;
  /** `addedAt` of the shows the import adds. */
  now: number;
}

/**
 * A season seen without an episode number counts as that season's start (episode 0), so nothing
 * in it is treated as watched: spoiler protection errs on the safe side.
 */
export function toProgress(furthest: SeenEpisode | null): EpisodeProgress | null {
  return furthest === null ? null : { season: furthest.season, episode: furthest.episode ?? 0 };
}

export function compareProgress(a: EpisodeProgress | null, b: EpisodeProgress | null): number {
  if (a === null || b === null) return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  return a.season - b.season || a.episode - b.episode;
}

export const furthestProgress = (a: EpisodeProgress | null, b: EpisodeProgress | null) => (compareProgress(a, b) >= 0 ? a : b);

export function planImportMerge(input: MergeInput): ImportPreview {
  const { entries, resolutions, current, picks = new Map() } = input;
  const preview: ImportPreview = { matched: [], ambiguous: [], unmatched: [], skipped: [...input.skipped], merged: [], added: 0, updated: 0, unchanged: 0 };
  // Entries that land on one show (Netflix's title and a TV Time id) merge into the furthest.
  const imported = new Map<string, { show: ShowCandidate; progress: EpisodeProgress | null }>();

  entries.forEach((entry, index) => {
    const picked = picks.has(index);
    const choice = picks.get(index);
    if (picked && choice === null) return;
    const resolution = resolutions[index];
    const show = choice ?? (resolution?.kind === 'matched' ? resolution.show : undefined);
    if (!show) {
      if (resolution?.kind === 'ambiguous') preview.ambiguous.push({ index, entry, candidates: resolution.candidates });
      else if (resolution?.kind === 'failed') preview.unmatched.push({ index, entry, reason: resolution.reason });
      else preview.unmatched.push({ index, entry });
      return;
    }
    const progress = toProgress(entry.furthest);
    const existing = current.find((item) => sameShow(item.ref, show.ref));
    const change: ProgressChange = !existing
      ? 'new'
      : compareProgress(progress, existing.progress) > 0
        ? 'further'
        : compareProgress(progress, existing.progress) === 0
          ? 'unchanged'
          : 'behind';
    preview.matched.push({ index, entry, show, progress, change, picked: choice !== undefined && choice !== null });
    const key = showKey(show.ref);
    const before = imported.get(key);
    imported.set(key, { show: before?.show ?? show, progress: furthestProgress(before?.progress ?? null, progress) });
  });

  for (const item of current) {
    const incoming = imported.get(showKey(item.ref));
    if (!incoming) {
      preview.merged.push(item);
      continue;
    }
    imported.delete(showKey(item.ref));
    const progress = furthestProgress(item.progress, incoming.progress);
    if (compareProgress(progress, item.progress) > 0) {
      preview.merged.push({ ...item, progress });
      preview.updated++;
    } else {
      preview.merged.push(item);
      preview.unchanged++;
    }
  }
  for (const { show, progress } of imported.values()) {
    preview.merged.push(newWatchedShow(show.ref, show.name, input.now, progress));
    preview.added++;
  }
  return preview;
}
