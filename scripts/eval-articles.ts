// Accuracy report on the labelled news articles (scripts/article-sets.ts: the shared set when present, and
// the committed ones): each article is opened at its real URL in Chromium with the e2e build, against a
// fake TVmaze holding the catalog; badged shows are scored against the labels, per set and overall. A report, not a gate: exits 0 unless the harness itself fails.
// Usage: npm run eval [-- <file-substring>]
import { join } from 'node:path';
import { waitForBadgesSettled } from '../tests/support/badges';
import { FAKE_TVMAZE_PORT, launchWithExtension, serveFixture } from '../tests/support/browser';
import { EVAL_EXTENSION_DIR } from './e2e-config.mjs';
import { evalData, type LabelledArticle } from './article-sets';
import { normalizeTitle, startFakeTvmaze, type FakeShow } from '../tests/support/fake-tvmaze';

const GOALS = { precision: 0.97, recall: 0.9 };

interface ArticleResult {
  file: string;
  tp: string[];
  fp: string[];
  fn: string[];
  ambiguous: string[];
  badges: number;
  unmatchedBadges: number;
  requests: number;
  rateLimited: number;
  /** From navigation start to the first badge with a show, on a cold cache; null when none came. */
  firstBadgeMs: number | null;
  /** Requests to the API before that first badge. */
  requestsBeforeFirstBadge: number;
}

function score(
  article: LabelledArticle,
  badged: Map<number, string>,
): Pick<ArticleResult, 'tp' | 'fp' | 'fn' | 'ambiguous'> {
  const labelled = article.shows.map((s) => ({
    name: s.name,
    keys: new Set([s.name, ...(s.mentions ?? [])].map(normalizeTitle)),
  }));
  const ambiguousKeys = new Set((article.ambiguous ?? []).map(normalizeTitle));
  const found = new Set<string>();
  const tp: string[] = [];
  const fp: string[] = [];
  const ambiguous: string[] = [];
  for (const [id, name] of badged) {
    const key = normalizeTitle(name);
    const label = labelled.find((l) => l.keys.has(key));
    if (label) {
      tp.push(name);
      found.add(label.name);
    } else if (ambiguousKeys.has(key)) ambiguous.push(name);
    else fp.push(`${name} (${id})`);
  }
  const fn = labelled.filter((l) => !found.has(l.name)).map((l) => l.name);
  return { tp, fp, fn, ambiguous };
}

