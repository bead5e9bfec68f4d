// `npx tsx scripts/import-figures.ts`: the history import's figures against the fake TVmaze, with the
// worker's own limiter (20 calls / 10.5 s), lookup service, resolver and runner; no browser.
// Prints lines per second matched and requests made, cold and with the cache warm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The watched-list module defines its storage item (and runs its migrations) when imported: give it
// an in-memory browser, as the unit tests do, before loading the worker's code.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
const { createJsonFetcher } = await import('../utils/lookup/http');
const { LookupCache } = await import('../utils/lookup/cache');
const { LookupService } = await import('../utils/lookup/service');
const { RateLimiter } = await import('../utils/lookup/rate-limiter');
const { TVMAZE_RATE_LIMIT } = await import('../utils/lookup/setup');
const { createTvmazeClient } = await import('../utils/sources/tvmaze/client');
const { createTvmazeSource } = await import('../utils/sources/tvmaze/source');
const { ImportRunner } = await import('../utils/watching/imports/import-runner');
const { resolveEntry } = await import('../utils/watching/imports/resolve');
const { FIXTURES_DIR, loadFixtureShows } = await import('../tests/support/catalog');
const { startFakeTvmaze } = await import('../tests/support/fake-tvmaze');
const { MemoryStore } = await import('../tests/support/memory-store');
type ImportJobState = import('../utils/watching/imports/import-job').ImportJobState;

const fake = await startFakeTvmaze({ shows: loadFixtureShows(), rateLimit: { max: 20, windowMs: 10_000 } });
const limiter = new RateLimiter(TVMAZE_RATE_LIMIT);
const cache = new LookupCache(new MemoryStore());
const lookups = new LookupService({ source: createTvmazeSource(createTvmazeClient(fake.url, createJsonFetcher({ limiter }))), cache });

async function run(label: string, name: string, text: string) {
  let saved: ImportJobState | null = null;
  let list: never[] = [];
  const runner = new ImportRunner({
    resolve: (entry) => resolveEntry(entry, lookups),
    store: { load: async () => saved, save: async (s) => void (saved = s), clear: async () => void (saved = null) },
    editWatched: async (edit) => {
      const { shows, result } = edit(list);
      list = shows as never[];
      return result;
    },
  });
  const before = fake.requests.length;
  const started = performance.now();
  const reply = await runner.start([{ name, text }]);
  if (!reply.ok) throw new Error(reply.error);
  await runner.whenIdle();
  const ms = performance.now() - started;
  const lines = text.trim().split('\n').length - 1;
  const kinds = { matched: 0, ambiguous: 0, 'not-found': 0, failed: 0 };
  for (const r of saved!.resolutions) kinds[r!.kind]++;
  const requests = fake.requests.slice(before);
  const limited = requests.filter((r) => r.status === 429).length;
  console.log(
    `${label}: ${lines} lines, ${reply.total} titles → ${JSON.stringify(kinds)}; ${requests.length} requests (${limited} answered 429); ${(ms / 1000).toFixed(1)} s → ${(lines / (ms / 1000)).toFixed(0)} lines/s`,
  );
}

const e2e = readFileSync(join(FIXTURES_DIR, 'imports/netflix-e2e-40-lines.csv'), 'utf8');
await run('40-line Netflix file, cold cache', 'NetflixViewingHistory.csv', e2e);
await run('same file again, warm cache', 'NetflixViewingHistory.csv', e2e);

// 300 shows of 3 episodes each, as a long Netflix history: every catalog show, then made-up ones.
const names = [...new Set(loadFixtureShows().map((s) => s.name))];
while (names.length < 300) names.push(`Made Up Show ${names.length}`);
const history = ['Title,Date', ...names.flatMap((n, i) => [1, 2, 3].map((e) => `"${n.replace(/"/g, '""')}: Season ${1 + (i % 4)}: Episode ${e}","1/${1 + (i % 28)}/24"`))].join('\n');
await run('300-show Netflix history, cold cache', 'NetflixViewingHistory.csv', history);
await fake.close();
