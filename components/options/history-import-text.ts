// Every sentence of the history import on the options page, worded when read, in the reader's language.
import { formatEpisodeCode } from '@/utils/i18n/locale';
import { i18n } from '@/utils/i18n/messages';
import type { EpisodeProgress } from '@/utils/storage/watched-shows';
import type { ImportFormat } from '@/utils/watching/imports';
import type { ProgressChange } from '@/utils/watching/imports/merge-plan';
import type { SkipReason } from '@/utils/watching/imports/types';

export const IMPORT_SOURCES: { format: ImportFormat; readonly label: string; readonly hint: string; accept: string; multiple: boolean }[] = [
  {
    format: 'netflix',
    get label() {
      return i18n.t('historyImport.netflix.label');
    },
    get hint() {
      return i18n.t('historyImport.netflix.hint');
    },
    accept: '.csv,text/csv',
    multiple: false,
  },
  {
    format: 'trakt',
    get label() {
      return i18n.t('historyImport.trakt.label');
    },
    get hint() {
      return i18n.t('historyImport.trakt.hint');
    },
    accept: '.json,application/json',
    multiple: false,
  },
  {
    format: 'tvtime',
    get label() {
      return i18n.t('historyImport.tvtime.label');
    },
    get hint() {
      return i18n.t('historyImport.tvtime.hint');
    },
    accept: '.csv,text/csv',
    multiple: true,
  },
];

export const TEXT = {
  get intro() {
    return i18n.t('historyImport.intro');
  },
  get busy() {
    return i18n.t('historyImport.busy');
  },
  get profileLabel() {
    return i18n.t('historyImport.profileLabel');
  },
  get profileButton() {
    return i18n.t('historyImport.profileButton');
  },
  get matching() {
    return i18n.t('historyImport.matching');
  },
  get cancel() {
    return i18n.t('historyImport.cancel');
  },
  get cancelled() {
    return i18n.t('historyImport.cancelled');
  },
  get matchedHeading() {
    return i18n.t('historyImport.matchedHeading');
  },
  get choiceHeading() {
    return i18n.t('historyImport.choiceHeading');
  },
  get unmatchedNote() {
    return i18n.t('historyImport.unmatchedNote');
  },
  get ambiguousNote() {
    return i18n.t('historyImport.ambiguousNote');
  },
  get leaveOut() {
    return i18n.t('historyImport.leaveOut');
  },
  get skippedHeading() {
    return i18n.t('historyImport.skippedHeading');
  },
  get errorsHeading() {
    return i18n.t('historyImport.errorsHeading');
  },
  get nothingToImport() {
    return i18n.t('historyImport.nothingToImport');
  },
  leftOut: (n: number) => i18n.t('historyImport.leftOut', n),
};

export function progressText(done: number, total: number): string {
  return i18n.t('historyImport.progress', [done, total]);
}

/** "Import 38 shows": the confirm button. */
export function confirmLabel(shows: number): string {
  return i18n.t('historyImport.confirm', shows);
}

export function importedText({ added, updated, unchanged }: { added: number; updated: number; unchanged: number }): string {
  const parts = [
    added > 0 && i18n.t('historyImport.added', added),
    updated > 0 && i18n.t('historyImport.further', updated),
    unchanged > 0 && i18n.t('options.importExport.upToDate', unchanged),
  ].filter((part): part is string => typeof part === 'string');
  const total = added + updated + unchanged;
  return i18n.t('historyImport.imported', total, [total, parts.join(i18n.t('historyImport.partSeparator'))]);
}

/** "S2E5", "Season 3" when only the season is known, "not started". */
export function progressLabel(progress: EpisodeProgress | null): string {
  if (!progress) return i18n.t('historyImport.notStarted');
  return progress.episode === 0
    ? i18n.t('historyImport.seasonOnly', [progress.season])
    : formatEpisodeCode(progress.season, progress.episode);
}

export const CHANGE_TEXT: Record<ProgressChange, string> = {
  get new() {
    return i18n.t('historyImport.change.new');
  },
  get further() {
    return i18n.t('historyImport.change.further');
  },
  get unchanged() {
    return i18n.t('historyImport.change.unchanged');
  },
  get behind() {
    return i18n.t('historyImport.change.behind');
  },
};

export const SKIP_TEXT: Record<SkipReason, string> = {
  get film() {
    return i18n.t('historyImport.skip.film');
  },
  get 'maybe-film'() {
    return i18n.t('historyImport.skip.maybeFilm');
  },
  get trailer() {
    return i18n.t('historyImport.skip.trailer');
  },
  get blank() {
    return i18n.t('historyImport.skip.blank');
  },
  get 'not-followed'() {
    return i18n.t('historyImport.skip.notFollowed');
  },
  get 'other-profile'() {
    return i18n.t('historyImport.skip.otherProfile');
  },
};

export function linesText(lines: readonly number[]): string {
  return i18n.t('historyImport.lines', lines.length, [formatLines(lines)]);
}

const formatLines = (lines: readonly number[]) => lines.join(', ');

/** The parser's reason, with the line when the reason does not name it already. */
export function startErrorText(fileName: string, error: string, line?: number): string {
  const named = line && !new RegExp(`\\b(line|item) ${line}\\b`, 'i').test(error);
  return named ? i18n.t('historyImport.startErrorAtLine', [fileName, line, error]) : i18n.t('historyImport.startError', [fileName, error]);
}
