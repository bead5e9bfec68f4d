// `npm run bench`: Greenlit's performance goals, measured side by side in one run of real Chromium.
// Prints a table of measures with their goals; exits non-zero only when the harness itself fails.
// Runs on a fresh clone: the fake TVmaze uses the shared fixtures' catalog when it is there (../shared),
// else the committed test catalog; the title indexes come from the committed seed either way.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSeed } from '../utils/title-index/seed';
import seedFile from '../utils/title-index/seed-index.json';
import { E2E_EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../tests/support/browser';
import { loadFixtureShows, loadRoundupShows } from '../tests/support/catalog';
import type { FakeShow } from '../tests/support/fake-tvmaze';
import { startFakeWhenFree } from '../tests/support/harness';
import { articleBenchmarks } from './bench/article-work';
import { extensionArticleBenchmark } from './bench/extension-article';
import { firstBadgeBenchmark } from './bench/first-badge';
import { gridBenchmark } from './bench/grid';
import { Table } from './bench/table';
import { loadSharedCatalog, sharedFixturesDir } from './shared-fixtures';

/** The goal for the article script; the others keep the earlier 40 kB. */
const CONTENT_SCRIPT_GOALS_KB: Record<string, number> = { 'content.js': 25 };
/** TVmaze's documented limit, enforced by the fake as the real API does. */
const RATE_LIMIT = { max: 20, windowMs: 10_000 };

/** The shipped build (`wxt build`, which `npm run bench` runs first): e2e builds carry test-only matches. */
const PRODUCTION_DIR = join(E2E_EXTENSION_DIR, '..', 'chrome-mv3');

function contentScriptSizes(table: Table): void {
  const dir = join(PRODUCTION_DIR, 'content-scripts');
  table.section('Built content scripts (production build, as shipped)');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const gzipped = gzipSync(readFileSync(join(dir, file))).length / 1000;
    table.record(`Content script ${file}, gzipped`, gzipped, 'kB', CONTENT_SCRIPT_GOALS_KB[file] ?? 40);
  }
}

/** One record per id: later lists fill in what earlier ones lack. */
function mergeCatalogs(...lists: FakeShow[][]): FakeShow[] {
  const byId = new Map<number, FakeShow>();
  for (const list of lists) for (const show of list) if (!byId.has(show.id)) byId.set(show.id, show);
  return [...byId.values()];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'greenlit-bench-'));
  const shared = sharedFixturesDir();
  const testCatalog = loadFixtureShows();
  const catalog = mergeCatalogs(shared ? loadSharedCatalog(shared) : testCatalog, testCatalog, loadRoundupShows());
  console.log(
    shared
      ? `Fake TVmaze catalog: ${catalog.length} shows, the shared fixtures' catalog (${shared}) plus the roundup's records`
      : `Fake TVmaze catalog: ${catalog.length} shows, the committed test catalog plus the roundup's records (no shared fixtures found)`,
  );
  const seed = parseSeed(seedFile).shows;
  const table = new Table();
  contentScriptSizes(table);
  const fake = await startFakeWhenFree(catalog, 600_000, { rateLimit: RATE_LIMIT });
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension();
    // tsx keeps function names with a `__name` helper that page-side callbacks do not have.
    await browser.context.addInitScript('globalThis.__name ??= (f) => f');
    await articleBenchmarks(browser, table, dir, seed, testCatalog);
    await gridBenchmark(browser, table, fake, catalog);
    await extensionArticleBenchmark(browser, table, fake, dir);
    await browser.close();
    browser = undefined;
    await firstBadgeBenchmark(table, fake);
  } finally {
    await browser?.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
  table.print();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
