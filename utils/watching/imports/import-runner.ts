// Worker only: runs the import job, one entry at a time, saved after each step; only confirm writes the list.
import { ApiError } from '../../lookup/http';
import type { WatchedShow } from '../../storage/watched-shows';
import {
  cancelImportJob,
  confirmImportJob,
  createImportJob,
  jobProgress,
  loadImportJob,
  markWaiting,
  nextPendingIndex,
  pickShow,
  recordResolution,
  type ImportJobState,
} from './import-job';
import { parseHistoryFiles, type HistoryFile } from './index';
import type { Resolution, ShowCandidate } from './merge-plan';
import type { ImportEntry, ImportFormat } from './types';

/** Where the job is kept between steps (storage.local in the extension). */
export interface ImportJobStore {
  load(): Promise<unknown>;
  save(state: ImportJobState): Promise<void>;
  clear(): Promise<void>;
}

export interface ImportRunnerDeps {
  resolve(entry: ImportEntry): Promise<Resolution>;
  store: ImportJobStore;
  /** Read-modify-write of the watched list under its lock. */
  editWatched<T>(edit: (current: WatchedShow[]) => { shows: WatchedShow[]; result: T }): Promise<T>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  newId?: () => string;
}

export type StartReply =
  | { ok: true; jobId: string; total: number }
  | { ok: false; error: string; line?: number }
  /** A Netflix full download holds every profile of the account: the user says whose history it is. */
  | { ok: false; error: string; profiles: string[] };

export type ConfirmReply = { ok: true; added: number; updated: number; unchanged: number } | { ok: false; error: string };

export interface JobSummary {
  jobId: string;
  status: ImportJobState['status'];
  done: number;
  total: number;
}

/** An entry whose lookup fails this often for a reason other than the network is left for the user to pick. */
export const MAX_ATTEMPTS = 3;
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 60_000;

/** Offline, rate-limited, or the server is down: worth waiting for rather than giving up on the entry. */
function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'offline' || error.kind === 'rate-limited' || error.kind === 'server');
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Holds at most one import. Every change to the job goes through one queue, so an answer that
 * lands after a pick or a cancel cannot overwrite it; the loop reads the job afresh each step.
 */
export class ImportRunner {
  private state: ImportJobState | null = null;
  private loaded: Promise<void> | null = null;
  private running: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Why a saved job was dropped at load, reported once to the options page. */
  private discarded: string | null = null;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly newId: () => string;

  constructor(private readonly deps: ImportRunnerDeps) {
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.newId = deps.newId ?? (() => crypto.randomUUID());
  }

  /** Parses the file; a bad one changes nothing. A good one becomes the job, matched in the background. */
  start(files: readonly HistoryFile[], options: { profile?: string; expect?: ImportFormat } = {}): Promise<StartReply> {
    const { profile } = options;
    const fileName = files.map((f) => f.name).join(', ');
    return this.exclusive(async (): Promise<StartReply> => {
      if (this.state && (this.state.status === 'resolving' || this.state.status === 'ready')) {
        return { ok: false, error: `An import of ${this.state.fileName} is already open; import or cancel it first.` };
      }
      const parsed = parseHistoryFiles(files, options);
      if (!parsed.ok) return { ok: false, error: parsed.error, ...(parsed.line ? { line: parsed.line } : {}) };
      if (!profile && (parsed.profiles?.length ?? 0) > 1) {
        return { ok: false, error: 'This download holds several Netflix profiles; choose whose viewing history to import.', profiles: parsed.profiles! };
      }
      if (parsed.entries.length === 0) {
        const skipped = parsed.skipped.filter((s) => s.reason !== 'blank').length;
        return { ok: false, error: `No TV shows found in ${fileName}${skipped ? ` (${skipped} lines were films, trailers or other profiles)` : ''}; nothing was imported.` };
      }
      const state = createImportJob(parsed, fileName, this.newId(), this.now());
      await this.save(state);
      return { ok: true, jobId: state.id, total: state.entries.length };
    }).then((reply) => {
      if (reply.ok) this.kick();
      return reply;
    });
  }

  /** The options page opened: says what is in progress, and carries on matching if it stopped. */
  async resume(): Promise<{ job: JobSummary | null; notice: string | null }> {
    const summary = await this.exclusive(async () => {
      const notice = this.discarded;
      this.discarded = null;
      return { job: this.summary(), notice };
    });
    this.kick();
    return summary;
  }

