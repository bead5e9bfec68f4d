import * as z from 'zod/mini';
import { sameShow } from '../shows/show-ref';
import type { Correction } from '../storage/corrections';
import { SYNC_BUDGET } from './budget';
import type { Synced, SyncedKind } from './kind';
import { compactRef, expandRef, keepFullerName, refField, sameSyncedName, SYNC_NAME_LENGTH } from './records';

/** What of a correction syncs; createdAt stays local (the synced change time stands in for it). */
export type ListedCorrection = Omit<Correction, 'createdAt'>;
export type SyncedCorrection = Synced<ListedCorrection>;

/** Longer title keys stay on this device: one odd page title must not crowd out the others. */
export const SYNC_TITLE_KEY_LENGTH = 120;

/**
 * Compact form: [titleKey, site ('' for everywhere), updatedAt in seconds, ref, name?] for a
 * correction (ref 0 for "this is not a show"), [titleKey, site, updatedAt in seconds] for a tombstone.
 */
type CompactCorrection = [string, string, number] | [string, string, number, number | string] | [string, string, number, number | string, string];

const head = [z.string().check(z.minLength(1), z.maxLength(SYNC_TITLE_KEY_LENGTH)), z.string().check(z.maxLength(253)), z.int().check(z.gte(0))] as const;
const target = z.union([z.literal(0), refField]);
const compactSchema = z.union([z.tuple([...head]), z.tuple([...head, target]), z.tuple([...head, target, z.string()])]);

export const syncsCorrection = (c: ListedCorrection) => c.titleKey.length <= SYNC_TITLE_KEY_LENGTH;

function compactCorrection(c: SyncedCorrection): CompactCorrection {
  const at = Math.round(c.updatedAt / 1000);
  if (c.deleted) return [c.titleKey, c.site ?? '', at];
  const ref = c.ref ? compactRef(c.ref) : 0;
  return c.name === undefined ? [c.titleKey, c.site ?? '', at, ref] : [c.titleKey, c.site ?? '', at, ref, c.name.slice(0, SYNC_NAME_LENGTH)];
}

function expandCorrection(raw: unknown): SyncedCorrection | null {
  const parsed = compactSchema.safeParse(raw);
  if (!parsed.success) return null;
  const [titleKey, site, at, target, name] = parsed.data as [string, string, number, (number | string)?, string?];
  const where = site ? { site } : {};
  if (target === undefined) return { titleKey, ref: null, ...where, updatedAt: at * 1000, deleted: true };
  const ref = target === 0 ? null : expandRef(target);
  if (target !== 0 && !ref) return null;
  return { titleKey, ref, ...(name === undefined ? {} : { name }), ...where, updatedAt: at * 1000 };
}

function listing({ titleKey, ref, name, site }: ListedCorrection): ListedCorrection {
  return { titleKey, ref: ref && { source: ref.source, id: ref.id }, ...(name === undefined ? {} : { name }), ...(site === undefined ? {} : { site }) };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sameShowOrNone = (a: ListedCorrection, b: ListedCorrection) => (a.ref === null ? b.ref === null : sameShow(a.ref, b.ref));

/** Corrections as a synced list: one per title and site, the newest answer winning. */
export const correctionsKind: SyncedKind<ListedCorrection> = {
  label: 'corrections',
  prefix: 'fixes:',
  budget: SYNC_BUDGET.corrections,
  keyOf: (c) => JSON.stringify([c.titleKey, c.site ?? '']),
  listing,
  same: (a, b) => sameShowOrNone(a, b) && sameSyncedName(a.name ?? '', b.name ?? ''),
  tombstone: ({ titleKey, site, updatedAt }) => ({ titleKey, ref: null, ...(site === undefined ? {} : { site }), updatedAt }),
  compact: compactCorrection,
  expand: expandCorrection,
  // A fuller name is only kept while it names the same show.
  combine: (winner, other) => (sameShowOrNone(winner, other) ? keepFullerName(winner, other) : winner),
  // Code-unit order, not the locale's: every device must lay the list out alike, or each would rewrite it.
  compare: (a, b) => byCodeUnits(a.titleKey, b.titleKey) || byCodeUnits(a.site ?? '', b.site ?? ''),
};
