// `npm run bench`: Greenlit's performance goals, measured side by side in one run of real Chromium.
// Prints a table of measures with their goals; exits non-zero only when the harness itself fails.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../tests/support/browser';
import { FIXTURES_DIR, loadFixtureShows, REPO_ROOT } from '../tests/support/catalog';
import { loadSharedCatalog, sharedFixturesDir } from './shared-fixtures';
import { normalizeTitle, type FakeShow, type FakeTvmaze } from '../tests/support/fake-tvmaze';
import { buildArticlePage } from './bench/article';
import type { BenchHarness } from './bench/page-harness';
import { max, median } from './bench/stats';
import { longestTraced } from '../tests/support/trace';
import { countLookupMessages, lookupMessages, startFakeWhenFree } from '../tests/support/harness';

const RUNS = 21;
/** Greenlit's content scripts do not run here: the article benchmarks load the code under test themselves. */
const ARTICLE_URL = 'https://bench.example/news/one-megabyte-article';
const PRIME_URL = 'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play';
const PRIME_FIXTURE = 'tests/fixtures/pages/primevideo-detail-young-sherlock-amazon-de-2026-03.html';
const CONTENT_SCRIPTS_DIR = join(REPO_ROOT, '.output/chrome-mv3-e2e/content-scripts');
const GRID = { batches: 20, perBatch: 25, gapMs: 100, distinctTitles: 50 };
/** Shows the ~1 MB article names: the 10-title automaton, all of them also in the 10,000. */
const ARTICLE_SHOWS = [
  'Ballard', 'Bosch: Legacy', 'Bosch', 'The Chase', 'The End of the F***ing World',
  'Twin Peaks', 'Stranger Things', 'The Walking Dead', 'Doctor Who', 'Lost',
];

interface Row {
  measure: string;
  value: string;
  goal: string;
  result: 'PASS' | 'MISS' | 'info';
}
const rows: Row[] = [];

function record(measure: string, value: number, unit: string, goal?: number): void {
  const digits = unit === '×' ? 2 : unit === 'kB' || (unit === 'ms' && value < 10) ? 1 : 0;
  rows.push({
    measure,
    value: `${value.toFixed(digits)}${unit === '×' ? '×' : ` ${unit}`}`,
    goal: goal === undefined ? '' : `≤ ${goal}${unit === '×' ? '×' : ` ${unit}`}`,
    result: goal === undefined ? 'info' : value <= goal ? 'PASS' : 'MISS',
  });
}

function printTable(): void {
  const header: Row = { measure: 'Measure', value: 'Value', goal: 'Goal', result: 'info' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => (key === 'result' && r === header ? 6 : r[key].length)));
  const line = (r: Row) =>
    `| ${r.measure.padEnd(width('measure'))} | ${r.value.padStart(width('value'))} | ${r.goal.padEnd(width('goal'))} | ${(r === header ? 'Result' : r.result).padEnd(6)} |`;
  console.log(line(header));
  console.log(`|${'-'.repeat(width('measure') + 2)}|${'-'.repeat(width('value') + 2)}|${'-'.repeat(width('goal') + 2)}|--------|`);
  for (const r of rows) console.log(line(r));
}



function contentScriptSizes(): void {
  for (const file of readdirSync(CONTENT_SCRIPTS_DIR).filter((f) => f.endsWith('.js')).sort()) {
    const gzipped = gzipSync(readFileSync(join(CONTENT_SCRIPTS_DIR, file))).length / 1000;
    record(`Content script ${file}, gzipped`, gzipped, 'kB', 40);
  }
}

/** Catalog names, then made-up two-word names from their words, until there are `count`. */
function knownTitles(shows: readonly FakeShow[], count: number): string[] {
  const titles = new Set(ARTICLE_SHOWS);
  for (const show of shows) if (titles.size < count && show.name.trim()) titles.add(show.name.trim());
  const words = [...new Set(shows.flatMap((s) => s.name.split(/\s+/)).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w)))];
  // Every pair of words once at most: i < words.length² pairs.
  for (let i = 0; titles.size < count && i < words.length ** 2; i++) {
    titles.add(`${words[i % words.length]} ${words[Math.floor(i / words.length)]}`);
  }
  if (titles.size < count) throw new Error(`only ${titles.size} distinct titles from the catalog`);
  return [...titles];
}

type Harness = BenchHarness;
const call = <K extends keyof Harness>(page: Page, name: K, ...args: Parameters<Harness[K]>) =>
  page.evaluate(
    ([n, a]) => {
      const h = (globalThis as unknown as { greenlitBench: Record<string, (...x: unknown[]) => unknown> }).greenlitBench;
      return h[n]!(...a) as number;
    },
    [name, args] as [string, unknown[]],
  );

