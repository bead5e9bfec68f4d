// Every sentence of the history import on the options page, in one place for the translation pass.
import type { EpisodeProgress } from '@/utils/storage/watched-shows';
import type { ImportFormat } from '@/utils/watching/imports';
import type { ProgressChange } from '@/utils/watching/imports/merge-plan';
import type { SkipReason } from '@/utils/watching/imports/types';

export const IMPORT_SOURCES: { format: ImportFormat; label: string; hint: string; accept: string; multiple: boolean }[] = [
  {
    format: 'netflix',
    label: 'Netflix viewing activity (CSV)',
    hint: 'On netflix.com: Account → your profile → Viewing activity → Download all. Or ViewingActivity.csv from Netflix’s full data download.',
    accept: '.csv,text/csv',
    multiple: false,
  },
  {
    format: 'trakt',
    label: 'Trakt export',
    hint: 'On trakt.tv: Settings → Data → Export; choose the watched-shows (or watched-history) JSON file.',
    accept: '.json,application/json',
    multiple: false,
  },
  {
    format: 'tvtime',
    label: 'TV Time export',
    hint: 'Unzip TV Time’s data export and choose its CSV files (seen_episode.csv or tracking-prod-records-v2.csv, and followed_tv_show.csv); several at once is fine.',
    accept: '.csv,text/csv',
    multiple: true,
  },
];

export const TEXT = {
  intro: 'Bring your history from another service: the shows you watched join your list with the furthest episode you saw. Nothing changes until you confirm.',
  busy: 'Finish or cancel the import below before starting another.',
  profileLabel: 'Whose viewing history?',
  profileButton: 'Import this profile',
  matching: 'Matching shows',
  cancel: 'Cancel import',
  cancelled: 'Import cancelled; your list was not changed.',
  matchedHeading: 'Matched',
  choiceHeading: 'Pick the show',
  unmatchedNote: 'No show on TVmaze has this name.',
  ambiguousNote: 'More than one show has this name:',
  leaveOut: 'Leave it out',
  skippedHeading: 'Skipped lines',
  errorsHeading: 'Lines that could not be read',
  nothingToImport: 'Nothing matched yet: pick the shows above, or cancel.',
  leftOut: (n: number) => `${n} left out.`,
};

export const countShows = (n: number) => `${n} ${n === 1 ? 'show' : 'shows'}`;

export function progressText(done: number, total: number): string {
  return `${TEXT.matching}: ${done} of ${total}`;
}

/** "Import 38 shows": the confirm button. */
export function confirmLabel(shows: number): string {
  return `Import ${countShows(shows)}`;
}

export function importedText({ added, updated, unchanged }: { added: number; updated: number; unchanged: number }): string {
  const parts = [
    added > 0 && `${added} added`,
    updated > 0 && `${updated} further along`,
    unchanged > 0 && `${unchanged} already up to date`,
  ].filter(Boolean);
  return `Imported ${countShows(added + updated + unchanged)}: ${parts.join(', ')}.`;
}

/** "S2E5", "Season 3" when only the season is known, "not started". */
export function progressLabel(progress: EpisodeProgress | null): string {
  if (!progress) return 'not started';
  return progress.episode === 0 ? `Season ${progress.season}` : `S${progress.season}E${progress.episode}`;
}

export const CHANGE_TEXT: Record<ProgressChange, string> = {
  new: 'new',
  further: 'further than your list',
  unchanged: 'as in your list',
  behind: 'your list is further; kept',
};

export const SKIP_TEXT: Record<SkipReason, string> = {
  film: 'a film',
  'maybe-film': 'a film or a special (no other episode of it)',
  trailer: 'a trailer or preview',
  blank: 'blank',
  'not-followed': 'a show you stopped following',
  'other-profile': 'another profile',
};

export function linesText(lines: readonly number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
}

/** The parser's reason, with the line when the reason does not name it already. */
export function startErrorText(fileName: string, error: string, line?: number): string {
  const where = line && !new RegExp(`\\b(line|item) ${line}\\b`, 'i').test(error) ? ` (line ${line})` : '';
  return `Nothing was imported from ${fileName}${where}. ${error}`;
}
