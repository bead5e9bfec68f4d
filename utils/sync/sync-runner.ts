import type { Settings } from '../storage/settings';
import type { WatchedShow } from '../storage/watched-shows';
import { applySyncedShows, listingOf } from './apply';
import { recordLocalChanges } from './merge';
import { watchedKind } from './records';
import { syncPrefs } from './prefs';
import type { SyncArea, WriteRateGuard } from './sync-area';
import type { SyncBase, SyncStatus } from './sync-state';
import { syncList } from './sync-list';

export interface SyncRunnerDeps {
  area: SyncArea;
  getWatched(): Promise<WatchedShow[]>;
  /** Read-modify-write of the watched list under its lock (saves only when `shows` is a new list). */
  editWatched<T>(edit: (current: WatchedShow[]) => { shows: WatchedShow[]; result: T }): Promise<T>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<unknown>;
  loadBase(): Promise<SyncBase>;
  saveBase(base: SyncBase): Promise<void>;
  saveStatus(status: SyncStatus): Promise<void>;
  guard?: WriteRateGuard;
  now?: () => number;
  /** Called with the time a deferred write may go (the write-rate limits). */
  retryAt?(at: number): void;
}

/**
 * Sync rounds, one at a time: this device's changes since the last round are stamped, merged with
 * the other devices' copy by show id, written back within the quotas, and what others changed is
 * applied here. Preferences go the same way, newest wins. A round asked for while one runs makes
 * one more round after it.
 */
export class SyncRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private readonly now: () => number;

  constructor(private readonly deps: SyncRunnerDeps) {
    this.now = deps.now ?? Date.now;
  }

  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.round().catch((error: unknown) => this.deps.saveStatus({ kind: 'failed', at: this.now(), error: messageOf(error) }));
      } while (this.again);
    })().finally(() => (this.running = null));
    return this.running;
  }

  private async round(): Promise<void> {
    const { deps } = this;
    const now = this.now();
    const snapshot = await deps.getWatched();
    const base = await deps.loadBase();
    const local = recordLocalChanges(watchedKind, base.watched, snapshot.map(listingOf), now);
    const round = await syncList(deps.area, watchedKind, local, { now, guard: deps.guard });
    if (!round.readError) {
      await deps.editWatched((current) => {
        const shows = applySyncedShows(current, snapshot, round.records, now) as WatchedShow[];
        return { shows, result: undefined };
      });
    }
    const shows = round.records.filter((r) => !r.deleted).length;
    const { write } = round;
    const status: SyncStatus =
      write.kind === 'written' || write.kind === 'unchanged'
        ? { kind: 'synced', at: now, bytes: write.bytes, shows }
        : write.kind === 'too-large'
          ? { kind: 'too-large', at: now, bytes: write.bytes, budget: write.budget, shows }
          : write.kind === 'deferred'
            ? { kind: 'waiting', at: now, retryAt: write.retryAt }
            : { kind: 'failed', at: now, error: write.error };
    if (write.kind === 'deferred') deps.retryAt?.(write.retryAt);

    const prefs = await syncPrefs(deps.area, await deps.getSettings(), base.prefs, now);
    if (prefs.kind === 'take') await deps.updateSettings(prefs.prefs.values);
    const nextPrefs = prefs.kind === 'take' || prefs.kind === 'written' || prefs.kind === 'unchanged' ? prefs.prefs : base.prefs;
    await deps.saveBase({ watched: round.records, prefs: nextPrefs });
    await deps.saveStatus(prefs.kind === 'failed' && status.kind === 'synced' ? { kind: 'failed', at: now, error: prefs.error } : status);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