  pick(jobId: string, index: number, show: ShowCandidate | null): Promise<{ ok: boolean; error?: string }> {
    return this.exclusive(async () => {
      const state = this.current(jobId);
      if (!state) return { ok: false, error: 'This import is no longer open.' };
      if (!state.entries[index]) return { ok: false, error: `The import has no line ${index + 1}.` };
      await this.save(pickShow(state, index, show, this.now()));
      return { ok: true };
    });
  }

  /** Drops the job; the watched list was never touched. */
  cancel(jobId: string): Promise<{ ok: true }> {
    return this.exclusive(async () => {
      const state = this.current(jobId);
      if (state) {
        this.state = cancelImportJob(state, this.now());
        await this.deps.store.clear();
        this.state = null;
      }
      return { ok: true as const };
    });
  }

  /** Writes the merged list in one step, then forgets the job. */
  confirm(jobId: string): Promise<ConfirmReply> {
    return this.exclusive(async () => {
      const state = this.current(jobId);
      if (!state) return { ok: false, error: 'This import is no longer open.' };
      const now = this.now();
      const outcome = await this.deps.editWatched((current) => {
        const confirmed = confirmImportJob(state, current, now);
        return { shows: confirmed.ok ? confirmed.merged : current, result: confirmed };
      });
      if (!outcome.ok) return { ok: false, error: outcome.reason };
      this.state = null;
      await this.deps.store.clear();
      const { added, updated, unchanged } = outcome.preview;
      return { ok: true, added, updated, unchanged };
    });
  }

  /** Resolves until nothing is pending; one loop at a time. Resolves when the loop stops. */
  whenIdle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private kick(): void {
    this.running ??= this.loop()
      .catch((error: unknown) => console.warn('[Greenlit] import stopped:', error))
      .finally(() => (this.running = null));
  }

  private async loop(): Promise<void> {
    let failures = 0;
    let wait = FIRST_WAIT_MS;
    for (;;) {
      const next = await this.exclusive(async () => {
        const state = this.state;
        const index = state ? nextPendingIndex(state) : null;
        return state && index !== null ? { jobId: state.id, index, entry: state.entries[index]! } : null;
      });
      if (!next) return;
      let resolution: Resolution;
      try {
        resolution = await this.deps.resolve(next.entry);
        failures = 0;
        wait = FIRST_WAIT_MS;
      } catch (error) {
        if (isTransient(error)) {
          await this.exclusive(async () => {
            const state = this.current(next.jobId);
            const reason = `TVmaze is not answering (${messageOf(error)}); trying again in ${Math.round(wait / 1000)} s.`;
            if (state) await this.save(markWaiting(state, reason, this.now()));
          });
          await this.sleep(wait);
          wait = Math.min(wait * 2, MAX_WAIT_MS);
          continue;
        }
        if (++failures < MAX_ATTEMPTS) continue;
        failures = 0;
        resolution = { kind: 'failed', reason: messageOf(error) };
      }
      await this.exclusive(async () => {
        const state = this.current(next.jobId);
        if (state) await this.save(recordResolution(state, next.index, resolution, this.now()));
      });
    }
  }

  private current(jobId: string): ImportJobState | null {
    return this.state?.id === jobId ? this.state : null;
  }

  private summary(): JobSummary | null {
    if (!this.state) return null;
    return { jobId: this.state.id, status: this.state.status, ...jobProgress(this.state) };
  }

  private async save(state: ImportJobState): Promise<void> {
    this.state = state;
    await this.deps.store.save(state);
  }

  /** Runs `task` after every earlier change, with the saved job loaded. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await (this.loaded ??= this.load());
      return task();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.deps.store.load();
    } catch {
      return;
    }
    if (raw === undefined || raw === null) return;
    const loaded = loadImportJob(raw);
    if (loaded.ok) {
      this.state = loaded.state;
      return;
    }
    // Finished, cancelled or unreadable: nothing to resume, and nothing the user would lose.
    await this.deps.store.clear().catch(() => undefined);
    if (/could not be read/.test(loaded.reason)) this.discarded = loaded.reason;
  }
}
