// Page load to first badge on a cold cache: a fresh browser profile, the roundup page naming 25 shows (15 the
// shipped index knows, 10 strangers), the fake TVmaze enforcing its real rate limit.
import type { Page } from 'playwright-core';
import { parseSeed } from '../../utils/title-index/seed';
import seedFile from '../../utils/title-index/seed-index.json';
import { launchWithExtension, serveFixture } from '../../tests/support/browser';
import { ROUNDUP_PAGE } from '../../tests/support/catalog';
import type { FakeTvmaze } from '../../tests/support/fake-tvmaze';
import type { Table } from './table';

const ROUNDUP_URL = 'https://www.techradar.com/news/tv-renewals-roundup';
/** The roundup's shows, every one in the fake's catalog: the run ends when each has its badge. */
const ROUNDUP_SHOWS = 25;

interface BadgeEvent {
  at: number;
  status: string | null;
  title: string | null;
  showId: string | null;
}

/** Logs every badge host's arrival and status change, from the start of the page. */
async function recordBadges(page: Page): Promise<void> {
  // tsx keeps function names with a `__name` helper that page-side callbacks do not have.
  await page.addInitScript('globalThis.__name ??= (f) => f');
  await page.addInitScript(() => {
    const log: BadgeEvent[] = [];
    (globalThis as unknown as { __greenlitBadges: BadgeEvent[] }).__greenlitBadges = log;
    const note = (node: Node) => {
      if (!(node instanceof Element) || !node.hasAttribute('data-greenlit-status')) return;
      log.push({
        at: performance.now(),
        status: node.getAttribute('data-greenlit-status'),
        title: node.getAttribute('data-greenlit-title'),
        showId: node.getAttribute('data-greenlit-show-id'),
      });
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === 'attributes') note(m.target);
        else m.addedNodes.forEach(note);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-greenlit-status', 'data-greenlit-show-id'] });
  });
}

export async function firstBadgeBenchmark(table: Table, fake: FakeTvmaze): Promise<void> {
  const known = new Set(parseSeed(seedFile).shows.map((show) => `tvmaze:${show.ref.id}`));
  fake.reset();
  // A fresh profile: nothing cached, nothing learned; the worker starts with the page.
  const browser = await launchWithExtension();
  try {
    serveFixture(browser.context, ROUNDUP_URL, ROUNDUP_PAGE);
    const page = await browser.context.newPage();
    await recordBadges(page);
    const start = Date.now();
    await page.goto(ROUNDUP_URL, { waitUntil: 'load' });
    await page.waitForSelector('[data-greenlit-status]', { state: 'attached', timeout: 30_000 });
    // Strangers queue behind the rate limit; the state to wait for is a badge for every show.
    await page.waitForFunction((count) => document.querySelectorAll('[data-greenlit-show-id]').length >= count, ROUNDUP_SHOWS, { timeout: 90_000 });
    const { origin, log } = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      log: (globalThis as unknown as { __greenlitBadges: BadgeEvent[] }).__greenlitBadges,
    }));
    const first = log[0]!;
    const requests = fake.requests.filter((r) => r.at >= start);
    const beforeFirst = requests.filter((r) => r.at <= origin + first.at).length;
    const settled = log.filter((e) => e.status !== 'loading');
    const finalByHost = new Set(log.map((e) => e.showId ?? e.title));
    console.log(
      `Roundup page, cold: first badge "${first.title}" (${first.showId && known.has(first.showId) ? 'in the shipped index' : 'not in the index'}, ${first.status}); ` +
        `${finalByHost.size} badged shows; ${requests.length} TVmaze requests, ${requests.filter((r) => r.status === 429).length} answered 429`,
    );
    table.section('Cold cache: roundup page naming 25 shows (real extension, fake TVmaze at 20 requests / 10 s)');
    table.record('Page load (navigation start) → first badge', first.at, 'ms', 1000);
    table.record('TVmaze requests before the first badge', beforeFirst, 'reqs', 0);
    table.record('Page load (navigation start) → every badge in with its status', Math.max(...settled.map((e) => e.at)), 'ms');
    await page.close();
  } finally {
    await browser.close();
  }
}
