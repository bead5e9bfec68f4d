import { findColumn, headerIndex, isBlankRecord, readCsv, type CsvRecord } from './csv';
import { inferDayOrder, normaliseDate } from './dates';
import { EntryCollector, titleKey, tooManyErrors } from './aggregate';
import { MAX_IMPORT_LINES, rejectRawInput } from './limits';
import { parseNetflixTitle, type NetflixTitle } from './netflix-title';
import type { ImportResult, LineError, SkippedLine } from './types';

/**
 * Netflix viewing history, in both shapes Netflix gives it:
 * - the "Viewing activity" page's download (NetflixViewingHistory.csv): `Title,Date`, a date in
 *   the account's locale, one line per title watched (newest first);
 * - the full data download's CONTENT_INTERACTION/ViewingActivity.csv: `Profile Name,Start Time,
 *   Duration,Attributes,Title,Supplemental Video Type,…`, UTC times, trailers and autoplay
 *   previews flagged in Supplemental Video Type, every profile of the account in one file.
 */

const TITLE_HEADERS = ['title', 'titel', 'título', 'titulo', 'titre', 'titolo', 'tytuł'];
const DATE_HEADERS = ['date', 'datum', 'fecha', 'data', 'date de visionnage'];
const FULL_COLUMNS = { profile: 0, start: 1, title: 4, supplemental: 5 } as const;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/;

export interface NetflixOptions {
  /** Full download only: keep this profile's lines and skip the others. */
  profile?: string;
}

interface Columns {
  title: number;
  date: number;
  profile?: number;
  supplemental?: number;
  hasHeader: boolean;
}

/** The header says which columns hold what; null with a reason when it is not Netflix's. */
export function netflixColumns(first: CsvRecord): Columns | string {
  const index = headerIndex(first.fields);
  const title = findColumn(index, TITLE_HEADERS);
  const start = findColumn(index, ['start time']);
  if (title !== undefined && start !== undefined) {
    return { title, date: start, profile: findColumn(index, ['profile name']), supplemental: findColumn(index, ['supplemental video type']), hasHeader: true };
  }
  const date = findColumn(index, DATE_HEADERS);
  if (title !== undefined && date !== undefined) return { title, date, hasHeader: true };
  // Some people share ViewingActivity.csv without its header line.
  if (first.fields.length >= 6 && DATE_TIME.test(first.fields[1]!.trim())) {
    return { ...FULL_COLUMNS, date: FULL_COLUMNS.start, hasHeader: false };
  }
  const shown = first.fields.slice(0, 4).join(',');
  return `Line 1 should be Netflix's header "Title,Date" (or "Profile Name,Start Time,…" in the full data download), but it is "${shown.slice(0, 80)}".`;
}

export function parseNetflixCsv(text: string, options: NetflixOptions = {}): ImportResult {
  const fail = (error: string, line?: number): ImportResult => ({ ok: false, format: 'netflix', error, ...(line ? { line } : {}) });
  try {
    const raw = rejectRawInput(text);
    if (raw) return fail(raw);
    const { records, unterminatedAt } = readCsv(text, MAX_IMPORT_LINES + 1);
    if (records.length > MAX_IMPORT_LINES) return fail(`The file has more than ${MAX_IMPORT_LINES} lines; no viewing history is that long.`);
    const first = records[0];
    if (!first) return fail('The file is empty.');
    const columns = netflixColumns(first);
    if (typeof columns === 'string') return fail(columns, 1);
    const rows = columns.hasHeader ? records.slice(1) : records;

    const errors: LineError[] = [];
    const skipped: SkippedLine[] = [];
    if (unterminatedAt !== null) errors.push({ line: unterminatedAt, message: `Line ${unterminatedAt} opens a quote that never closes: the file looks cut short.` });

    const order = columns.profile === undefined ? inferDayOrder(rows.map((r) => r.fields[columns.date] ?? '')) : 'mdy';
    const profiles = new Set<string>();
    const wanted = options.profile?.trim().toLowerCase();

    interface Row { line: number; text: string; parsed: NetflixTitle; date: string | null }
    const kept: Row[] = [];
    for (const record of rows) {
      if (isBlankRecord(record)) {
        skipped.push({ line: record.line, text: '', reason: 'blank' });
        continue;
      }
      const title = record.fields[columns.title]?.trim() ?? '';
      if (!title) {
        errors.push({ line: record.line, message: `Line ${record.line} has no title (${record.fields.length} columns, expected at least ${columns.title + 1}).` });
        continue;
      }
      if (columns.profile !== undefined) {
        const profile = record.fields[columns.profile]?.trim() ?? '';
        if (profile) profiles.add(profile);
        if (wanted && profile.toLowerCase() !== wanted) {
          skipped.push({ line: record.line, text: title, reason: 'other-profile' });
          continue;
        }
      }
      if (columns.supplemental !== undefined && record.fields[columns.supplemental]?.trim()) {
        skipped.push({ line: record.line, text: title, reason: 'trailer' });
        continue;
      }
      const rawDate = record.fields[columns.date] ?? '';
      const date = normaliseDate(rawDate, order);
      if (date === null && rawDate.trim() !== '') {
        errors.push({ line: record.line, message: `Line ${record.line}: the date "${rawDate.slice(0, 30)}" is not a date.` });
        continue;
      }
      kept.push({ line: record.line, text: title, parsed: parseNetflixTitle(title), date });
    }

    // "Show: Episode title" is a film with a subtitle unless the same show has other episodes.
    const sightings = new Map<string, Set<string>>();
    for (const row of kept) {
      const p = row.parsed;
      if (p.kind !== 'episode' && p.kind !== 'two-part') continue;
      const key = titleKey(p.show);
      const set = sightings.get(key) ?? new Set<string>();
      set.add(p.kind === 'episode' ? `season:${p.season}:${p.episodeTitle}` : p.episodeTitle.toLowerCase());
      sightings.set(key, set);
    }

    const collector = new EntryCollector();
    for (const row of kept) {
      const p = row.parsed;
      if (p.kind === 'film') {
        skipped.push({ line: row.line, text: row.text, reason: 'film' });
      } else if (p.kind === 'junk') {
        skipped.push({ line: row.line, text: row.text, reason: 'trailer' });
      } else if (p.kind === 'two-part' && p.episode === null && (sightings.get(titleKey(p.show))?.size ?? 0) < 2) {
        skipped.push({ line: row.line, text: row.text, reason: 'maybe-film' });
      } else {
        // Netflix writes no season for single-season shows: "Show: Episode 49" is season 1.
        const season = p.kind === 'two-part' ? 1 : p.season;
        collector.add(titleKey(p.show), { title: p.show }, season === null ? null : { season, episode: p.episode }, row.date, row.line, true);
      }
    }

    const fatal = tooManyErrors(errors, rows.length + (unterminatedAt === null ? 0 : 1));
    if (fatal) return fail(`Too many lines could not be read; the first is line ${fatal.line}: ${fatal.message}`, fatal.line);
    const entries = collector.entries();
    if (entries.length === 0 && errors.length > 0) return fail(errors[0]!.message, errors[0]!.line);
    return { ok: true, format: 'netflix', entries, skipped, errors, ...(profiles.size > 0 ? { profiles: [...profiles] } : {}) };
  } catch (error) {
    return fail(`The file could not be read as Netflix viewing activity (${error instanceof Error ? error.message : String(error)}).`);
  }
}
