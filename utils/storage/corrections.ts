import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { normalizeTitle } from '../shows/names';
import { showRefSchema } from '../shows/show';
import type { ShowRef } from '../shows/show-ref';
import { withKeyLock } from './lock';
import { normalizeHostname } from './settings';
import { readValidated, validEntries, watchValidated, type ValidatedItem } from './validated-item';
import { STORAGE_VERSIONS } from './versions';

/** The user's answer to "Wrong show?" for one title, everywhere or on one site. */
export interface Correction {
  /** normalizeTitle(title), so "Bosch: Legacy" and "Bosch Legacy" share a correction. */
  titleKey: string;
  /** The right show, or null for "this is not a show". */
  ref: ShowRef | null;
  /** The right show's name, for the options page list. */
  name?: string;
  /** Normalised hostname when the correction applies to one site only. */
  site?: string;
  createdAt: number;
}

export const correctionSchema: z.ZodMiniType<Correction> = z.object({
  titleKey: z.string().check(z.minLength(1)),
  ref: z.nullable(showRefSchema),
  name: z.optional(z.string()),
  site: z.optional(z.string().check(z.minLength(1))),
  createdAt: z.number(),
});

export const CORRECTIONS_VERSION = STORAGE_VERSIONS.corrections;
/** Oldest corrections are dropped beyond this, keeping the list quick to scan on every page. */
export const MAX_CORRECTIONS = 1000;

export const correctionsItem = storage.defineItem<Correction[]>('local:corrections', {
  fallback: [],
  version: CORRECTIONS_VERSION,
  migrations: { 2: correctionsToV2 },
});

/** v1 → v2: the TVmaze id becomes a ShowRef. Entries it cannot read pass through for the validating getter. */
export function correctionsToV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || !('tvmazeId' in entry)) return entry;
    const { tvmazeId, ...rest } = entry as Record<string, unknown>;
    if (tvmazeId !== null && typeof tvmazeId !== 'number') return entry;
    return { ...rest, ref: tvmazeId === null ? null : { source: 'tvmaze', id: tvmazeId } };
  });
}

const correctionsSpec: ValidatedItem<Correction[]> = {
  item: correctionsItem,
  version: CORRECTIONS_VERSION,
  schema: z.array(correctionSchema),
  salvage: (raw) => validEntries(raw, correctionSchema),
};

const sameTarget = (c: Correction, titleKey: string, site: string | undefined) =>
  c.titleKey === titleKey && c.site === site;

/** Pure lookup for callers that already hold the list: a site-specific correction beats a global one. */
export function findCorrection(corrections: readonly Correction[], title: string, hostname?: string): Correction | null {
  const titleKey = normalizeTitle(title);
  const site = hostname ? normalizeHostname(hostname) : undefined;
  return (
    (site && corrections.find((c) => sameTarget(c, titleKey, site))) ||
    corrections.find((c) => sameTarget(c, titleKey, undefined)) ||
    null
  );
}

export function listCorrections(): Promise<Correction[]> {
  return readValidated(correctionsSpec);
}

export async function getCorrection(title: string, hostname?: string): Promise<Correction | null> {
  return findCorrection(await listCorrections(), title, hostname);
}

/** Saves the correction for `title` (on `site` only, when given), replacing an earlier one. */
export function setCorrection(
  title: string,
  correction: { ref: ShowRef | null; name?: string; site?: string },
  now = Date.now(),
): Promise<Correction> {
  const titleKey = normalizeTitle(title);
  if (!titleKey) return Promise.reject(new RangeError(`"${title}" has no letters or digits to match on`));
  const site = correction.site ? normalizeHostname(correction.site) : undefined;
  const saved = correctionSchema.parse({
    titleKey,
    ref: correction.ref,
    ...(correction.name === undefined ? {} : { name: correction.name }),
    ...(site ? { site } : {}),
    createdAt: now,
  });
  return editCorrections((current) => ({ corrections: [saved, ...current.filter((c) => !sameTarget(c, titleKey, site))], result: saved }));
}

/** Removes the correction for `title` (global, or for `site` when given); returns it for "Undo". */
export function removeCorrection(title: string, site?: string): Promise<Correction | null> {
  const titleKey = normalizeTitle(title);
  const host = site ? normalizeHostname(site) : undefined;
  return editCorrections((current) => {
    const removed = current.find((c) => sameTarget(c, titleKey, host)) ?? null;
    return { corrections: removed ? current.filter((c) => c !== removed) : current, result: removed };
  });
}

/** Read-modify-write under the list's lock; saves only a new list, cut to MAX_CORRECTIONS (newest first, so the oldest go). */
export function editCorrections<T>(edit: (current: Correction[]) => { corrections: Correction[]; result: T }): Promise<T> {
  return withKeyLock(correctionsItem.key, async () => {
    const current = await listCorrections();
    const { corrections, result } = edit(current);
    if (corrections !== current) await correctionsItem.setValue(corrections.slice(0, MAX_CORRECTIONS));
    return result;
  });
}

export function watchCorrections(cb: (corrections: Correction[]) => void): () => void {
  return watchValidated(correctionsSpec, cb);
}
