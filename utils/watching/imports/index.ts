/**
 * History imports: one entry point that sniffs the format and runs its parser. Pure; the
 * options page reads the file, the worker resolves titles, nothing here touches storage.
 */
import { parseNetflixCsv, type NetflixOptions } from './netflix';
import { sniffImport } from './sniff';
import { parseTraktJson } from './trakt';
import { parseTvTimeCsv, parseTvTimeFiles } from './tvtime';
import type { ImportFormat, ImportResult } from './types';

export type * from './types';
export { sniffImport, type SniffResult } from './sniff';
export { parseNetflixCsv } from './netflix';
export { parseTraktJson } from './trakt';
export { parseTvTimeCsv, parseTvTimeFiles, TV_TIME_FILES } from './tvtime';
export { MAX_IMPORT_BYTES, tooLargeMessage } from './limits';

export function parseHistoryFile(fileName: string, text: string, options: NetflixOptions = {}): ImportResult {
  const sniffed = sniffImport(fileName, text);
  if (!sniffed.ok) return { ok: false, format: null, error: sniffed.error };
  switch (sniffed.format) {
    case 'netflix':
      return parseNetflixCsv(text, options);
    case 'trakt':
      return parseTraktJson(text);
    case 'tvtime':
      return parseTvTimeCsv(text, fileName);
  }
}
/** What each export is called in errors; the options page labels its inputs the same way. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  netflix: 'Netflix viewing activity',
  trakt: 'a Trakt export',
  tvtime: 'a TV Time export',
};

export interface HistoryFile {
  name: string;
  text: string;
}

/**
 * The files chosen for one import: one file, or the CSVs of one TV Time export together.
 * `expect` is the service whose button was used; a file from another one is refused by name.
 */
export function parseHistoryFiles(files: readonly HistoryFile[], options: NetflixOptions & { expect?: ImportFormat } = {}): ImportResult {
  const { expect, ...netflix } = options;
  if (files.length === 0) return { ok: false, format: null, error: 'No file was chosen.' };
  let result: ImportResult;
  if (files.length === 1) {
    result = parseHistoryFile(files[0]!.name, files[0]!.text, netflix);
  } else {
    const other = files.find((file) => {
      const sniffed = sniffImport(file.name, file.text);
      return !sniffed.ok || sniffed.format !== 'tvtime';
    });
    if (other) return { ok: false, format: null, error: `Choose one file at a time (only TV Time's export comes as several CSVs); ${other.name} is not one of TV Time's.` };
    result = parseTvTimeFiles(files);
  }
  if (expect && result.format && result.format !== expect) {
    return { ok: false, format: result.format, error: `This is ${FORMAT_NAMES[result.format]}, not ${FORMAT_NAMES[expect]}; nothing was imported. Choose it with its own button.` };
  }
  return result;
}

export * from './merge-plan';
export * from './import-job';
