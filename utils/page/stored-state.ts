/**
 * What a page needs from storage, asked of the worker (utils/storage/page-requests.ts), which reads,
 * migrates and validates it: no storage items or zod ship in content scripts. The page only hears
 * *that* an item changed, then asks again.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { ShowRef } from '../shows/show-ref';
import type { FollowedShow } from '../spoilers/subject-protection';
import type { Settings } from '../storage/settings';
import type { STORAGE_VERSIONS } from '../storage/versions';

export const pageSettings = (): Promise<Settings> => sendMessage('pageSettings', undefined);

/** The watched shows with spoiler protection on, as the shields read them. */
export const protectedShows = (): Promise<FollowedShow[]> => sendMessage('protectedShows', undefined);

export const revealedBlocks = async (url: string): Promise<Set<string>> => new Set(await sendMessage('revealedBlocks', { url }));

export const rememberRevealedBlock = (url: string, key: string): Promise<void> => sendMessage('rememberRevealedBlock', { url, key });

export const revealedEpisodes = (ref: ShowRef): Promise<string[]> => sendMessage('revealedEpisodes', { ref });

export const rememberRevealedEpisode = (ref: ShowRef, key: string): Promise<void> => sendMessage('rememberRevealedEpisode', { ref, key });

/** A stored item's key in `storage.local` (the names versions.ts lists). */
export type StoredItem = keyof typeof STORAGE_VERSIONS;

/** Calls `listener` after any change to one of `items`; returns the function that stops listening. */
export function onStoredChange(items: readonly StoredItem[], listener: () => void): () => void {
  const watched = new Set<string>(items);
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => watched.has(key))) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