/** Runs `a` and `b` alternately (order swapped every round) and returns their medians. */
async function interleaved(runA: () => Promise<number>, runB: () => Promise<number>) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 3; i++) await runA().then(runB); // warm-up: JIT and caches
  for (let i = 0; i < RUNS; i++) {
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

async function articleBenchmarks(browser: ExtensionBrowser, shows: readonly FakeShow[], dir: string): Promise<void> {
  const html = buildArticlePage(join(FIXTURES_DIR, 'articles'));
  const file = join(dir, 'article.html');
  writeFileSync(file, html);
  const bundle = await build({
    entryPoints: [join(REPO_ROOT, 'scripts/bench/page-harness.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  serveFixture(browser.context, ARTICLE_URL, file);
  const page = await browser.context.newPage();
  await page.goto(ARTICLE_URL, { waitUntil: 'load' });
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const textLength = await call(page, 'textLength');
  console.log(`Article page: ${(html.length / 1e6).toFixed(2)} MB of HTML, ${(textLength / 1e6).toFixed(2)} M characters of body text`);

  const scan = await interleaved(() => call(page, 'scan'), () => call(page, 'bareWalk'));
  record('Article scan of ~1 MB page, median', scan.a, 'ms');
  record('Bare TreeWalker read of the same body, median', scan.b, 'ms');
  record('Article scan ÷ bare TreeWalker read', scan.a / scan.b, '×', 1.5);
  const parts: Array<[string, 'findBody' | 'readText' | 'patterns']> = [
    ['  of which: finding the article body', 'findBody'],
    ['  of which: readPageText (filtered TreeWalker)', 'readText'],
    ['  of which: title patterns over the text', 'patterns'],
  ];
  for (const [label, name] of parts) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) times.push(await call(page, name));
    record(`${label}, median`, median(times), 'ms');
  }

  const titles = knownTitles(shows, 10_000);
  const build10: number[] = [];
  const build10k: number[] = [];
  for (let i = 0; i < 5; i++) {
    build10.push(await call(page, 'buildAutomaton', 'small', titles.slice(0, 10)));
    build10k.push(await call(page, 'buildAutomaton', 'large', titles));
  }
  const spotting = await interleaved(() => call(page, 'spot', 'large'), () => call(page, 'spot', 'small'));
  const found = [await call(page, 'mentions', 'small'), await call(page, 'mentions', 'large')];
  console.log(`Spotting: ${found[0]} shows found with 10 titles, ${found[1]} with ${titles.length}`);
  record('Spotting with 10 titles (read text + first mentions), median', spotting.b, 'ms');
  record('Spotting with 10,000 titles, median', spotting.a, 'ms');
  record('Spotting 10,000 titles ÷ 10 titles', spotting.a / spotting.b, '×', 1.3);
  record('Automaton construction, 10 titles (median of 5)', median(build10), 'ms');
  record('Automaton construction, 10,000 titles (median of 5)', median(build10k), 'ms');
  await page.close();
}



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

async function gridBenchmark(browser: ExtensionBrowser, fake: FakeTvmaze, shows: readonly FakeShow[]): Promise<void> {
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

  // First sight: every title is new, so TVmaze's rate limit (20 requests per 10 s) sets the pace.
  await openPrimePage(page);
  await insertTiles(page, titles, GRID.perBatch, GRID.gapMs);
  const cold = await tileLatencies(page, titles.length, 90_000);
  record(`Cold tiles (${titles.length} new titles, rate-limited), median`, median(cold), 'ms');
  record('Cold tiles, max', max(cold), 'ms');

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
  record(`Grid of ${tiles.length} tiles: insertion → final badge, median`, median(warm), 'ms', 50);
  record(`Grid of ${tiles.length} tiles: insertion → final badge, max`, max(warm), 'ms', 100);
  if (unsettled) record('Grid tiles whose badge never settled', unsettled, 'tiles', 0);
  record(`lookupTitles messages for ${GRID.batches} batches`, messages, 'msgs', GRID.batches);
  record('TVmaze requests for the grid (titles cached)', requests, 'reqs');
  record('Longest task, Long Tasks API (misses content scripts)', longTasksApi, 'ms');

  // Same grid again under a trace, which sees every main-thread task (and slows things a little).
  await openPrimePage(page);
  const traced = await longestTraced(page, async () => {
    await insertTiles(page, tiles, GRID.perBatch, GRID.gapMs);
    await tileLatencies(page, tiles.length, 60_000);
  });
  record('Grid: longest main-thread task (traced)', traced.longestTaskMs, 'ms', 50);
  await page.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'greenlit-bench-'));
  const shared = sharedFixturesDir();
  const shows = shared ? loadSharedCatalog(shared) : loadFixtureShows();
  console.log(`Catalog: ${shows.length} shows (${shared ? 'shared fixtures' : 'test catalog'})`);
  contentScriptSizes();
  const fake = await startFakeWhenFree(shows, 600_000);
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension();
    await articleBenchmarks(browser, shows, dir);
    await gridBenchmark(browser, fake, shows);
  } finally {
    await browser?.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
  printTable();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
