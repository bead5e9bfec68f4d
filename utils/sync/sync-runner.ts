import type { Correction } from '../storage/corrections';
import type { Settings } from '../storage/settings';
import type { WatchedShow } from '../storage/watched-shows';
import { correctionRules, watchedRules } from './apply';
import { syncLocalList, type LocalList } from './list-round';
import { syncPrefs } from './prefs';
import { roundStatus } from './round-status';
import type { SyncArea, WriteRateGuard } from './sync-area';
import type { SyncBase, SyncStatus } from './sync-state';

export interface SyncRunnerDeps {
  area: SyncArea;
  watched: LocalList<WatchedShow>;
  corrections: LocalList<Correction>;
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
 * Sync rounds, one at a time: for the watched list and then the corrections, this device's changes
 * since the last round are stamped, merged with the other devices' copy by id, written back within
 * the list's share, and what others changed is applied here. Preferences go the same way, newest
 * wins. A round asked for while one runs makes one more round after it.
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
    const base = await deps.loadBase();
    const options = { now, guard: deps.guard };
    const watched = await syncLocalList(deps.area, watchedRules(now), deps.watched, base.watched, options);
    const corrections = await syncLocalList(deps.area, correctionRules, deps.corrections, base.corrections, options);

    const prefs = await syncPrefs(deps.area, await deps.getSettings(), base.prefs, now);
    if (prefs.kind === 'take') await deps.updateSettings(prefs.prefs.values);
    const nextPrefs = prefs.kind === 'take' || prefs.kind === 'written' || prefs.kind === 'unchanged' ? prefs.prefs : base.prefs;
    await deps.saveBase({ watched: watched.records, corrections: corrections.records, prefs: nextPrefs });
    const status = roundStatus(now, watched, corrections, prefs.kind === 'failed' ? prefs.error : undefined);
    if (status.kind === 'waiting') deps.retryAt?.(status.retryAt);
    await deps.saveStatus(status);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
