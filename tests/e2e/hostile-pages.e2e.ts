// Hostile and huge pages, on Prime Video and on a news site: a 10,000-character card title, markup in
// titles and article text, 100,000-node pages, 600 cards at once and a storm of 5,000 cards added and removed.
// The page must stay responsive, no page text may become HTML, and requests to TVmaze must stay bounded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay, type RenewalStatus } from '../../utils/shows/status';
import { renewalStatus } from '../../utils/sources/tvmaze/status';
import type { TvmazeShow } from '../../utils/sources/tvmaze/schemas';
import { BADGE_SELECTOR, waitForBadgesSettled } from '../support/badges';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { findShow, loadFixtureShows } from '../support/catalog';
import { type FakeTvmaze } from '../support/fake-tvmaze';
import { longestTraced } from '../support/trace';
import { startFakeWhenFree } from '../support/harness';

const PRIME_URL = 'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play';
const PRIME_FIXTURE = 'tests/fixtures/pages/primevideo-detail-young-sherlock-amazon-de-2026-03.html';
const HOSTILE_PRIME_URL = 'https://www.primevideo.com/detail/0HOSTILECARDS/';
const HUGE_PRIME_URL = 'https://www.primevideo.com/storefront/huge/';
const MANY_CARDS_URL = 'https://www.primevideo.com/storefront/many-cards/';
/** Greenlit does not run here: the same pages without it, for comparison. */
const CONTROL_URL = 'https://www.example.org/control/';
const HOSTILE_NEWS_URL = 'https://www.techradar.com/streaming/hostile-markup-in-text';
const HUGE_NEWS_URL = 'https://www.techradar.com/streaming/huge-article';

const XSS = '<img src=x onerror="window.__pwned=1">';
const LONG_TITLE = `Stranger Things ${'A'.repeat(10_000 - 'Stranger Things '.length)}`;
const QUOTE_TITLE = 'Fallout" onmouseover="window.__pwned=2" x=" - Season 1';
/** What its badge says: the title cleaned of its season, quotes and all. */
const QUOTE_BADGE_TITLE = 'Fallout" onmouseover="window.__pwned=2" x="';
const FALLOUT = 49041;
const BALLARD = 900001;
/** Shows the generated cards name: [title on the card, cleaned title on the badge, TVmaze id]. */
const CARD_SHOWS: ReadonlyArray<readonly [string, string, number]> = [
  ['Fallout - Season 1', 'Fallout', 49041],
  ['Reacher - Season 2', 'Reacher', 43031],
  ['Bridgerton - Season 3', 'Bridgerton', 42966],
  ['Invincible - Season 1', 'Invincible', 37196],
  ['Wednesday - Season 1', 'Wednesday', 53647],
  ['The Office - Season 2', 'The Office', 526],
  ['Friends - Season 4', 'Friends', 431],
  ['Lost - Season 1', 'Lost', 123],
  ['Peaky Blinders - Season 6', 'Peaky Blinders', 269],
  ['Stranger Things - Season 4', 'Stranger Things', 2993],
  ['Boston Legal - Season 1', 'Boston Legal', 598],
  ['Gilmore Girls - Season 2', 'Gilmore Girls', 525],
];

const shows = loadFixtureShows();
const expectedStatus = (id: number): RenewalStatus =>
  renewalStatus(findShow(shows, id) as TvmazeShow, isoDay(new Date()));

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let pagesDir: string;


const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const card = (title: string, type = 'TV Show') =>
  `<li><article data-card-title="${escapeHtml(title)}" data-card-entity-type="${type}" data-testid="card">` +
  `<a href="/detail/X${title.length}/">${escapeHtml(title)}</a></article></li>`;

function writePage(name: string, html: string): string {
  const path = join(pagesDir, name);
  writeFileSync(path, `<!doctype html><html lang="en"><head><meta charset="utf-8">${html}</html>`);
  return path;
}

