/**
 * History imports: one entry point that sniffs the format and runs its parser. Pure; the
 * options page reads the file, the worker resolves titles, nothing here touches storage.
 */
import { parseNetflixCsv, type NetflixOptions } from './netflix';
import { sniffImport } from './sniff';
import { parseTraktJson } from './trakt';
import { parseTvTimeCsv } from './tvtime';
import type { ImportResult } from './types';

export type * from './types';
export { sniffImport, type SniffResult } from './sniff';
export { parseNetflixCsv } from './netflix';
export { parseTraktJson } from './trakt';
export { parseTvTimeCsv, parseTvTimeFiles, TV_TIME_FILES } from './tvtime';
export { MAX_IMPORT_BYTES } from './limits';

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
export * from './merge-plan';
export * from './import-job';
