import { tvmazeRef } from '../../../utils/shows/show-ref';
import type { Correction } from '../../../utils/storage/corrections';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/storage/settings';
import type { WatchedShow } from '../../../utils/storage/watched-shows';
import { SyncRunner } from '../../../utils/sync/sync-runner';
import type { SyncBase, SyncStatus } from '../../../utils/sync/sync-state';
import { FakeSyncArea } from './fake-sync-area';

export const T0 = Date.UTC(2026, 11, 1);
export const DAY = 86_400_000;
export const show = (id: number, name: string, season: number | null, episode = 1, extra: Partial<WatchedShow> = {}): WatchedShow => ({
  ref: tvmazeRef(id),
  name,
  progress: season === null ? null : { season, episode },
  protectSpoilers: true,
  inCalendar: true,
  addedAt: 1,
  ...extra,
});

/** One browser profile: its own storage.local (list, settings, sync base) and a runner on the shared area. */
export class Profile {
  list: WatchedShow[] = [];
  settings: Settings = { ...DEFAULT_SETTINGS, pausedSites: [], enabledSites: [] };
  corrections: Correction[] = [];
  base: SyncBase = { watched: [], corrections: [], prefs: null };
  status: SyncStatus | null = null;
  listWrites = 0;
  now = T0;
  /** Runs during the next round, between its read of the list and its write (a user editing meanwhile). */
  duringRound: (() => void) | null = null;
  readonly runner: SyncRunner;

  constructor(readonly area: FakeSyncArea) {
    this.runner = new SyncRunner({
      area,
      watched: {
        get: async () => {
          const list = this.list;
          this.duringRound?.();
          this.duringRound = null;
          return list;
        },
        update: async (update) => {
          const shows = update(this.list);
          if (shows !== this.list) this.listWrites++;
          this.list = [...shows];
        },
      },
      corrections: {
        get: async () => this.corrections,
        update: async (update) => {
          const corrections = update(this.corrections);
          if (corrections !== this.corrections) this.corrections = [...corrections];
        },
      },
      getSettings: async () => this.settings,
      updateSettings: async (patch) => (this.settings = { ...this.settings, ...patch }),
      loadBase: async () => structuredClone(this.base),
      saveBase: async (base) => void (this.base = structuredClone(base)),
      saveStatus: async (status) => void (this.status = status),
      now: () => this.now,
    });
  }

  async sync(at: number) {
    this.now = at;
    this.area.now = at;
    await this.runner.sync();
  }

  get summary() {
    return [...this.list].sort((a, b) => a.ref.id - b.ref.id).map((s) => [s.name, s.progress, s.protectSpoilers, s.inCalendar]);
  }
}

/** Two profiles of one account: the shared area and a profile on each side. */
export function twoProfiles(): [FakeSyncArea, Profile, Profile] {
  const area = new FakeSyncArea();
  return [area, new Profile(area), new Profile(area)];
}
