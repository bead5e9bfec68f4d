import { findColumn, headerIndex, isBlankRecord, readCsv } from './csv';
import { EntryCollector, isFurther, titleKey, tooManyErrors } from './aggregate';
import { laterDate, normaliseDate } from './dates';
import { MAX_IMPORT_LINES, rejectRawInput } from './limits';
import type { ImportEntry, ImportResult, LineError, ParsedImport, SkippedLine } from './types';

/**
 * TV Time's data export (the GDPR ZIP of CSVs). Its column names changed over the years, so each
 * column is found by any of its known names:
 *   tracking-prod-records-v2.csv: series_name, season_number, episode_number, s_id (TheTVDB id), created_at
 *   tracking-prod-records.csv:    series_name, season_number, episode_number, series_id, watch_date | created_at,
 *                                 movie_name + entity_type for films
 *   seen_episode*.csv (older):    tv_show_name, episode_season_number, episode_number, tv_show_id, created_at | updated_at
 *   followed_tv_show.csv, user_tv_show_data.csv: tv_show_id, tv_show_name (is_followed): shows, no episodes
 * TV Time's show ids are TheTVDB's. The ZIP also holds tokens and device data; only these files
 * are meant to be read (TV_TIME_FILES).
 */

export const TV_TIME_FILES = [
  'tracking-prod-records-v2.csv',
  'tracking-prod-records.csv',
  'seen_episode.csv',
  'seen_episode_source.csv',
  'seen_episode_latest.csv',
  'rewatched_episode.csv',
  'followed_tv_show.csv',
  'user_tv_show_data.csv',
] as const;

const NAME = ['tv_show_name', 'series_name', 'show_name'];
const SEASON = ['episode_season_number', 'season_number', 's_no'];
const EPISODE = ['episode_number', 'ep_no'];
const DATE = ['watch_date', 'seen_date', 'created_at', 'updated_at'];
const SHOW_ID = ['tv_show_id', 'series_id', 's_id'];
const FOLLOWED = ['is_followed', 'followed'];
const MOVIE = ['movie_name'];
const ENTITY = ['entity_type'];

/** "Breaking Bad (2008)" → title and year; "The Office (US)" stays as written. */
export function splitTitleYear(name: string): { title: string; year?: number } {
  const m = /^(.*\S)\s+\((\d{4})\)$/.exec(name.trim());
  return m ? { title: m[1]!, year: Number(m[2]) } : { title: name.trim() };
}

const intOrNull = (raw: string | undefined, maxDigits = 5): number | null => {
  const text = raw?.trim() ?? '';
  return new RegExp(`^\\d{1,${maxDigits}}$`).test(text) ? Number(text) : null;
};

/** True when the header is one of TV Time's (a show-name column among its known names). */
export function looksLikeTvTimeHeader(fields: readonly string[]): boolean {
  const index = headerIndex(fields);
  return findColumn(index, NAME) !== undefined && (findColumn(index, SEASON) !== undefined || findColumn(index, SHOW_ID) !== undefined);
}

