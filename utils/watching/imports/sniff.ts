import { readCsv } from './csv';
import { rejectRawInput } from './limits';
import { netflixColumns } from './netflix';
import { looksLikeTvTimeHeader, TV_TIME_FILES } from './tvtime';
import type { ImportFormat } from './types';

export type SniffResult = { ok: true; format: ImportFormat } | { ok: false; error: string };

const NOT_AN_EXPORT = 'This is not a Netflix, Trakt or TV Time export';

/** Says which export a file is, from its name and first line, or why it is none of them. */
export function sniffImport(fileName: string, text: string): SniffResult {
  const raw = rejectRawInput(text);
  if (raw) return { ok: false, error: raw };
  const name = fileName.toLowerCase().split(/[\\/]/).pop() ?? '';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  if (start === '[' || start === '{') {
    if (/"format"\s*:\s*"greenlit-watched"/.test(body.slice(0, 200))) {
      return { ok: false, error: 'This is a Greenlit export; choose it under "Import a Greenlit export file" instead.' };
    }
    if (start === '{') return { ok: false, error: `${NOT_AN_EXPORT}: Trakt writes a list ("[…]"), this JSON is a single object.` };
    if (/"(show|movie|episode)"\s*:/.test(body.slice(0, 20000))) return { ok: true, format: 'trakt' };
    return { ok: false, error: `${NOT_AN_EXPORT}: the JSON list holds no "show" or "movie" items.` };
  }
  if (name.endsWith('.zip') || body.startsWith('PK')) return { ok: false, error: 'This is a ZIP archive; unzip it and choose the CSV inside.' };
  const first = readCsv(body, 1).records[0];
  if (!first) return { ok: false, error: 'The file is empty.' };
  if (looksLikeTvTimeHeader(first.fields) || (TV_TIME_FILES as readonly string[]).includes(name)) return { ok: true, format: 'tvtime' };
  if (typeof netflixColumns(first) !== 'string') return { ok: true, format: 'netflix' };
  const shown = first.fields.slice(0, 5).join(',').slice(0, 80);
  return {
    ok: false,
    error: `${NOT_AN_EXPORT}: its first line is "${shown}". Netflix's starts "Title,Date" (or "Profile Name,Start Time"), TV Time's files have a "tv_show_name" or "series_name" column, Trakt's are JSON.`,
  };
}
