import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { normalizeTitle } from '../shows/names';

/** Prime Video episodes the viewer chose to reveal, per show, so they stay revealed next visit. */
const revealedSchema = z.record(z.string(), z.array(z.string()));
type RevealedEpisodes = z.infer<typeof revealedSchema>;

export const revealedEpisodesItem = storage.defineItem<RevealedEpisodes>('local:revealedEpisodes', {
  fallback: {},
  version: 1,
});

/** Cheap, disposable data: an unreadable value is simply forgotten. */
async function readAll(): Promise<RevealedEpisodes> {
  const parsed = revealedSchema.safeParse(await revealedEpisodesItem.getValue().catch(() => ({})));
  return parsed.success ? parsed.data : {};
}

export async function getRevealedEpisodes(showName: string): Promise<string[]> {
  return (await readAll())[normalizeTitle(showName)] ?? [];
}

export async function addRevealedEpisode(showName: string, episodeKey: string): Promise<void> {
  const all = await readAll();
  const key = normalizeTitle(showName);
  all[key] = [...new Set([...(all[key] ?? []), episodeKey])].slice(-500);
  await revealedEpisodesItem.setValue(all);
}
