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

/** Resolves once the worker has received `count` messages of `type` since `recordWorkerMessages`: an event, not a sleep. */
export async function waitForWorkerMessages(browser: ExtensionBrowser, type: string, count: number, timeoutMs = 20_000): Promise<void> {
  const reached = await browser.serviceWorker.evaluate(
    ([wanted, n, ms]) => {
      type Listener = (message: unknown) => void;
      const g = globalThis as unknown as {
        chrome: { runtime: { onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } } };
        __workerMessages?: Array<{ type: unknown }>;
      };
      const seen = () => (g.__workerMessages ?? []).filter((m) => m.type === wanted).length;
      if (seen() >= n) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => done(false), ms);
        // Runs after the recording listener (added first), so the new message is already counted.
        const listener: Listener = () => queueMicrotask(() => seen() >= n && done(true));
        const done = (value: boolean) => {
          clearTimeout(timer);
          g.chrome.runtime.onMessage.removeListener(listener);
          resolve(value);
        };
        g.chrome.runtime.onMessage.addListener(listener);
      });
    },
    [type, count, timeoutMs] as const,
  );
  if (!reached) throw new Error(`the worker had fewer than ${count} '${type}' messages after ${timeoutMs} ms`);
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
