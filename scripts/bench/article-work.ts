// The ~1 MB article, each half on its own: the content script's share on the page (read, send, place) against
// a bare TreeWalker read, and the worker's spotting with a 50,000-title index against a 10-title one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedShowsFromRecords } from '../../utils/title-index/build-seed';
import type { SeedShow } from '../../utils/title-index/seed';
import { serveFixture, type ExtensionBrowser } from '../../tests/support/browser';
import { FIXTURES_DIR } from '../../tests/support/catalog';
import type { FakeShow } from '../../tests/support/fake-tvmaze';
import { buildArticlePage } from './article';
import { call, installHarness, interleaved, medianOf } from './harness';
import type { Table } from './table';
import { largeIndex } from './titles';

/** Greenlit's content scripts do not run here: the harnesses load the code under test themselves. */
const ARTICLE_URL = 'https://bench.example/news/one-megabyte-article';
const WORKER_URL = 'https://bench.example/worker';
/** Shows the ~1 MB article's paragraphs name: the 10-title index, all of them also in the 50,000. */
export const ARTICLE_SHOWS = [
  'Ballard', 'Bosch: Legacy', 'Bosch', 'The Chase', 'The End of the F***ing World',
  'Twin Peaks', 'Stranger Things', 'The Walking Dead', 'Doctor Who', 'Lost',
];
const LARGE_INDEX = 50_000;

/** The 10 article shows as the index holds them, from the test catalog's records. */
function articleIndexShows(catalog: readonly FakeShow[]): SeedShow[] {
  const records = ARTICLE_SHOWS.map((name) => {
    const record = catalog.find((show) => show.name === name);
    if (!record) throw new Error(`${name} is not in the test catalog`);
    return record;
  });
  return seedShowsFromRecords(records as unknown as Parameters<typeof seedShowsFromRecords>[0], new Date());
}

export async function articleBenchmarks(
  browser: ExtensionBrowser,
  table: Table,
  dir: string,
  seed: readonly SeedShow[],
  testCatalog: readonly FakeShow[],
): Promise<void> {
  const html = buildArticlePage(join(FIXTURES_DIR, 'articles'));
  writeFileSync(join(dir, 'article.html'), html);
  writeFileSync(join(dir, 'worker.html'), '<!doctype html><title>worker</title>');
  serveFixture(browser.context, ARTICLE_URL, join(dir, 'article.html'));
  serveFixture(browser.context, WORKER_URL, join(dir, 'worker.html'));

  const page = await browser.context.newPage();
  await page.goto(ARTICLE_URL, { waitUntil: 'load' });
  await installHarness(page, 'page-harness.ts');
  const worker = await browser.context.newPage();
  await worker.goto(WORKER_URL, { waitUntil: 'load' });
  await installHarness(worker, 'worker-harness.ts');

  const reading = await call(page, 'greenlitBench', 'readingJson');
  const textLength = await call(worker, 'greenlitWorkerBench', 'setReading', reading);
  console.log(`Article page: ${(html.length / 1e6).toFixed(2)} MB of HTML, ${(textLength / 1e6).toFixed(2)} M characters of body text, a ${(reading.length / 1e6).toFixed(2)} MB reading`);

  const article = articleIndexShows(testCatalog);
  const large = largeIndex(seed, article, LARGE_INDEX);
  console.log(
    `${LARGE_INDEX.toLocaleString('en')}-title index: ${large.real.toLocaleString('en')} real shows (the committed seed index and the article's own), ` +
      `${large.generated.toLocaleString('en')} made-up titles: real titles' shapes filled with random words from the seed's names (fixed random seed)`,
  );
  const buildSeed = await call(worker, 'greenlitWorkerBench', 'buildIndex', 'seed', [...seed]);
  const buildSmall = await call(worker, 'greenlitWorkerBench', 'buildIndex', 'small', article);
  const buildLarge = await call(worker, 'greenlitWorkerBench', 'buildIndex', 'large', large.shows);

  // The worker's first answer (known shows from the shipped index) is what the content script places.
  const placements = await call(worker, 'greenlitWorkerBench', 'placements', 'seed');
  await call(page, 'greenlitBench', 'setPlacements', placements);
  const badges = await call(page, 'greenlitBench', 'badgesPlaced');

  await contentScriptShare(page, table, badges, reading.length);
  await spotting(worker, table, { buildSeed, buildSmall, buildLarge, seedSize: seed.length });
  await page.close();
  await worker.close();
}

