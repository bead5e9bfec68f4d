// Helpers shared by e2e tests and the benchmark.
import { FAKE_TVMAZE_PORT, type ExtensionBrowser } from './browser';
import { startFakeTvmaze, type FakeShow, type FakeTvmaze, type FakeTvmazeOptions } from './fake-tvmaze';

/** Another run may hold the fake's fixed port (development machines): wait for it instead of failing. */
export async function startFakeWhenFree(
  shows: FakeShow[],
  waitMs = 150_000,
  options: Omit<FakeTvmazeOptions, 'shows' | 'port'> = {},
): Promise<FakeTvmaze> {
  const deadline = Date.now() + waitMs;
  for (let warned = false; ; ) {
    try {
      return await startFakeTvmaze({ ...options, shows, port: FAKE_TVMAZE_PORT });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) throw error;
      if (!warned) console.log(`Port ${FAKE_TVMAZE_PORT} is busy (another e2e run?); waiting…`);
      warned = true;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** Records every message the worker receives, with a second, passive listener (type, and a batch's size). */
export async function recordWorkerMessages(browser: ExtensionBrowser): Promise<void> {
  await browser.serviceWorker.evaluate(() => {
    type Listener = (message: unknown) => void;
    const g = globalThis as unknown as {
      chrome: { runtime: { onMessage: { addListener(l: Listener): void } } };
      __workerMessages?: Array<{ type: unknown; titles: number }>;
    };
    if (g.__workerMessages) return;
    const seen: Array<{ type: unknown; titles: number }> = [];
    g.__workerMessages = seen;
    g.chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: unknown; data?: { titles?: unknown[] } } | null;
      seen.push({ type: m?.type, titles: m?.data?.titles?.length ?? -1 });
    });
  });
}

/** How many messages of `type` the worker has received since `recordWorkerMessages`. */
export function workerMessageCount(browser: ExtensionBrowser, type: string): Promise<number> {
  return browser.serviceWorker.evaluate(
    (wanted) => ((globalThis as { __workerMessages?: Array<{ type: unknown }> }).__workerMessages ?? []).filter((m) => m.type === wanted).length,
    type,
  );
}

/** Counts `lookupTitles` messages in the worker (see `recordWorkerMessages`). */
export const countLookupMessages = recordWorkerMessages;

/** The size of each `lookupTitles` message seen since `countLookupMessages`. */
export function lookupMessages(browser: ExtensionBrowser): Promise<number[]> {
  return browser.serviceWorker.evaluate(() =>
    ((globalThis as { __workerMessages?: Array<{ type: unknown; titles: number }> }).__workerMessages ?? [])
      .filter((m) => m.type === 'lookupTitles')
      .map((m) => m.titles),
  );
}
