import * as z from 'zod/mini';
import { settingsShape, type Settings } from '../storage/settings';
import { SYNC_BUDGET } from './budget';
import { itemBytes, type SyncArea } from './sync-area';

/**
 * The preferences that follow the user: how badges and spoilers behave, notifications, paused
 * sites. Not the sites enabled (a permission granted per browser) nor a snooze (about this device).
 */
export const SYNCED_SETTINGS = ['badgesEnabled', 'spoilerBlurEnabled', 'blurStrength', 'revealOn', 'notificationsEnabled', 'pausedSites'] as const;
export type SyncedSettings = Pick<Settings, (typeof SYNCED_SETTINGS)[number]>;

export const PREFS_KEY = 'prefs';

const syncedSettingsSchema = z.object({
  badgesEnabled: settingsShape.badgesEnabled,
  spoilerBlurEnabled: settingsShape.spoilerBlurEnabled,
  blurStrength: settingsShape.blurStrength,
  revealOn: settingsShape.revealOn,
  notificationsEnabled: settingsShape.notificationsEnabled,
  pausedSites: settingsShape.pausedSites,
});
/** What storage.sync holds: the values and when (seconds) they were set. */
const syncedPrefsSchema = z.object({ at: z.int().check(z.gte(0)), values: syncedSettingsSchema });
export interface SyncedPrefs {
  /** Seconds. */
  at: number;
  values: SyncedSettings;
}

export function syncedPart(settings: Settings): SyncedSettings {
  return Object.fromEntries(SYNCED_SETTINGS.map((key) => [key, settings[key]])) as unknown as SyncedSettings;
}

const same = (a: SyncedSettings, b: SyncedSettings) => JSON.stringify(syncedPartOf(a)) === JSON.stringify(syncedPartOf(b));
const syncedPartOf = (values: SyncedSettings) => SYNCED_SETTINGS.map((key) => values[key]);

export function readSyncedPrefs(raw: unknown): SyncedPrefs | null {
  const parsed = syncedPrefsSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type PrefsOutcome =
  /** Another device's newer preferences, for this device to take. */
  | { kind: 'take'; prefs: SyncedPrefs }
  | { kind: 'written'; prefs: SyncedPrefs }
  | { kind: 'unchanged'; prefs: SyncedPrefs | null }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'failed'; error: string };

/**
 * One preferences round; `last` is what this device last synced. A device joining sync takes the
 * account's preferences; after that a change here goes out, and a newer copy from another device
 * comes in. When both changed since the last round, this device's (being synced now) wins.
 */
export async function syncPrefs(area: SyncArea, local: Settings, last: SyncedPrefs | null, nowMs: number): Promise<PrefsOutcome> {
  try {
    const remote = readSyncedPrefs((await area.get([PREFS_KEY]))[PREFS_KEY]);
    const values = syncedPart(local);
    const changedHere = last !== null && !same(values, last.values);
    const remoteNewer = remote !== null && (last === null || remote.at > last.at);
    if (remoteNewer && !changedHere) return same(remote.values, values) ? { kind: 'unchanged', prefs: remote } : { kind: 'take', prefs: remote };
    if (remote && same(remote.values, values)) return { kind: 'unchanged', prefs: remote };
    if (!changedHere && last !== null) return { kind: 'unchanged', prefs: last };
    const prefs: SyncedPrefs = { at: Math.floor(nowMs / 1000), values };
    const bytes = itemBytes(PREFS_KEY, prefs);
    if (bytes > SYNC_BUDGET.prefs) return { kind: 'too-large', bytes };
    await area.set({ [PREFS_KEY]: prefs });
    return { kind: 'written', prefs };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
