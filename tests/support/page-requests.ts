// The worker's side of the pages' storage requests, registered in the fake browser, so a content-side
// test goes through the real messages and handlers (utils/storage/page-requests.ts).
import { onMessage } from '@/utils/messaging/protocol';
import {
  handlePageSettings,
  handleProtectedShows,
  handleRememberRevealedBlock,
  handleRememberRevealedEpisode,
  handleRevealedBlocks,
  handleRevealedEpisodes,
} from '@/utils/storage/page-requests';

let removeEarlier: (() => void) | null = null;

/** Call after `fakeBrowser.reset()`; replaces an earlier registration (the library allows one listener a message). */
export function answerPageRequests(): void {
  removeEarlier?.();
  const removers = [
    onMessage('pageSettings', () => handlePageSettings()),
    onMessage('protectedShows', () => handleProtectedShows()),
    onMessage('revealedBlocks', ({ data }) => handleRevealedBlocks(data)),
    onMessage('rememberRevealedBlock', ({ data }) => handleRememberRevealedBlock(data)),
    onMessage('revealedEpisodes', ({ data }) => handleRevealedEpisodes(data)),
    onMessage('rememberRevealedEpisode', ({ data }) => handleRememberRevealedEpisode(data)),
  ];
  removeEarlier = () => removers.forEach((remove) => remove());
}