export function parseTvTimeCsv(text: string, fileName = 'the file'): ImportResult {
  const fail = (error: string, line?: number): ImportResult => ({ ok: false, format: 'tvtime', error, ...(line ? { line } : {}) });
  try {
    const raw = rejectRawInput(text);
    if (raw) return fail(raw);
    const { records, unterminatedAt } = readCsv(text, MAX_IMPORT_LINES + 1);
    if (records.length > MAX_IMPORT_LINES) return fail(`The file has more than ${MAX_IMPORT_LINES} lines.`);
    const header = records[0];
    if (!header) return fail('The file is empty.');
    const index = headerIndex(header.fields);
    const col = {
      name: findColumn(index, NAME),
      season: findColumn(index, SEASON),
      episode: findColumn(index, EPISODE),
      date: findColumn(index, DATE),
      id: findColumn(index, SHOW_ID),
      followed: findColumn(index, FOLLOWED),
      movie: findColumn(index, MOVIE),
      entity: findColumn(index, ENTITY),
    };
    if (col.name === undefined) {
      return fail(
        `Line 1 of ${fileName} has no show-name column ("tv_show_name" or "series_name"), so it is not one of TV Time's show files (${TV_TIME_FILES.join(', ')}).`,
        1,
      );
    }
    const collector = new EntryCollector();
    const skipped: SkippedLine[] = [];
    const errors: LineError[] = [];
    if (unterminatedAt !== null) errors.push({ line: unterminatedAt, message: `Line ${unterminatedAt} opens a quote that never closes: the file looks cut short.` });
    const field = (fields: string[], at: number | undefined) => (at === undefined ? '' : (fields[at]?.trim() ?? ''));

    const rows = records.slice(1);
    for (const { line, fields } of rows) {
      if (isBlankRecord({ line, fields })) {
        skipped.push({ line, text: '', reason: 'blank' });
        continue;
      }
      const name = field(fields, col.name);
      const movie = field(fields, col.movie);
      if (field(fields, col.entity).toLowerCase() === 'movie' || (!name && movie)) {
        skipped.push({ line, text: movie || name, reason: 'film' });
        continue;
      }
      if (!name) {
        skipped.push({ line, text: fields.join(',').slice(0, 80), reason: 'blank' });
        continue;
      }
      const { title, year } = splitTitleYear(name);
      const tvdb = intOrNull(field(fields, col.id), 10);
      const seed = { title, ...(year ? { year } : {}), ids: tvdb ? { tvdb } : {} };
      const key = tvdb ? `tvdb:${tvdb}` : `title:${titleKey(title)}`;
      const rawDate = field(fields, col.date);
      const date = rawDate ? normaliseDate(rawDate) : null;
      const seasonText = field(fields, col.season);
      const episodeText = field(fields, col.episode);
      if (seasonText || episodeText) {
        const season = intOrNull(seasonText);
        const episode = intOrNull(episodeText);
        if (season === null || episode === null) {
          errors.push({ line, message: `Line ${line}: season "${seasonText}" / episode "${episodeText}" of ${title} are not numbers.` });
          continue;
        }
        collector.add(key, seed, { season, episode }, date, line);
        continue;
      }
      const followed = field(fields, col.followed).toLowerCase();
      if (followed === '0' || followed === 'false') {
        skipped.push({ line, text: name, reason: 'not-followed' });
        continue;
      }
      collector.add(key, seed, null, date, line);
    }
    const fatal = tooManyErrors(errors, rows.length + (unterminatedAt === null ? 0 : 1));
    if (fatal) return fail(`Too many lines of ${fileName} could not be read; the first is line ${fatal.line}: ${fatal.message}`, fatal.line);
    const entries = collector.entries();
    if (entries.length === 0) return fail(errors[0]?.message ?? `${fileName} lists no shows.`, errors[0]?.line);
    return { ok: true, format: 'tvtime', entries, skipped, errors };
  } catch (error) {
    return fail(`The file could not be read as a TV Time export (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Merges entries from several files of one export: by TheTVDB id, else by title. */
export function combineEntries(lists: readonly ImportEntry[][]): ImportEntry[] {
  const byKey = new Map<string, ImportEntry>();
  const byTitle = new Map<string, string>();
  for (const list of lists) {
    for (const entry of list) {
      const titleK = `title:${titleKey(entry.title)}`;
      const key = entry.ids.tvdb !== undefined ? `tvdb:${entry.ids.tvdb}` : (byTitle.get(titleK) ?? titleK);
      byTitle.set(titleK, key);
      const known = byKey.get(key) ?? byKey.get(titleK);
      if (!known) {
        byKey.set(key, { ...entry, ids: { ...entry.ids }, sourceLines: [...entry.sourceLines] });
        continue;
      }
      known.ids = { ...entry.ids, ...known.ids };
      if (entry.furthest && isFurther(entry.furthest, known.furthest)) known.furthest = { ...entry.furthest };
      known.lastWatched = laterDate(known.lastWatched, entry.lastWatched);
      known.episodeCount += entry.episodeCount;
      known.year ??= entry.year;
    }
  }
  return [...byKey.values()];
}

/** Parses the CSVs of one TV Time export together; a file that is not one of its own is an error. */
export function parseTvTimeFiles(files: readonly { name: string; text: string }[]): ImportResult {
  const results = files.map((file) => ({ file, result: parseTvTimeCsv(file.text, file.name) }));
  const good = results.filter((r): r is { file: (typeof files)[number]; result: ParsedImport } => r.result.ok);
  const bad = results.find((r) => !r.result.ok);
  if (bad && !bad.result.ok) return { ...bad.result, error: `${bad.file.name}: ${bad.result.error}` };
  if (good.length === 0) return { ok: false, format: 'tvtime', error: 'No TV Time files were given.' };
  return {
    ok: true,
    format: 'tvtime',
    entries: combineEntries(good.map((g) => g.result.entries)),
    skipped: good.flatMap((g) => g.result.skipped.map((s) => ({ ...s, text: `${g.file.name}: ${s.text}` }))),
    errors: good.flatMap((g) => g.result.errors.map((e) => ({ ...e, message: `${g.file.name}: ${e.message}` }))),
  };
}
