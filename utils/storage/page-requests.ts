/**
 * The worker's answers to what pages need from storage: the settings, the shows under spoiler
 * protection and the reveals to remember. Pages ask by message (utils/page/stored-state.ts), so the
 * storage items, their migrations and zod stay in the worker, which validates both ways.
 */
import * as z from 'zod/mini';
import { parseRequest } from '../messaging/parse-request';
import { onMessage } from '../messaging/protocol';
import { showRefSchema } from '../shows/show';
import type { FollowedShow } from '../spoilers/subject-protection';
import { addRevealedBlock, getRevealedBlocks } from './revealed-blocks';
import { addRevealedEpisode, getRevealedEpisodes } from './revealed-episodes';
import { getSettings, type Settings } from './settings';
import { getWatchedShows } from './watched-shows';

/** A page address, as pages send it (revealed-blocks.ts keeps origin + path only). */
const urlSchema = z.string().check(z.maxLength(4_000));
/** Reveal keys are short hashes ("b1x9…"); anything longer is not ours. */
const revealKeySchema = z.string().check(z.minLength(1), z.maxLength(40));

const revealedBlocksRequest = z.object({ url: urlSchema });
const rememberBlockRequest = z.object({ url: urlSchema, key: revealKeySchema });
const revealedEpisodesRequest = z.object({ ref: showRefSchema });
const rememberEpisodeRequest = z.object({ ref: showRefSchema, key: revealKeySchema });

export function handlePageSettings(): Promise<Settings> {
  return getSettings();
}

/** Only what the shields read, and only for shows with protection on. */
export async function handleProtectedShows(): Promise<FollowedShow[]> {
  return (await getWatchedShows())
    .filter((show) => show.protectSpoilers)
    .map(({ ref, name, progress, protectSpoilers }) => ({ ref, name, progress, protectSpoilers }));
}

export async function handleRevealedBlocks(data: unknown): Promise<string[]> {
  return [...(await getRevealedBlocks(parseRequest(revealedBlocksRequest, data, 'revealedBlocks').url))];
}

export async function handleRememberRevealedBlock(data: unknown): Promise<void> {
  const { url, key } = parseRequest(rememberBlockRequest, data, 'rememberRevealedBlock');
  await addRevealedBlock(url, key);
}

export function handleRevealedEpisodes(data: unknown): Promise<string[]> {
  return getRevealedEpisodes(parseRequest(revealedEpisodesRequest, data, 'revealedEpisodes').ref);
}

export async function handleRememberRevealedEpisode(data: unknown): Promise<void> {
  const { ref, key } = parseRequest(rememberEpisodeRequest, data, 'rememberRevealedEpisode');
  await addRevealedEpisode(ref, key);
}

/** Answers every page request above; returns the function that stops (tests register anew per case). */
export function answerPageRequests(): () => void {
  const removers = [
    onMessage('pageSettings', () => handlePageSettings()),
    onMessage('protectedShows', () => handleProtectedShows()),
    onMessage('revealedBlocks', ({ data }) => handleRevealedBlocks(data)),
    onMessage('rememberRevealedBlock', ({ data }) => handleRememberRevealedBlock(data)),
    onMessage('revealedEpisodes', ({ data }) => handleRevealedEpisodes(data)),
    onMessage('rememberRevealedEpisode', ({ data }) => handleRememberRevealedEpisode(data)),
  ];
  return () => removers.forEach((remove) => remove());
}
