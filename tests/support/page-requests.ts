// The worker's side of the pages' storage requests, registered in the fake browser, so a content-side
// test goes through the real messages and handlers (utils/storage/page-requests.ts).
import { answerPageRequests as answer } from '@/utils/storage/page-requests';

let removeEarlier: (() => void) | null = null;

/** Call after `fakeBrowser.reset()`; replaces an earlier registration (the library allows one listener a message). */
export function answerPageRequests(): void {
  removeEarlier?.();
  removeEarlier = answer();
}
