// Streaming-site grids with the real extension: badges on tiles as a Prime Video page adds them in batches,
// first on a cold cache (TVmaze's rate limit sets the pace), then 500 tiles of titles already looked up.
import type { Page } from 'playwright-core';
import { serveFixture, type ExtensionBrowser } from '../../tests/support/browser';
import { normalizeTitle, type FakeShow, type FakeTvmaze } from '../../tests/support/fake-tvmaze';
import { countLookupMessages, lookupMessages } from '../../tests/support/harness';
import { longestTraced } from '../../tests/support/trace';
import { max, median } from './stats';
import type { Table } from './table';

const PRIME_URL = 'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play';
const PRIME_FIXTURE = 'tests/fixtures/pages/primevideo-detail-young-sherlock-amazon-de-2026-03.html';
const GRID = { batches: 20, perBatch: 25, gapMs: 100, distinctTitles: 50 };

/** Page-side probes: badge settle times per tile, and the Long Tasks API for comparison. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __inserted: number[]; __settled: number[]; __longest: number };
    w.__inserted = [];
    w.__settled = [];
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
    const settle = (node: Node, now: number) => {
      if (!(node instanceof Element)) return;
      const status = node.getAttribute('data-greenlit-status');
      if (!status || status === 'loading') return;
      const index = Number(node.closest('[data-bench-tile]')?.getAttribute('data-bench-tile') ?? NaN);
      if (Number.isInteger(index) && w.__settled[index] === undefined) w.__settled[index] = now;
    };
    new MutationObserver((mutations) => {
      const now = performance.now();
      for (const m of mutations) {
        if (m.type === 'attributes') settle(m.target, now);
        else for (const node of m.addedNodes) settle(node, now);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-greenlit-status'] });
  });
}

/** Appends cloned series cards in batches; resolves when the last batch is in. */
function insertTiles(page: Page, titles: string[], perBatch: number, gapMs: number, firstIndex = 0): Promise<void> {
  return page.evaluate(
    ([all, size, gap, first]) =>
      new Promise<void>((resolve, reject) => {
        const template = document.querySelector('article[data-card-title="The 50 - Season 1"]')?.closest('li');
        if (!template?.parentElement) return reject(new Error('no series card to clone'));
        const list = template.parentElement;
        const w = window as unknown as { __inserted: number[] };
        let next = 0;
        const batch = () => {
          const fragment = document.createDocumentFragment();
          const indexes: number[] = [];
          for (const title of all.slice(next, next + size)) {
            const item = template.cloneNode(true) as Element;
            for (const host of item.querySelectorAll('[data-greenlit-badge]')) host.remove();
            const card = item.querySelector('article')!;
            card.setAttribute('data-card-title', `${title} - Season 1`);
            card.setAttribute('data-bench-tile', String(first + next + indexes.length));
            card.querySelector('button[aria-label]')?.setAttribute('aria-label', title);
            const link = card.querySelector('a[href*="/detail/"]');
            if (link) link.textContent = title;
            indexes.push(first + next + indexes.length);
            fragment.append(item);
          }
          const now = performance.now();
          for (const i of indexes) w.__inserted[i] = now;
          list.append(fragment);
          next += size;
          if (next < all.length) setTimeout(batch, gap);
          else resolve();
        };
        batch();
      }),
    [titles, perBatch, gapMs, firstIndex] as const,
  );
}

async function tileLatencies(page: Page, count: number, timeoutMs: number): Promise<number[]> {
  await page
    .waitForFunction(
      (n) => (window as unknown as { __settled: number[] }).__settled.filter((t) => t !== undefined).length >= n,
      count,
      { timeout: timeoutMs, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate((n) => {
    const w = window as unknown as { __inserted: number[]; __settled: number[] };
    return Array.from({ length: n }, (_, i) => (w.__settled[i] ?? Infinity) - (w.__inserted[i] ?? 0));
  }, count);
}

async function openPrimePage(page: Page): Promise<void> {
  await page.goto(PRIME_URL, { waitUntil: 'load' });
  // tsx keeps function names with a `__name` helper that page-side callbacks do not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.waitForSelector('[data-greenlit-status]', { state: 'attached', timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector('[data-greenlit-status="loading"]'), null, { timeout: 30_000 });
  await installProbes(page);
}

export async function gridBenchmark(browser: ExtensionBrowser, table: Table, fake: FakeTvmaze, shows: readonly FakeShow[]): Promise<void> {
  serveFixture(browser.context, PRIME_URL, PRIME_FIXTURE);
  await countLookupMessages(browser);
  const seen = new Set<string>();
  const titles = shows
    .map((s) => s.name.trim())
    .filter((name) => {
      const key = normalizeTitle(name);
      if (!key || seen.has(key) || name.length > 60) return false;
      seen.add(key);
      return true;
    })
    .slice(0, GRID.distinctTitles);
  const page = await browser.context.newPage();
  table.section('Prime Video grid (real extension)');

  // First sight: every title is new, so TVmaze's rate limit (20 requests per 10 s) sets the pace.
  await openPrimePage(page);
  await insertTiles(page, titles, GRID.perBatch, GRID.gapMs);
  const cold = await tileLatencies(page, titles.length, 90_000);
  table.record(`Cold tiles (${titles.length} new titles, rate-limited), median`, median(cold), 'ms');
  table.record('Cold tiles, max', max(cold), 'ms');

  // The grid: 500 tiles in batches, every title already looked up once (the usual browsing case).
  const tiles = Array.from({ length: GRID.batches * GRID.perBatch }, (_, i) => titles[i % titles.length]!);
  await openPrimePage(page);
  const messagesBefore = (await lookupMessages(browser)).length;
  const requestsBefore = fake.requests.length;
  await insertTiles(page, tiles, GRID.perBatch, GRID.gapMs);
  const warm = await tileLatencies(page, tiles.length, 60_000);
  const messages = (await lookupMessages(browser)).length - messagesBefore;
  const requests = fake.requests.length - requestsBefore;
  const longTasksApi = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const unsettled = warm.filter((t) => !Number.isFinite(t)).length;
  table.record(`Grid of ${tiles.length} tiles: insertion → final badge, median`, median(warm), 'ms', 50);
  table.record(`Grid of ${tiles.length} tiles: insertion → final badge, max`, max(warm), 'ms', 100);
  if (unsettled) table.record('Grid tiles whose badge never settled', unsettled, 'tiles', 0);
  table.record(`lookupTitles messages for ${GRID.batches} batches`, messages, 'msgs', GRID.batches);
  table.record('TVmaze requests for the grid (titles cached)', requests, 'reqs');
  table.record('Longest task, Long Tasks API (misses content scripts)', longTasksApi, 'ms');

  // Same grid again under a trace, which sees every main-thread task (and slows things a little).
  await openPrimePage(page);
  const traced = await longestTraced(page, async () => {
    await insertTiles(page, tiles, GRID.perBatch, GRID.gapMs);
    await tileLatencies(page, tiles.length, 60_000);
  });
  table.record('Grid: longest main-thread task (traced)', traced.longestTaskMs, 'ms', 50);
  await page.close();
}