/** Page-side probes, installed before any page script: long tasks, animation frames. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]>; __frames: number; __frameGaps: number[] };
    w.__longTasks = [];
    w.__frames = 0;
    w.__frameGaps = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    let last = 0;
    const tick = (now: number) => {
      w.__frames += 1;
      if (last) w.__frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

interface Probe {
  /** Longest main-thread task since `since` (ms, page clock), and how many there were. */
  longest: number;
  longTasks: number;
  frames: number;
  /** Longest time between two animation frames since `since`. */
  longestFrameGap: number;
  now: number;
  pwned: unknown;
  /** `img` elements whose src is the hostile "x", in the document and in every shadow root. */
  hostileImages: number;
  /** Elements with an inline event handler attribute, in the document and in every shadow root. */
  handlerAttributes: number;
}

function probe(page: Page, since = 0): Promise<Probe> {
  return page.evaluate((from) => {
    const w = window as unknown as {
      __longTasks: Array<[number, number]>;
      __frames: number;
      __frameGaps: number[];
      __pwned?: unknown;
    };
    const tasks = w.__longTasks.filter(([start]) => start >= from);
    const roots: Array<Document | ShadowRoot> = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    let hostileImages = 0;
    let handlerAttributes = 0;
    for (const root of roots) {
      hostileImages += root.querySelectorAll('img[src="x"]').length;
      handlerAttributes += root.querySelectorAll('[onerror], [onmouseover], [onload]').length;
    }
    return {
      longest: Math.max(0, ...tasks.map(([, duration]) => duration)),
      longTasks: tasks.length,
      frames: w.__frames,
      longestFrameGap: Math.max(0, ...w.__frameGaps),
      now: performance.now(),
      pwned: w.__pwned,
      hostileImages,
      handlerAttributes,
    };
  }, since);
}

/** Round trips to the page's main thread, every ~50 ms until `until` settles; returns the slowest (ms). */
async function slowestRoundTrip(page: Page, until: Promise<unknown>): Promise<number> {
  let done = false;
  void until.finally(() => (done = true));
  let slowest = 0;
  while (!done) {
    const start = performance.now();
    await page.evaluate(() => 0);
    slowest = Math.max(slowest, performance.now() - start);
    await new Promise((r) => setTimeout(r, 50));
  }
  return slowest;
}

