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

/** Counts `lookupTitles` messages in the worker with a second, passive listener. */
export async function countLookupMessages(browser: ExtensionBrowser): Promise<void> {
  await browser.serviceWorker.evaluate(() => {
    type Listener = (message: unknown) => void;
    const g = globalThis as unknown as {
      chrome: { runtime: { onMessage: { addListener(l: Listener): void } } };
      __lookupBatches?: number[];
    };
    if (g.__lookupBatches) return;
    const batches: number[] = [];
    g.__lookupBatches = batches;
    g.chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: unknown; data?: { titles?: unknown[] } } | null;
      if (m?.type === 'lookupTitles') batches.push(m.data?.titles?.length ?? -1);
    });
  });
}

/** The size of each `lookupTitles` message seen since `countLookupMessages`. */
export function lookupMessages(browser: ExtensionBrowser): Promise<number[]> {
  return browser.serviceWorker.evaluate(() => [...((globalThis as { __lookupBatches?: number[] }).__lookupBatches ?? [])]);
}
