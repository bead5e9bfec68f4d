import * as z from 'zod/mini';
import { showRefSchema } from '../../shows/show';
import type { WatchedShow } from '../../storage/watched-shows';
import { planImportMerge, type ImportPreview, type Resolution, type ShowCandidate } from './merge-plan';
import type { ImportEntry, ImportFormat, LineError, ParsedImport, SkippedLine } from './types';

/**
 * A resumable import as a pure state machine. Resolving 300 titles at TVmaze's rate takes
 * minutes, so the state is saved after each step (it is plain JSON) and resumed when the options
 * page opens again. Nothing reaches the watched list before `confirmImportJob`; cancelling just
 * drops the state.
 *
 *   resolving --(last pending resolved)--> ready --confirm--> committed
 *        \____________________ cancel ____________/--> cancelled
 */

export const IMPORT_JOB_VERSION = 1;

export type ImportJobStatus = 'resolving' | 'ready' | 'cancelled' | 'committed';

export interface ImportJobState {
  version: typeof IMPORT_JOB_VERSION;
  id: string;
  format: ImportFormat;
  fileName: string;
  createdAt: number;
  updatedAt: number;
  status: ImportJobStatus;
  entries: ImportEntry[];
  skipped: SkippedLine[];
  /** Lines that could not be read (too few to reject the file), shown in the preview. */
  errors: LineError[];
  /** Why matching is paused ("TVmaze is not answering…"), or null while it runs. */
  waiting: string | null;
  /** Parallel to entries; null while pending. */
  resolutions: (Resolution | null)[];
  /** Entry index → the user's pick (null: leave it out). */
  picks: Record<string, ShowCandidate | null>;
}

export function createImportJob(parsed: ParsedImport, fileName: string, id: string, now: number): ImportJobState {
  return {
    version: IMPORT_JOB_VERSION,
    id,
    format: parsed.format,
    fileName,
    createdAt: now,
    updatedAt: now,
    status: parsed.entries.length === 0 ? 'ready' : 'resolving',
    entries: parsed.entries,
    skipped: parsed.skipped,
    errors: parsed.errors,
    waiting: null,
    resolutions: parsed.entries.map(() => null),
    picks: {},
  };
}

/** The next entry to resolve, or null when none is left (or the job is over). */
export function nextPendingIndex(state: ImportJobState): number | null {
  if (state.status !== 'resolving') return null;
  const at = state.resolutions.indexOf(null);
  return at === -1 ? null : at;
}

export function jobProgress(state: ImportJobState): { done: number; total: number } {
  return { done: state.resolutions.filter((r) => r !== null).length, total: state.entries.length };
}

/** Records one answer; a late answer for a cancelled job or an unknown index changes nothing. */
export function recordResolution(state: ImportJobState, index: number, resolution: Resolution, now: number): ImportJobState {
  if (state.status !== 'resolving' || index < 0 || index >= state.entries.length || state.resolutions[index] !== null) return state;
  const resolutions = state.resolutions.slice();
  resolutions[index] = resolution;
  return { ...state, resolutions, waiting: null, updatedAt: now, status: resolutions.includes(null) ? 'resolving' : 'ready' };
}

export function pickShow(state: ImportJobState, index: number, show: ShowCandidate | null, now: number): ImportJobState {
  if (state.status === 'cancelled' || state.status === 'committed' || !state.entries[index]) return state;
  return { ...state, picks: { ...state.picks, [String(index)]: show }, updatedAt: now };
}

/** Matching paused (offline, rate-limited): the reason is saved so a reopened options page can say it. */
export function markWaiting(state: ImportJobState, reason: string, now: number): ImportJobState {
  return state.status === 'resolving' ? { ...state, waiting: reason, updatedAt: now } : state;
}

export function cancelImportJob(state: ImportJobState, now: number): ImportJobState {
  return state.status === 'committed' ? state : { ...state, status: 'cancelled', updatedAt: now };
}

export function previewImportJob(state: ImportJobState, current: readonly WatchedShow[], now: number): ImportPreview {
  const picks = new Map(Object.entries(state.picks).map(([k, v]) => [Number(k), v] as const));
  return planImportMerge({ entries: state.entries, skipped: state.skipped, resolutions: state.resolutions, current, picks, now });
}