async function openInstrumented(url: string, file: string): Promise<Page> {
  serveFixture(browser.context, url, file);
  const page = await browser.context.newPage();
  await instrument(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

function cardBadges(page: Page, title: string) {
  return page.evaluate(
    ([t, selector]) =>
      [...document.querySelectorAll('article[data-card-title]')]
        .filter((a) => a.getAttribute('data-card-title') === t)
        .map((a) =>
          [...a.querySelectorAll(selector)].map((host) => ({
            status: host.getAttribute('data-greenlit-status'),
            title: host.getAttribute('data-greenlit-title'),
            showId: host.getAttribute('data-greenlit-show-id'),
          })),
        ),
    [title, BADGE_SELECTOR] as const,
  );
}

const report = (name: string, values: Record<string, number | string>) =>
  console.log(`[hostile] ${name}: ${Object.entries(values).map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v) : v}`).join(' ')}`);

beforeAll(async () => {
  pagesDir = mkdtempSync(join(tmpdir(), 'greenlit-hostile-'));
  fake = await startFakeWhenFree(shows);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

describe('hostile card titles on Prime Video', () => {
  it('ignores a 10,000-character title and markup in titles, badges the rest, never runs page text', async () => {
    fake.reset();
    const file = writePage(
      'hostile-cards.html',
      `<title>Hostile | Prime Video</title><body><main><ul>${[
        card(LONG_TITLE),
        card(`${XSS} - Season 1`),
        card(QUOTE_TITLE),
        card('Fallout - Season 1'),
      ].join('')}</ul></main></body>`,
    );
    const page = await openInstrumented(HOSTILE_PRIME_URL, file);
    await page.waitForSelector(BADGE_SELECTOR, { state: 'attached', timeout: 15_000 });
    await waitForBadgesSettled(page);

    // Same titles again through the MutationObserver path: set by script after load.
    await page.evaluate(
      ([titles]) => {
        const list = document.querySelector('ul')!;
        for (const title of titles) {
          const item = document.createElement('li');
          const article = document.createElement('article');
          article.setAttribute('data-card-title', title);
          article.setAttribute('data-card-entity-type', 'TV Show');
          article.setAttribute('data-e2e-late', '');
          item.append(article);
          list.append(item);
        }
      },
      [[LONG_TITLE, `${XSS} - Season 1`, QUOTE_TITLE, 'Fallout - Season 1']] as const,
    );
    // The four late cards are read in one batch: once the last one is badged, all were read.
    await page.waitForFunction(
      (selector) => document.querySelector(`article[data-e2e-late][data-card-title="Fallout - Season 1"] ${selector}`) !== null,
      BADGE_SELECTOR,
      { timeout: 15_000 },
    );
    await waitForBadgesSettled(page);

    for (const title of [LONG_TITLE, `${XSS} - Season 1`]) {
      expect(await cardBadges(page, title), title.slice(0, 40)).toEqual([[], []]);
    }
    const fallout = { status: expectedStatus(FALLOUT), title: 'Fallout', showId: `tvmaze:${FALLOUT}` };
    expect(await cardBadges(page, 'Fallout - Season 1')).toEqual([[fallout], [fallout]]);
    // Quotes are no markup: a badge is fine, as long as the title stays an attribute value and text.
    for (const badges of await cardBadges(page, QUOTE_TITLE)) {
      expect(badges.length).toBeLessThanOrEqual(1);
      if (badges[0]) expect(badges[0].title).toBe(QUOTE_BADGE_TITLE);
    }
    const result = await probe(page);
    expect(result.pwned).toBeUndefined();
    expect(result.hostileImages).toBe(0);
    expect(result.handlerAttributes).toBe(0);
    expect(fake.requests.filter((r) => (r.query.q ?? '').length > 200)).toEqual([]);
    report('hostile cards', { longestTaskMsLongTasksApi: result.longest });
    await page.close();
  }, 60_000);
});

describe('hostile article text on a news site', () => {
  it('badges the show, and markup written as text stays text', async () => {
    fake.reset();
    const markup = escapeHtml(XSS);
    const capitalised = Array.from({ length: 1700 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(' ');
    const file = writePage(
      'hostile-article.html',
      `<title>Ballard season 2 ${markup} | TechRadar</title>` +
        `<meta name="keywords" content="Ballard, ${markup}">` +
        `<body><article><h1>Ballard season 2 ${markup}</h1><div id="article-body">` +
        `<p>Ballard season 2 is coming to Prime Video, and the ${markup} crowd is thrilled. ` +
        `Fans of the show have waited a long time for more of the detective's cold cases, and the cast is back.</p>` +
        `<p><i>${markup}</i> season 2 and "${markup}" season 3 are not shows; <em>Ballard</em> is.</p>` +
        `<p>${capitalised} season 2</p>` +
        `<p>The new season of Ballard lands this summer with ten episodes ${markup} and a new partner.</p>` +
        `</div></article></body>`,
    );
    const page = await openInstrumented(HOSTILE_NEWS_URL, file);
    await page.waitForSelector(BADGE_SELECTOR, { state: 'attached', timeout: 15_000 });
    const badges = await waitForBadgesSettled(page);
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => b.showId === `tvmaze:${BALLARD}` && b.status === expectedStatus(BALLARD))).toBe(true);
    const result = await probe(page);
    expect(result.pwned).toBeUndefined();
    expect(result.hostileImages).toBe(0);
    expect(result.handlerAttributes).toBe(0);
    expect(await page.evaluate(() => document.body.textContent?.includes('<img src=x onerror='))).toBe(true);
    expect(fake.requests.length).toBeLessThanOrEqual(60); // MAX_STRANGERS (40) lookups, plus refreshes of known shows
    report('hostile article', { longestTaskMsLongTasksApi: result.longest, requests: fake.requests.length });
    await page.close();
  }, 60_000);
});