async function evaluate(
  article: LabelledArticle,
  dir: string,
  catalog: Map<number, FakeShow>,
  fake: Awaited<ReturnType<typeof startFakeTvmaze>>,
): Promise<ArticleResult> {
  fake.reset();
  // A fresh profile per article: no cache carried over, so request counts are per article.
  const browser = await launchWithExtension({ extensionDir: EVAL_EXTENSION_DIR });
  try {
    serveFixture(browser.context, article.url, join(dir, article.file));
    const page = await browser.context.newPage();
    // The moment the first badge with a show lands, as the page sees it (epoch ms, to compare with requests).
    // A string, not a function: tsx's name helpers would not exist in the page.
    await page.addInitScript(`
      new MutationObserver(() => {
        if (!window.__firstBadgeAt && document.querySelector('[data-greenlit-show-id]')) window.__firstBadgeAt = performance.timeOrigin + performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    `);
    await page.goto(article.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const badges = await waitForBadgesSettled(page, { quietMs: 1000, timeoutMs: 10_000, minWaitMs: 3000 });
    const timing = await page.evaluate(() => ({
      first: (window as unknown as { __firstBadgeAt?: number }).__firstBadgeAt ?? null,
      start: performance.timeOrigin,
    }));
    const badged = new Map<number, string>();
    let unmatchedBadges = 0;
    for (const b of badges) {
      const id = Number(/^tvmaze:(\d+)$/.exec(b.showId ?? '')?.[1]);
      if (!id) unmatchedBadges += 1;
      else badged.set(id, catalog.get(id)?.name ?? `unknown show ${id}`);
    }
    return {
      file: article.file,
      ...score(article, badged),
      badges: badges.length,
      unmatchedBadges,
      requests: fake.requests.length,
      rateLimited: fake.requests.filter((r) => r.status === 429).length,
      firstBadgeMs: timing.first === null ? null : Math.round(timing.first - timing.start),
      requestsBeforeFirstBadge: timing.first === null ? fake.requests.length : fake.requests.filter((r) => r.at < timing.first!).length,
    };
  } finally {
    await browser.close();
  }
}

function list(names: string[]): string {
  return names.length ? names.join(', ') : '—';
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : (n / d).toFixed(3);
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  const data = evalData(filter);
  const shows = data.catalog;
  const catalog = new Map(shows.map((s) => [s.id, s]));
  // The real API's limit, so a client that bursts pays for it here too.
  const fake = await startFakeTvmaze({
    shows,
    port: FAKE_TVMAZE_PORT,
    rateLimit: { max: 20, windowMs: 10_000 },
  });
  console.log(`Evaluating ${data.describe}\n`);

  const perSet: Array<{ name: string; results: ArticleResult[] }> = [];
  try {
    for (const set of data.sets) {
      perSet.push({ name: set.name, results: [] });
      for (const article of set.articles) {
        const result = await evaluate(article, set.dir, catalog, fake);
        perSet.at(-1)!.results.push(result);
        console.log(
          `${result.file}\n  TP ${result.tp.length}  FP ${result.fp.length}  FN ${result.fn.length}` +
            `  | badges ${result.badges} (${result.unmatchedBadges} without a show)` +
            `  | requests ${result.requests}${result.rateLimited ? ` (${result.rateLimited} answered 429)` : ''}` +
            `  | first badge ${result.firstBadgeMs === null ? '—' : `${result.firstBadgeMs} ms`} (after ${result.requestsBeforeFirstBadge} requests)`,
        );
        console.log(`    TP: ${list(result.tp)}`);
        console.log(`    FP: ${list(result.fp)}`);
        console.log(`    FN: ${list(result.fn)}`);
        if (result.ambiguous.length) console.log(`    ambiguous (not scored): ${list(result.ambiguous)}`);
      }
    }
  } finally {
    await fake.close();
  }

  const results = perSet.flatMap((set) => set.results);
  console.log('');
  for (const set of perSet) {
    const [t, f, n] = (['tp', 'fp', 'fn'] as const).map((k) => set.results.reduce((sum, r) => sum + r[k].length, 0)) as [number, number, number];
    console.log(`${set.name}: TP ${t}  FP ${f}  FN ${n}  precision ${pct(t, t + f)}  recall ${pct(t, t + n)}`);
  }
  const tp = results.reduce((n, r) => n + r.tp.length, 0);
  const fp = results.reduce((n, r) => n + r.fp.length, 0);
  const fn = results.reduce((n, r) => n + r.fn.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const mark = (ok: boolean) => (ok ? 'meets goal' : 'BELOW GOAL');
  console.log(`All sets: TP ${tp}  FP ${fp}  FN ${fn}  requests ${results.reduce((n, r) => n + r.requests, 0)}`);
  console.log(`Precision ${pct(tp, tp + fp)} (goal ≥ ${GOALS.precision}: ${mark(precision >= GOALS.precision)})`);
  console.log(`Recall    ${pct(tp, tp + fn)} (goal ≥ ${GOALS.recall}: ${mark(recall >= GOALS.recall)})`);
  const firsts = results.map((r) => r.firstBadgeMs).filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
  if (firsts.length) {
    console.log(
      `First badge on a cold cache: median ${firsts[Math.floor(firsts.length / 2)]} ms, slowest ${firsts.at(-1)} ms` +
        ` (${results.filter((r) => r.firstBadgeMs !== null && r.requestsBeforeFirstBadge === 0).length} of ${firsts.length} articles badged before any request)`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('eval-articles: harness error:', error);
    process.exit(1);
  },
);
