// Getting code under test into a bench page and timing it there: esbuild bundles a harness module into an
// IIFE that sets a global; `call` runs one of its functions in the page.
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../tests/support/catalog';
import type { PageHarness } from './page-harness';
import type { WorkerHarness } from './worker-harness';
import { median } from './stats';

interface Harnesses {
  greenlitBench: PageHarness;
  greenlitWorkerBench: WorkerHarness;
}

/** Bundles `scripts/bench/<file>` and adds it to the page. */
export async function installHarness(page: Page, file: 'page-harness.ts' | 'worker-harness.ts'): Promise<void> {
  const bundle = await build({
    entryPoints: [join(REPO_ROOT, 'scripts/bench', file)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
}

type Fn = (...args: never[]) => unknown;

/** Calls `harness.name(...args)` in the page and returns its (serialisable) result. */
export function call<H extends keyof Harnesses, K extends keyof Harnesses[H]>(
  page: Page,
  harness: H,
  name: K,
  ...args: Harnesses[H][K] extends Fn ? Parameters<Harnesses[H][K]> : never
): Promise<Harnesses[H][K] extends Fn ? Awaited<ReturnType<Harnesses[H][K]>> : never> {
  return page.evaluate(
    ([h, n, a]) => {
      const target = (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[h]!;
      return target[n]!(...a);
    },
    [harness, String(name), args] as [string, string, unknown[]],
  ) as never;
}

export const RUNS = 21;

/** Runs `a` and `b` alternately (order swapped every round) and returns their medians. */
export async function interleaved(runA: () => Promise<number>, runB: () => Promise<number>, runs = RUNS) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 3; i++) await runA().then(runB); // warm-up: JIT and caches
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      b.push(await runB());
      a.push(await runA());
    } else {
      a.push(await runA());
      b.push(await runB());
    }
  }
  return { a: median(a), b: median(b) };
}

/** Median of `runs` calls after one warm-up. */
export async function medianOf(run: () => Promise<number>, runs = 7): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await run());
  return median(times);
}
