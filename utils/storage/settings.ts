import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_BLUR_PX } from '../page/contract';
import { withKeyLock } from './lock';
import { readValidated, watchValidated, type ValidatedItem } from './validated-item';
import { STORAGE_VERSIONS } from './versions';

export interface Settings {
  /** "Show status badges" */
  badgesEnabled: boolean;
  /** "Blur spoilers" */
  spoilerBlurEnabled: boolean;
  /** Blur radius in px, BLUR_STRENGTH_MIN..BLUR_STRENGTH_MAX. */
  blurStrength: number;
  revealOn: 'click' | 'hover';
  /** Hostnames where Greenlit is paused; a paused site also pauses its subdomains. */
  pausedSites: string[];
  /** Epoch ms until which Greenlit is snoozed everywhere ("Snooze for 1 hour"), or null. */
  snoozedUntil: number | null;
  notificationsEnabled: boolean;
  /** Origins the user enabled through the optional host permission. */
  enabledSites: string[];
}

export const BLUR_STRENGTH_MIN = 2;
export const BLUR_STRENGTH_MAX = 20;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  badgesEnabled: true,
  spoilerBlurEnabled: true,
  blurStrength: DEFAULT_BLUR_PX,
  revealOn: 'click',
  pausedSites: [],
  snoozedUntil: null,
  notificationsEnabled: true,
  enabledSites: [],
}) as Settings;

export const settingsShape = {
  badgesEnabled: z.boolean(),
  spoilerBlurEnabled: z.boolean(),
  blurStrength: z.number().check(z.gte(BLUR_STRENGTH_MIN), z.lte(BLUR_STRENGTH_MAX)),
  revealOn: z.enum(['click', 'hover']),
  pausedSites: z.array(z.string()),
  snoozedUntil: z.nullable(z.number()),
  notificationsEnabled: z.boolean(),
  enabledSites: z.array(z.string()),
};

export const settingsSchema: z.ZodMiniType<Settings> = z.object(settingsShape);

export const SETTINGS_VERSION = STORAGE_VERSIONS.settings;

/**
 * Stored in `local`, not `sync`: optional host permissions (enabledSites) are granted per browser
 * and do not sync, a snooze is about this device, and sync's write quota (120/min) would reject
 * a dragged blur slider.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Declared (even empty) so WXT records the version and future versions can migrate.
  migrations: {},
});

/** Defaults overlaid with every stored field that is still valid. */
export function salvageSettings(raw: unknown): Settings {
  const settings = cloneDefaults();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(settingsShape) as (keyof Settings)[]) {
    const field = settingsShape[key].safeParse(record[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
  }
  return settings;
}

const settingsSpec: ValidatedItem<Settings> = {
  item: settingsItem,
  version: SETTINGS_VERSION,
  schema: settingsSchema,
  salvage: salvageSettings,
};

/** Never throws; unreadable settings are backed up and replaced by their valid part. */
export function getSettings(): Promise<Settings> {
  return readValidated(settingsSpec);
}

/** Applies a patch; invalid patched fields (e.g. blurStrength 50) are rejected, keeping the old value. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return withKeyLock(settingsItem.key, async () => {
    const next = salvageOnto(await getSettings(), patch);
    await settingsItem.setValue(next);
    return next;
  });
}

function salvageOnto(current: Settings, patch: Partial<Settings>): Settings {
  const next = { ...current };
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    if (!(key in settingsShape)) continue;
    const field = settingsShape[key].safeParse(patch[key]);
    if (field.success) Object.assign(next, { [key]: field.data });
  }
  return next;
}

function cloneDefaults(): Settings {
  return { ...DEFAULT_SETTINGS, pausedSites: [], enabledSites: [] };
}

export { isActiveOn, isSitePaused, isSnoozed, normalizeHostname } from './site-activity';

/** Calls `cb` with validated settings whenever they change. Returns the unwatch function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return watchValidated(settingsSpec, cb);
}