describe('huge pages', () => {
  /**
   * Off-screen blocks skip layout, as on real long pages: without it, laying out 100,000 nodes alone takes
   * ~0.5 s here and would hide what Greenlit costs.
   */
  const LAZY_LAYOUT = (selector: string) =>
    `<style>${selector} { content-visibility: auto; contain-intrinsic-size: auto 20px }</style>`;
  /** 20,000 blocks of 5 nodes each: 100,000 nodes of filler. */
  const filler = (block: (i: number) => string) => Array.from({ length: 20_000 }, (_, i) => block(i)).join('');

  /**
   * Opens the page where Greenlit runs and measures main-thread round trips from its load event until the
   * badges settle; the same file where Greenlit does not run gives the page's own cost, for comparison.
   * Longest tasks include the page's own parsing and layout in both.
   */
  /**
   * The page stays responsive: its slowest round trip stays under half a second, or, on a machine where the
   * page alone is slower than that (parsing 100,000 nodes), within a fifth of a second of the page's own.
   */
  const RESPONSIVE_MS = 500;
  const OVER_THE_PAGES_OWN_MS = 200;
  const responsiveBound = (withoutGreenlitMs: number) => Math.max(RESPONSIVE_MS, withoutGreenlitMs + OVER_THE_PAGES_OWN_MS);

  async function measureHuge(url: string, file: string) {
    serveFixture(browser.context, CONTROL_URL, file);
    const control = await browser.context.newPage();
    const baseline = await longestTraced(control, async () => {
      await control.goto(CONTROL_URL, { waitUntil: 'load' });
      return slowestRoundTrip(control, control.waitForTimeout(3000));
    });
    await control.close();

    serveFixture(browser.context, url, file);
    const page = await browser.context.newPage();
    const traced = await longestTraced(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      const settled = page
        .waitForSelector(BADGE_SELECTOR, { state: 'attached', timeout: 20_000 })
        .then(() => waitForBadgesSettled(page, { timeoutMs: 20_000 }));
      return { slowest: await slowestRoundTrip(page, settled), badges: await settled };
    });
    return { page, ...traced.value, longestTaskMs: traced.longestTaskMs, baseline };
  }

  it('a 100,000-node Prime Video page stays responsive and its cards get badged', async () => {
    fake.reset();
    const file = writePage(
      'huge-prime.html',
      `<title>Huge | Prime Video</title>${LAZY_LAYOUT('main > div')}<body><main>` +
        filler((i) => `<div><span>Row ${i}</span><span>Filler text</span></div>`) +
        `<ul>${CARD_SHOWS.slice(0, 8).map(([title]) => card(title)).join('')}</ul></main></body>`,
    );
    const { page, badges, slowest, longestTaskMs, baseline } = await measureHuge(HUGE_PRIME_URL, file);
    report('100k-node Prime Video page', {
      slowestRoundTripMs: slowest,
      longestTaskMs,
      withoutGreenlitSlowestRoundTripMs: baseline.value,
      withoutGreenlitLongestTaskMs: baseline.longestTaskMs,
    });
    expect(badges).toEqual(
      CARD_SHOWS.slice(0, 8).map(([, title, id]) =>
        expect.objectContaining({ title, status: expectedStatus(id), showId: `tvmaze:${id}` }),
      ),
    );
    expect(slowest).toBeLessThan(responsiveBound(baseline.value));
    expect(fake.requests.length).toBeLessThanOrEqual(8 * 2);
    await page.close();
  }, 90_000);

  it('a 100,000-node article stays responsive and gets its badge', async () => {
    fake.reset();
    const file = writePage(
      'huge-article.html',
      `<title>Ballard season 2 | TechRadar</title>${LAZY_LAYOUT('#article-body > p')}` +
        `<body><article><h1>Ballard season 2</h1><div id="article-body">` +
        `<p>Ballard season 2 is confirmed: the detective returns to Prime Video with her cold case unit.</p>` +
        filler((i) => `<p>Paragraph ${i} with <em>emphasis</em> and more words.</p>`) +
        `</div></article></body>`,
    );
    const { page, badges, slowest, longestTaskMs, baseline } = await measureHuge(HUGE_NEWS_URL, file);
    report('100k-node article', {
      slowestRoundTripMs: slowest,
      longestTaskMs,
      withoutGreenlitSlowestRoundTripMs: baseline.value,
      withoutGreenlitLongestTaskMs: baseline.longestTaskMs,
    });
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((b) => b.showId !== `tvmaze:${BALLARD}` || b.status !== expectedStatus(BALLARD))).toEqual([]);
    expect(slowest).toBeLessThan(responsiveBound(baseline.value));
    expect(fake.requests.length).toBeLessThanOrEqual(60);
    await page.close();
  }, 90_000);

  it('badges 600 series cards present at load (more than one lookup message holds)', async () => {
    fake.reset();
    const titles = Array.from({ length: 600 }, (_, i) => CARD_SHOWS[i % CARD_SHOWS.length]!);
    const file = writePage(
      'many-cards.html',
      `<title>Storefront | Prime Video</title><body><main><ul>${titles.map(([title]) => card(title)).join('')}</ul></main></body>`,
    );
    const page = await openInstrumented(MANY_CARDS_URL, file);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await page.waitForSelector(BADGE_SELECTOR, { state: 'attached', timeout: 20_000 });
    const badges = await waitForBadgesSettled(page, { timeoutMs: 20_000 });
    const result = await probe(page);
    const counts = new Map<string, number>();
    for (const b of badges) counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
    report('600 cards at load', { longestTaskMsLongTasksApi: result.longest, badges: badges.length, statuses: JSON.stringify([...counts]) });
    expect(badges).toHaveLength(600);
    expect(badges.filter((b) => b.status === 'loading').length, warnings.join('\n')).toBe(0);
    for (const [i, [, title, id]] of titles.entries()) {
      expect(badges[i], title).toMatchObject({ title, status: expectedStatus(id), showId: `tvmaze:${id}` });
    }
    expect(fake.requests.length).toBeLessThanOrEqual(CARD_SHOWS.length * 2);
    await page.close();
  }, 90_000);
});

