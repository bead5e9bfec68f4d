import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { showRefSchema } from '../shows/show';
import { showKey, type ShowRef } from '../shows/show-ref';
import { RENEWAL_STATUSES, type RenewalStatus } from '../shows/status';
import { withKeyLock } from '../storage/lock';
import { readValidated, validEntries, watchValidated, type ValidatedItem } from '../storage/validated-item';
import type { WatchedShow } from '../storage/watched-shows';
import { STORAGE_VERSIONS } from '../storage/versions';

/** A renewal-status change worth telling the user about. */
export interface StatusChange {
  /** `<showKey>:<status>:<at>`, also the notification's id. */
  id: string;
  ref: ShowRef;
  name: string;
  from: RenewalStatus;
  to: RenewalStatus;
  /** What the source said about the next season; worded in the reader's language when shown (change-text.ts). */
  detail: StatusDetail;
  at: number;
  seen: boolean;
}

export interface StatusDetail {
  nextSeason?: number;
  /** ISO date the next season starts. */
  nextAirdate?: string;
}

const FINAL: ReadonlySet<RenewalStatus> = new Set(['ended', 'cancelled']);

/** Whether moving from one status to another is worth telling: a renewal, a (re)start, an ending. */
function isNews(from: RenewalStatus, to: RenewalStatus): boolean {
  switch (to) {
    case 'renewed':
    case 'airing':
      return true;
    case 'ended':
    case 'cancelled':
      // Both are final; moving between them is a relabel, not news.
      return !FINAL.has(from);
    default:
      // awaiting (a season finished), development, unknown: nothing decided yet.
      return false;
  }
}

/**
 * The notification for a show's new status, or null. Compares with `show.lastStatus`, the last
 * *known* status (kept by recordStatusCheck), so failed lookups (unknown) never cause a notification,
 * and a show first seen as unknown only notifies after a known status has been recorded.
 */
export function diffStatus(
  show: WatchedShow,
  newStatus: RenewalStatus,
  detail: StatusDetail = {},
  now = Date.now(),
): StatusChange | null {
  const from = show.lastStatus;
  if (from === undefined || from === 'unknown' || newStatus === 'unknown' || from === newStatus) return null;
  if (!isNews(from, newStatus)) return null;
  return {
    id: `${showKey(show.ref)}:${newStatus}:${now}`,
    ref: show.ref,
    name: show.name,
    from,
    to: newStatus,
    detail: newStatus === 'renewed' ? detail : {},
    at: now,
    seen: false,
  };
}

/** The show after a status check: lastStatus only moves to a known status, so unknown never hides one. */
export function recordStatusCheck(show: WatchedShow, newStatus: RenewalStatus, now: number): WatchedShow {
  const keepKnown = newStatus === 'unknown' && show.lastStatus !== undefined;
  return { ...show, lastCheckedAt: now, lastStatus: keepKnown ? show.lastStatus : newStatus };
}

export const MAX_RECENT_CHANGES = 50;
export const RECENT_CHANGES_VERSION = STORAGE_VERSIONS.recentChanges;

export const statusChangeSchema: z.ZodMiniType<StatusChange> = z.object({
  id: z.string(),
  ref: showRefSchema,
  name: z.string(),
  from: z.enum(RENEWAL_STATUSES),
  to: z.enum(RENEWAL_STATUSES),
  detail: z.object({ nextSeason: z.optional(z.number()), nextAirdate: z.optional(z.string()) }),
  at: z.number(),
  seen: z.boolean(),
});

/** Newest first, at most MAX_RECENT_CHANGES. */
export const recentChangesItem = storage.defineItem<StatusChange[]>('local:recentChanges', {
  fallback: [],
  version: RECENT_CHANGES_VERSION,
  migrations: { 2: recentChangesToV2, 3: recentChangesToV3 },
});

/** v1 → v2: the TVmaze id becomes a ShowRef (ids keep their old form: they only need to be unique). */
export function recentChangesToV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return entry;
    const { tvmazeId, ...rest } = entry as Record<string, unknown>;
    return typeof tvmazeId === 'number' ? { ...rest, ref: { source: 'tvmaze', id: tvmazeId } } : entry;
  });
}

/**
 * v2 → v3: the English sentence becomes the facts it was made of, worded when shown, in the reader's
 * language. v2 sentences were made by one English template, so the season and return date read back exactly.
 */
export function recentChangesToV3(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return entry;
    const { message, ...rest } = entry as Record<string, unknown>;
    if (typeof message !== 'string') return entry;
    const season = /\brenewed for season (\d+)/.exec(message)?.[1];
    const returns = /\(returns (\d{4}-\d{2}-\d{2})\)/.exec(message)?.[1];
    return {
      ...rest,
      detail: { ...(season ? { nextSeason: Number(season) } : {}), ...(returns ? { nextAirdate: returns } : {}) },
    };
  });
}

const recentChangesSpec: ValidatedItem<StatusChange[]> = {
  item: recentChangesItem,
  version: RECENT_CHANGES_VERSION,
  schema: z.array(statusChangeSchema),
  salvage: (raw) => validEntries(raw, statusChangeSchema),
};

export function listRecentChanges(): Promise<StatusChange[]> {
  return readValidated(recentChangesSpec);
}

/** Adds changes to the front of the list, dropping the oldest beyond the cap. Returns the new list. */
export function addRecentChanges(changes: readonly StatusChange[]): Promise<StatusChange[]> {
  return withKeyLock(recentChangesItem.key, async () => {
    if (changes.length === 0) return listRecentChanges();
    const ids = new Set(changes.map((c) => c.id));
    const older = (await listRecentChanges()).filter((c) => !ids.has(c.id));
    const next = [...changes].sort((a, b) => b.at - a.at).concat(older).slice(0, MAX_RECENT_CHANGES);
    await recentChangesItem.setValue(next);
    return next;
  });
}

/** Called when the user opens the list: clears the toolbar count. */
export function markRecentChangesSeen(): Promise<void> {
  return withKeyLock(recentChangesItem.key, async () => {
    const changes = await listRecentChanges();
    if (changes.every((c) => c.seen)) return;
    await recentChangesItem.setValue(changes.map((c) => (c.seen ? c : { ...c, seen: true })));
  });
}

/** The number for the toolbar badge. */
export function unseenCount(changes: readonly StatusChange[]): number {
  return changes.filter((c) => !c.seen).length;
}

export function watchRecentChanges(cb: (changes: StatusChange[]) => void): () => void {
  return watchValidated(recentChangesSpec, cb);
}
