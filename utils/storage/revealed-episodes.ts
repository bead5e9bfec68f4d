import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { normalizeTitle } from '../shows/names';
import { showKey, type ShowRef } from '../shows/show-ref';
import { watchedShowsItem } from './watched-shows';
import { STORAGE_VERSIONS } from './versions';

/** Episodes the viewer chose to reveal, per show (keyed by showKey), so they stay revealed next visit. */
const revealedSchema = z.record(z.string(), z.array(z.string()));
type RevealedEpisodes = z.infer<typeof revealedSchema>;

export const REVEALED_EPISODES_VERSION = STORAGE_VERSIONS.revealedEpisodes;

export const revealedEpisodesItem = storage.defineItem<RevealedEpisodes>('local:revealedEpisodes', {
  fallback: {},
  version: REVEALED_EPISODES_VERSION,
  migrations: { 2: revealedToV2 },
});

/**
 * v1 → v2: keyed by normalised show name → keyed by ShowRef. Names are matched against the watched
 * list (reveals only matter for watched shows); a name no watched show has is dropped, since no ref
 * can be known for it, and this list is disposable (a lost reveal only re-blurs an episode).
 */
export async function revealedToV2(value: unknown): Promise<unknown> {
  const parsed = revealedSchema.safeParse(value);
  if (!parsed.success) return value;
  const watched: unknown = await watchedShowsItem.getValue().catch(() => []);
  const byName = new Map<string, string>();
  for (const show of Array.isArray(watched) ? watched : []) {
    const ref = (show as { ref?: ShowRef }).ref;
    const name = (show as { name?: unknown }).name;
    if (ref && typeof name === 'string') byName.set(normalizeTitle(name), showKey(ref));
  }
  const migrated: RevealedEpisodes = {};
  for (const [name, keys] of Object.entries(parsed.data)) {
    const key = byName.get(name);
    if (key) migrated[key] = [...new Set([...(migrated[key] ?? []), ...keys])];
  }
  return migrated;
}

/** Cheap, disposable data: an unreadable value is simply forgotten. */
async function readAll(): Promise<RevealedEpisodes> {
  const parsed = revealedSchema.safeParse(await revealedEpisodesItem.getValue().catch(() => ({})));
  return parsed.success ? parsed.data : {};
}

export async function getRevealedEpisodes(show: ShowRef): Promise<string[]> {
  return (await readAll())[showKey(show)] ?? [];
}

export async function addRevealedEpisode(show: ShowRef, episodeKey: string): Promise<void> {
  const all = await readAll();
  const key = showKey(show);
  all[key] = [...new Set([...(all[key] ?? []), episodeKey])].slice(-500);
  await revealedEpisodesItem.setValue(all);
}