/** Every 20 ms: 50 new cards (clones of a real series card) at the end of the row, all but the newest 200 removed. */
async function runStorm(page: Page, titles: readonly string[]) {
  const before = await probe(page);
  await page.evaluate((stormTitles) => {
    const template = document.querySelector('article[data-card-title="The 50 - Season 1"]')?.closest('li');
    if (!template?.parentElement) throw new Error('no series card to clone');
    const list = template.parentElement;
    const w = window as unknown as { __stormDone: Promise<number> };
    let added = 0;
    w.__stormDone = new Promise((resolve) => {
      const live: Element[] = [];
      const tick = () => {
        for (let i = 0; i < 50; i++) {
          const item = template.cloneNode(true) as Element;
          for (const host of item.querySelectorAll('[data-greenlit-badge]')) host.remove();
          const title = stormTitles[added % stormTitles.length]!;
          const article = item.querySelector('article')!;
          article.setAttribute('data-card-title', title);
          article.setAttribute('data-e2e-storm', String(added));
          article.querySelector('button[aria-label]')?.setAttribute('aria-label', title);
          const link = article.querySelector('a[href*="/detail/"]');
          if (link) link.textContent = title;
          list.append(item);
          live.push(item);
          added += 1;
        }
        for (const item of live.splice(0, Math.max(0, live.length - 200))) item.remove();
        if (added < 5000) setTimeout(tick, 20);
        else resolve(performance.now());
      };
      tick();
    });
  }, titles);
  const start = Date.now();
  const done = page.evaluate(() => (window as unknown as { __stormDone: Promise<number> }).__stormDone);
  const slowest = await slowestRoundTrip(page, done);
  const stormMs = Date.now() - start;
  const after = await probe(page, before.now);
  return { stormMs, slowest, frames: after.frames - before.frames, longestFrameGap: after.longestFrameGap, longest: after.longest };
}