async function contentScriptShare(page: Page, table: Table, badges: number, readingBytes: number): Promise<void> {
  type Timed = 'contentScript' | 'bareWalk' | 'findBody' | 'readText' | 'readArticle' | 'serialize' | 'place';
  const bench = (name: Timed) => () => call(page, 'greenlitBench', name);
  const share = await interleaved(bench('contentScript'), bench('bareWalk'));
  table.section('Content script on the ~1 MB article (harness in real Chromium)');
  table.record(`Content script: read + message JSON + place ${badges} badges, median`, share.a, 'ms');
  table.record('Bare TreeWalker read of the same body, median', share.b, 'ms');
  table.record('Content script ÷ bare TreeWalker read', share.a / share.b, '×', 5);
  const parts: Array<[string, Timed]> = [
    ['  of which: finding the article body', 'findBody'],
    ['  of which: readPageText (filtered TreeWalker)', 'readText'],
    ['  of which: readArticle (text, blocks, spans, meta)', 'readArticle'],
    [`  of which: the message as JSON (${(readingBytes / 1e6).toFixed(2)} MB)`, 'serialize'],
    [`  of which: placing ${badges} badges (plain hosts, no card)`, 'place'],
  ];
  for (const [label, name] of parts) table.record(`${label}, median`, await medianOf(bench(name)), 'ms');
}

async function spotting(
  worker: Page,
  table: Table,
  built: { buildSeed: number; buildSmall: number; buildLarge: number; seedSize: number },
): Promise<void> {
  const spot = (name: string) => () => call(worker, 'greenlitWorkerBench', 'spot', name);
  const times = await interleaved(spot('large'), spot('small'));
  const small = await call(worker, 'greenlitWorkerBench', 'found', 'small');
  const large = await call(worker, 'greenlitWorkerBench', 'found', 'large');
  const seeded = await call(worker, 'greenlitWorkerBench', 'found', 'seed');
  const list = (titles: string[]) => [...new Set(titles)].join(', ');
  console.log(`Spotting, 10-title index: ${small.candidates} candidates, ${small.known.length} known (${list(small.known)})`);
  console.log(`Spotting, ${LARGE_INDEX.toLocaleString('en')}-title index: ${large.candidates} candidates, ${large.known.length} known (${list(large.known)})`);
  console.log(`Spotting, shipped seed index: ${seeded.candidates} candidates, ${seeded.known.length} known`);
  table.section('Worker spotting of the 1 MB reading (spotArticle, same engine, in a page)');
  table.record(`spotArticle, ${LARGE_INDEX.toLocaleString('en')}-title index, median`, times.a, 'ms', 30);
  table.record('spotArticle, 10-title index (the article’s shows), median', times.b, 'ms');
  table.record(`spotArticle ${LARGE_INDEX.toLocaleString('en')} titles ÷ 10 titles`, times.a / times.b, '×', 1.3);
  table.record(`spotArticle, shipped seed index (${built.seedSize.toLocaleString('en')} shows), median`, await medianOf(spot('seed')), 'ms');
  table.record('  of which: folding the text (every index pays it), median', await medianOf(() => call(worker, 'greenlitWorkerBench', 'fold')), 'ms');
  const find = (name: string) => () => call(worker, 'greenlitWorkerBench', 'find', name);
  const finds = await interleaved(find('large'), find('small'), 11);
  const matches = { large: await call(worker, 'greenlitWorkerBench', 'matches', 'large'), small: await call(worker, 'greenlitWorkerBench', 'matches', 'small') };
  table.record(`  of which: the index's matcher pass, ${LARGE_INDEX.toLocaleString('en')} titles (${matches.large.toLocaleString('en')} hits), median`, finds.a, 'ms');
  table.record(`  of which: the index's matcher pass, 10 titles (${matches.small.toLocaleString('en')} hits), median`, finds.b, 'ms');
  table.record(`Index construction, ${LARGE_INDEX.toLocaleString('en')} titles (once per worker start)`, built.buildLarge, 'ms');
  table.record(`Index construction, shipped seed (${built.seedSize.toLocaleString('en')} shows)`, built.buildSeed, 'ms');
  table.record('Index construction, 10 titles', built.buildSmall, 'ms');
}