export type ConfirmOutcome =
  | { ok: true; state: ImportJobState; merged: WatchedShow[]; preview: ImportPreview }
  | { ok: false; reason: string };

/** The list to save, all at once; only a job whose every entry was answered can be confirmed. */
export function confirmImportJob(state: ImportJobState, current: readonly WatchedShow[], now: number): ConfirmOutcome {
  if (state.status !== 'ready') {
    const { done, total } = jobProgress(state);
    return { ok: false, reason: state.status === 'resolving' ? `Still matching shows (${done} of ${total}).` : `This import was ${state.status}.` };
  }
  const preview = previewImportJob(state, current, now);
  return { ok: true, state: { ...state, status: 'committed', updatedAt: now }, merged: preview.merged, preview };
}

// --- saving and resuming ---

export const showCandidateSchema = z.object({
  ref: showRefSchema,
  name: z.string(),
  network: z.optional(z.nullable(z.string())),
  year: z.optional(z.nullable(z.int())),
});
const resolutionSchema = z.union([
  z.object({ kind: z.literal('matched'), show: showCandidateSchema }),
  z.object({ kind: z.literal('ambiguous'), candidates: z.array(showCandidateSchema) }),
  z.object({ kind: z.literal('not-found') }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
]);
const seenSchema = z.object({ season: z.int().check(z.gte(0)), episode: z.nullable(z.int().check(z.gte(0))) });
const entrySchema = z.object({
  title: z.string(),
  year: z.optional(z.int()),
  ids: z.object({ tvdb: z.optional(z.int()), imdb: z.optional(z.string()), trakt: z.optional(z.int()), tmdb: z.optional(z.int()) }),
  furthest: z.nullable(seenSchema),
  lastWatched: z.nullable(z.string()),
  episodeCount: z.int().check(z.gte(0)),
  sourceLines: z.array(z.int()),
});
const skippedSchema = z.object({
  line: z.int(),
  text: z.string(),
  reason: z.enum(['film', 'maybe-film', 'trailer', 'blank', 'not-followed', 'other-profile']),
});
const jobSchema = z
  .object({
    version: z.literal(IMPORT_JOB_VERSION),
    id: z.string(),
    format: z.enum(['netflix', 'trakt', 'tvtime']),
    fileName: z.string(),
    createdAt: z.number(),
    updatedAt: z.number(),
    status: z.enum(['resolving', 'ready', 'cancelled', 'committed']),
    entries: z.array(entrySchema),
    skipped: z.array(skippedSchema),
    errors: z.array(z.object({ line: z.int(), message: z.string() })),
    waiting: z.nullable(z.string()),
    resolutions: z.array(z.nullable(resolutionSchema)),
    picks: z.record(z.string().check(z.regex(/^\d+$/)), z.nullable(showCandidateSchema)),
  })
  .check(z.refine((s) => s.resolutions.length === s.entries.length, 'resolutions and entries differ in length'));

export type LoadedJob = { ok: true; state: ImportJobState } | { ok: false; reason: string };

/**
 * Validates a saved job. A corrupt one is discarded with the reason (the file can simply be
 * imported again); a finished or cancelled one has nothing to resume.
 */
export function loadImportJob(raw: unknown): LoadedJob {
  if (raw === undefined || raw === null) return { ok: false, reason: 'No import was in progress.' };
  const parsed = jobSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `The saved import could not be read (${issue?.path.join('.') || 'state'}: ${issue?.message ?? 'invalid'}); it was discarded. Choose the file again to restart it.` };
  }
  const state = parsed.data as ImportJobState;
  if (state.status === 'cancelled' || state.status === 'committed') return { ok: false, reason: `The last import was ${state.status}; there is nothing to resume.` };
  // A job saved as resolving whose answers were all in is ready now.
  if (state.status === 'resolving' && !state.resolutions.includes(null)) return { ok: true, state: { ...state, status: 'ready' } };
  return { ok: true, state };
}
