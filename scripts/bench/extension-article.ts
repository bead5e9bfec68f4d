// The ~1 MB article with the real built extension, under a trace with CPU samples: the longest main-thread
// task that runs Greenlit's code, and all the script time Greenlit adds to the page, from load until its
// badges settle. The same page where Greenlit does not run gives the page's own cost.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForBadgesSettled } from '../../tests/support/badges';
import { serveFixture, type ExtensionBrowser } from '../../tests/support/browser';
import { FIXTURES_DIR } from '../../tests/support/catalog';
import type { FakeTvmaze } from '../../tests/support/fake-tvmaze';
import { WORKING_MS, traceMainThread, type ScriptTask } from '../../tests/support/trace';
import { buildArticlePage } from './article';
import type { Table } from './table';

/** A news site the article content script runs on. */
const GREENLIT_URL = 'https://www.techradar.com/news/bench-one-megabyte-article';
/** The same page where no Greenlit content script runs. */
const CONTROL_URL = 'https://bench.example/news/one-megabyte-article-control';
/** What a traced task was doing, for the log line. */
const doing = (task: ScriptTask) => task.events.join(', ') || '(no event above a fifth of it)';

export async function extensionArticleBenchmark(browser: ExtensionBrowser, table: Table, fake: FakeTvmaze, dir: string): Promise<void> {
  const file = join(dir, 'article-extension.html');
  writeFileSync(file, buildArticlePage(join(FIXTURES_DIR, 'articles')));
  serveFixture(browser.context, GREENLIT_URL, file);
  serveFixture(browser.context, CONTROL_URL, file);
  table.section('The ~1 MB article with the real extension (traced, CPU-sampled)');

  const control = await browser.context.newPage();
  // The page's own cost: its load, traced the same way.
  const baseline = await traceMainThread(control, () => control.goto(CONTROL_URL, { waitUntil: 'load' }));
  await control.close();

  fake.reset();
  const page = await browser.context.newPage();
  const traced = await traceMainThread(
    page,
    async () => {
      await page.goto(GREENLIT_URL, { waitUntil: 'load' });
      await page.waitForSelector('[data-greenlit-status]', { state: 'attached', timeout: 30_000 });
      // Strangers queue behind TVmaze's rate limit: wait until their badges are in too.
      return waitForBadgesSettled(page, { quietMs: 2_000, timeoutMs: 45_000 });
    },
    { scriptUrlPrefix: `chrome-extension://${browser.extensionId}/` },
  );
  await page.close();
  const script = traced.script!;
  console.log(
    `Extension on the 1 MB article: ${traced.value.length} badges, ${fake.requests.length} TVmaze requests, ` +
      `Greenlit code ran in ${script.tasks} main-thread tasks; the longest with ${WORKING_MS} ms of it or more: ` +
      `${doing(script.longestWorking)}; the longest holding any: ${doing(script.longest)}`,
  );
  table.record(`Longest main-thread task running Greenlit code (${WORKING_MS} ms of it or more)`, script.longestWorking.ms, 'ms', 50);
  table.record('  of which Greenlit script (CPU samples)', script.longestWorking.scriptMs, 'ms');
  // A Preact frame callback inside the page's own paint holds a sliver of Greenlit script: shown, not judged.
  table.record('Longest main-thread task holding any Greenlit script', script.longest.ms, 'ms');
  table.record('  of which Greenlit script (CPU samples)', script.longest.scriptMs, 'ms');
  table.record('Most Greenlit script in any one task (CPU samples)', script.mostInOneTaskMs, 'ms');
  table.record('Greenlit main-thread script time on the page, all tasks (CPU samples)', script.totalMs, 'ms');
  table.record('Longest main-thread task of the page with Greenlit (parse, layout included)', traced.longestTaskMs, 'ms');
  table.record('Longest main-thread task, same page where Greenlit does not run', baseline.longestTaskMs, 'ms');
}