describe('mutation storm on Prime Video', () => {
  it('5,000 cards added and removed over ~2 s: responsive, bounded requests, settled badges', async () => {
    fake.reset();
    const stormTitles = [
      ...CARD_SHOWS.map(([title]) => title),
      'Not A Real Show At All - Season 1',
      `${XSS} - Season 2`,
      LONG_TITLE,
    ];
    const control = await openInstrumented(CONTROL_URL, PRIME_FIXTURE);
    await control.waitForLoadState('load');
    const baseline = await runStorm(control, stormTitles);
    await control.close();

    const page = await openInstrumented(PRIME_URL, PRIME_FIXTURE);
    await page.waitForSelector(BADGE_SELECTOR, { state: 'attached', timeout: 15_000 });
    await waitForBadgesSettled(page);
    // Frame gaps are measured from here on only.
    await page.evaluate(() => ((window as unknown as { __frameGaps: number[] }).__frameGaps.length = 0));
    const requestsBefore = fake.requests.length;
    // No trace here: its overhead alone would slow the round trips measured.
    const storm = await runStorm(page, stormTitles);
    const badges = await waitForBadgesSettled(page, { timeoutMs: 30_000 });
    const result = await probe(page);
    report('mutation storm', {
      stormMs: storm.stormMs,
      slowestRoundTripMs: storm.slowest,
      frames: storm.frames,
      longestFrameGapMs: storm.longestFrameGap,
      longestTaskMsLongTasksApi: storm.longest,
      requests: fake.requests.length - requestsBefore,
    });
    report('mutation storm without Greenlit', {
      stormMs: baseline.stormMs,
      slowestRoundTripMs: baseline.slowest,
      frames: baseline.frames,
      longestFrameGapMs: baseline.longestFrameGap,
      longestTaskMsLongTasksApi: baseline.longest,
    });

    expect(storm.slowest).toBeLessThan(500);
    expect(storm.longestFrameGap).toBeLessThan(500);
    // Each distinct title at most once (and a same-name fallback search at most).
    expect(fake.requests.length - requestsBefore).toBeLessThanOrEqual(stormTitles.length * 2);
    expect(result.pwned).toBeUndefined();
    expect(result.hostileImages).toBe(0);
    expect(result.handlerAttributes).toBe(0);
    // The 200 cards left: one settled badge each (none for the markup and overlong titles).
    const left = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll('article[data-e2e-storm]')].map((a) => ({
          title: a.getAttribute('data-card-title') ?? '',
          hosts: [...a.querySelectorAll(selector)].map((h) => h.getAttribute('data-greenlit-status')),
        })),
      BADGE_SELECTOR,
    );
    expect(left).toHaveLength(200);
    for (const { title, hosts } of left) {
      const known = CARD_SHOWS.find(([t]) => t === title);
      if (title.includes('<') || title.length > 200) expect(hosts, title.slice(0, 30)).toEqual([]);
      else if (known) expect(hosts, title).toEqual([expectedStatus(known[2])]);
      else expect(hosts, title).toEqual(['unknown']);
    }
    expect(badges.filter((b) => b.status === 'loading')).toEqual([]);
    await page.close();
  }, 120_000);
});
