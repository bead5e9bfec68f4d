import * as z from 'zod/mini';
import type { GeneratedI18nStructure } from '#i18n';
import { i18n } from '../i18n/messages';
import { formatDecimal } from '../i18n/locale';
import { sameShow, tvmazeRef } from '../shows/show-ref';
import { newWatchedShow, type WatchedShow } from '../storage/watched-shows';

export const EXPORT_FORMAT = 'greenlit-watched';
export const EXPORT_VERSION = 1;
/** A thousand shows export to about 100 KB; anything over 1 MB is not a Greenlit export. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
const MAX_REPORTED_PROBLEMS = 3;

/**
 * What an export file carries per show; addedAt and status history stay on this device.
 * File version 1 names a show by its TVmaze id; in memory every show has a ShowRef.
 */
export type PortableShow = Pick<WatchedShow, 'name' | 'progress' | 'protectSpoilers'> & { tvmazeId: number };

export type ImportResult = { ok: true; shows: PortableShow[] } | { ok: false; error: string };

export interface MergeResult {
  shows: WatchedShow[];
  added: WatchedShow[];
  updated: WatchedShow[];
  unchanged: number;
}

export function exportWatchedShows(shows: readonly WatchedShow[]): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    shows: shows.filter((show) => show.ref.source === 'tvmaze').map(portableOf),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "greenlit-watched-2025-01-31.json" */
export function exportFileName(now: Date): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

function toPortable({ tvmazeId, name, progress, protectSpoilers }: PortableShow): PortableShow {
  return { tvmazeId, name, progress: progress && { season: progress.season, episode: progress.episode }, protectSpoilers };
}

function portableOf({ ref, ...show }: WatchedShow): PortableShow {
  return toPortable({ ...show, tvmazeId: ref.id });
}

// Field problems are worded when a file is read (functions), in the reader's language.
type FieldProblem = keyof GeneratedI18nStructure & `importFile.field.${string}`;
const say = (key: FieldProblem) => () => i18n.t(key);
/** "is missing" when absent, otherwise the problem. */
const problem = (key: FieldProblem) => (issue: { input?: unknown }) =>
  i18n.t(issue.input === undefined ? 'importFile.field.missing' : key);
const wholeNumber = () =>
  z.int({ error: problem('importFile.field.wholeNumber') }).check(z.gte(0, { error: say('importFile.field.wholeNumber') }));

const importedShowSchema = z.object({
  tvmazeId: z
    .int({ error: problem('importFile.field.tvmazeId') })
    .check(z.positive({ error: say('importFile.field.tvmazeIdPositive') })),
  name: z.string({ error: problem('importFile.field.text') }).check(z.minLength(1, { error: say('importFile.field.notEmpty') })),
  progress: z.optional(
    z.nullable(z.object({ season: wholeNumber(), episode: wholeNumber() }, { error: say('importFile.field.progress') })),
  ),
  protectSpoilers: z.optional(z.boolean({ error: say('importFile.field.trueOrFalse') })),
});

/**
 * Reads an export file. Never throws; every failure is a sentence the options page can show as is.
 * `sizeBytes` is the file's size, checked before the text is parsed.
 */
export function parseImportFile(text: string, sizeBytes: number): ImportResult {
  if (sizeBytes > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) {
    const size = formatDecimal(Math.max(sizeBytes, text.length) / (1024 * 1024), 1);
    return fail(i18n.t('importFile.tooLarge', [size]));
  }
  if (text.trim() === '') return fail(i18n.t('importFile.empty'));

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(i18n.t('importFile.notJson'));
  }

  const header = checkHeader(data);
  if (header) return fail(header);
  const { shows } = data as { shows: unknown };
  if (!Array.isArray(shows)) return fail(i18n.t('importFile.noList'));

  const problems: string[] = [];
  const parsed: PortableShow[] = [];
  const firstIndexById = new Map<number, number>();
  shows.forEach((entry: unknown, index) => {
    const number = index + 1;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(i18n.t('importFile.notAnObject', [number]));
      return;
    }
    const result = importedShowSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(i18n.t('importFile.fieldProblem', [number, issue.path.join('.'), issue.message]));
      return;
    }
    const { tvmazeId, name, progress = null, protectSpoilers = true } = result.data;
    const first = firstIndexById.get(tvmazeId);
    if (first !== undefined) {
      problems.push(i18n.t('importFile.duplicate', [number, tvmazeId, first + 1]));
      return;
    }
    firstIndexById.set(tvmazeId, index);
    parsed.push({ tvmazeId, name, progress, protectSpoilers });
  });

  if (problems.length > 0) return fail(describeProblems(problems));
  return { ok: true, shows: parsed };
}

function checkHeader(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data)) {
    return i18n.t('importFile.noFormat', [EXPORT_FORMAT]);
  }
  const { format, version } = data as { format: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    return i18n.t('importFile.otherFormat', [JSON.stringify(format), EXPORT_FORMAT]);
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return i18n.t('importFile.newerVersion', [version]);
  }
  if (version !== EXPORT_VERSION) {
    return i18n.t('importFile.unsupportedVersion', [JSON.stringify(version ?? null), EXPORT_VERSION]);
  }
  return null;
}

function describeProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const more = problems.length - shown.length;
  const tail = more > 0 ? [i18n.t('importFile.moreProblems', more)] : [];
  return [i18n.t('importFile.nothingImported'), ...shown, ...tail].join('\n');
}

const fail = (error: string): ImportResult => ({ ok: false, error });

/**
 * Merges imported shows into the list by show (a file's tvmazeId is a TVmaze ShowRef). Imported fields win; addedAt and status history are kept.
 * Shows missing from the file stay: importing never deletes.
 */
export function mergeImportedShows(
  existing: readonly WatchedShow[],
  imported: readonly PortableShow[],
  now = Date.now(),
): MergeResult {
  const byId = new Map(imported.map((show) => [show.tvmazeId, show]));
  const updated: WatchedShow[] = [];
  let unchanged = 0;

  const shows = existing.map((current) => {
    const incoming = byId.get(current.ref.id);
    if (!incoming || !sameShow(current.ref, tvmazeRef(incoming.tvmazeId))) return current;
    byId.delete(incoming.tvmazeId);
    const { tvmazeId: _id, ...fields } = toPortable(incoming);
    const merged: WatchedShow = { ...current, ...fields };
    if (samePortable(portableOf(current), portableOf(merged))) {
      unchanged++;
      return current;
    }
    updated.push(merged);
    return merged;
  });
  const added = [...byId.values()].map((show): WatchedShow => {
    const { tvmazeId, ...fields } = toPortable(show);
    return { ...newWatchedShow(tvmazeRef(tvmazeId), fields.name, now), ...fields };
  });

  return { shows: [...shows, ...added], added, updated, unchanged };
}

function samePortable(a: PortableShow, b: PortableShow): boolean {
  return JSON.stringify(toPortable(a)) === JSON.stringify(toPortable(b));
}
