import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { showRefSchema } from '../shows/show';
import type { SyncedCorrection } from './correction-records';
import { readSyncedPrefs, type SyncedPrefs } from './prefs';
import type { SyncRecord } from './records';

/** What this device last synced, kept in storage.local: the base its next changes are measured from. */
const recordSchema = z.object({
  ref: showRefSchema,
  name: z.string(),
  progress: z.nullable(z.object({ season: z.int().check(z.gte(0)), episode: z.int().check(z.gte(0)) })),
  protectSpoilers: z.boolean(),
  inCalendar: z.boolean(),
  updatedAt: z.number(),
  deleted: z.optional(z.literal(true)),
});

const correctionRecordSchema = z.object({
  titleKey: z.string(),
  ref: z.nullable(showRefSchema),
  name: z.optional(z.string()),
  site: z.optional(z.string()),
  updatedAt: z.number(),
  deleted: z.optional(z.literal(true)),
});

/** A base saved before corrections synced reads with none: the next round merges them all, losing nothing. */
export interface SyncBase {
  watched: SyncRecord[];
  corrections: SyncedCorrection[];
  prefs: SyncedPrefs | null;
}

/** How one synced list fared in the last round (the corrections, beside the watched list's own fields). */
export type ListStatus = { kind: 'synced'; bytes: number; count: number } | { kind: 'too-large'; bytes: number; budget: number; count: number };

/** How the last round went, for the options page's notice. `corrections` is absent in a status saved before they synced. */
export type SyncStatus =
  | { kind: 'synced'; at: number; bytes: number; shows: number; corrections?: ListStatus }
  /** The list outgrew storage.sync: it stays on this device. */
  | { kind: 'too-large'; at: number; bytes: number; budget: number; shows: number; corrections?: ListStatus }
  | { kind: 'failed'; at: number; error: string }
  | { kind: 'waiting'; at: number; retryAt: number };

const correctionsStatusSchema = z.optional(
  z.union([
    z.object({ kind: z.literal('synced'), bytes: z.number(), count: z.number() }),
    z.object({ kind: z.literal('too-large'), bytes: z.number(), budget: z.number(), count: z.number() }),
  ]),
);
const statusSchema = z.union([
  z.object({ kind: z.literal('synced'), at: z.number(), bytes: z.number(), shows: z.number(), corrections: correctionsStatusSchema }),
  z.object({ kind: z.literal('too-large'), at: z.number(), bytes: z.number(), budget: z.number(), shows: z.number(), corrections: correctionsStatusSchema }),
  z.object({ kind: z.literal('failed'), at: z.number(), error: z.string() }),
  z.object({ kind: z.literal('waiting'), at: z.number(), retryAt: z.number() }),
]);

/** A sync base that cannot be read is dropped: the next round merges everything again, losing nothing. */
export const syncBaseItem = storage.defineItem<unknown>('local:syncBase', { fallback: null });
export const syncStatusItem = storage.defineItem<unknown>('local:syncStatus', { fallback: null });

export async function loadSyncBase(): Promise<SyncBase> {
  const raw = (await syncBaseItem.getValue()) as { watched?: unknown; corrections?: unknown; prefs?: unknown } | null;
  const watched = z.array(recordSchema).safeParse(raw?.watched);
  const corrections = z.array(correctionRecordSchema).safeParse(raw?.corrections);
  return { watched: watched.success ? watched.data : [], corrections: corrections.success ? corrections.data : [], prefs: readSyncedPrefs(raw?.prefs) };
}

export async function saveSyncBase(base: SyncBase): Promise<void> {
  await syncBaseItem.setValue(base);
}

export function parseSyncStatus(raw: unknown): SyncStatus | null {
  const parsed = statusSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function readSyncStatus(): Promise<SyncStatus | null> {
  return parseSyncStatus(await syncStatusItem.getValue());
}

export function watchSyncStatus(cb: (status: SyncStatus | null) => void): () => void {
  return syncStatusItem.watch((raw) => cb(parseSyncStatus(raw)));
}
