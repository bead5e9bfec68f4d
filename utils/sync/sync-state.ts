import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { showRefSchema } from '../shows/show';
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

export interface SyncBase {
  watched: SyncRecord[];
  prefs: SyncedPrefs | null;
}

/** How the last round went, for the options page's notice. */
export type SyncStatus =
  | { kind: 'synced'; at: number; bytes: number; shows: number }
  /** The list outgrew storage.sync: it stays on this device. */
  | { kind: 'too-large'; at: number; bytes: number; budget: number; shows: number }
  | { kind: 'failed'; at: number; error: string }
  | { kind: 'waiting'; at: number; retryAt: number };

const statusSchema = z.union([
  z.object({ kind: z.literal('synced'), at: z.number(), bytes: z.number(), shows: z.number() }),
  z.object({ kind: z.literal('too-large'), at: z.number(), bytes: z.number(), budget: z.number(), shows: z.number() }),
  z.object({ kind: z.literal('failed'), at: z.number(), error: z.string() }),
  z.object({ kind: z.literal('waiting'), at: z.number(), retryAt: z.number() }),
]);

/** A sync base that cannot be read is dropped: the next round merges everything again, losing nothing. */
export const syncBaseItem = storage.defineItem<unknown>('local:syncBase', { fallback: null });
export const syncStatusItem = storage.defineItem<unknown>('local:syncStatus', { fallback: null });

export async function loadSyncBase(): Promise<SyncBase> {
  const raw = (await syncBaseItem.getValue()) as { watched?: unknown; prefs?: unknown } | null;
  const watched = z.array(recordSchema).safeParse(raw?.watched);
  return { watched: watched.success ? watched.data : [], prefs: readSyncedPrefs(raw?.prefs) };
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
