// Spoiler shield in real Chromium: the TechRadar Ballard article blurs from its spoiler warning on,
// reveals by click and keyboard, remembers what was revealed across a reload, and follows the popup's
// "Blur spoilers" switch without a reload;
// on Prime Video, episodes past the viewer's progress are blurred from the first painted frame.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatchedShow } from '../../utils/storage/watched-shows';
import { launchWithExtension, openExtensionPage, serveFixture, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT, loadFixtureShows } from '../support/catalog';
import type { FakeTvmaze } from '../support/fake-tvmaze';
import { startFakeWhenFree } from '../support/harness';
import { seedStorage } from '../support/storage-seed';
import { tvmazeRef } from '../../utils/shows/show-ref';

const ARTICLE_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const ARTICLE_FIXTURE = 'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html';
const WARNING = 'Spoilers for Ballard season 1 finale ahead.';
const FIRST_SPOILER = 'Let’s recap what we know';

const PRIME_URL = 'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play';
const PRIME_FIXTURE = 'tests/fixtures/pages/primevideo-detail-young-sherlock-amazon-de-2026-03.html';
const YOUNG_SHERLOCK: WatchedShow = {
  ref: tvmazeRef(900003),
  name: 'Young Sherlock',
  progress: { season: 1, episode: 2 },
  protectSpoilers: true, inCalendar: true,
  addedAt: Date.UTC(2026, 2, 10),
};
/**
 * The same saved page as a German store might title it: the title art's alt text in German (hypothetical), and
 * TVmaze's AKA for it (hand-written in the shape /shows/:id/akas answers).
 */
const LOCALISED_PRIME_URL = 'https://www.amazon.de/-/de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/';
const LOCALISED_TITLE = 'Der junge Sherlock';
/** The fixture lists season 1 in order: li#av-ep-episode-N is episode N + 1. */
const EPISODE_ITEM = 'li[id^="av-ep-episode-"]';
const EPISODE_PARTS = 'h3, [data-automation-id^="synopsis-"], [data-testid^="synopsis-"], [data-testid="episode-packshot"] img';

const BLURRED = '[data-greenlit-spoiler="blurred"]';

interface Block {
  text: string;
  state: string | null;
  filter: string;
}

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let article: Page;

/** Every top-level block of the article body with its shield state and computed filter. */
function readBlocks(page: Page): Promise<Block[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#article-body > *')].map((el) => ({
      text: (el.textContent ?? '').trim(),
      state: el.getAttribute('data-greenlit-spoiler'),
      filter: getComputedStyle(el).filter,
    })),
  );
}

function splitAtWarning(blocks: Block[]) {
  const warning = blocks.findIndex((b) => b.text === WARNING);
  const first = blocks.findIndex((b) => b.text.startsWith(FIRST_SPOILER));
  expect(warning, 'warning paragraph not found').toBeGreaterThan(0);
  expect(first, 'recap paragraph not found').toBeGreaterThan(warning);
  return { upToWarning: blocks.slice(0, warning + 1), fromWarning: blocks.slice(warning + 1), fromRecap: blocks.slice(first) };
}

function paragraph(page: Page, startsWith: string) {
  return page.locator('#article-body > p').filter({ hasText: startsWith }).first();
}

let pagesDir: string;

beforeAll(async () => {
  const shows = loadFixtureShows().map((show) =>
    show.id === YOUNG_SHERLOCK.ref.id ? { ...show, _akas: [{ name: LOCALISED_TITLE, country: { name: 'Germany', code: 'DE', timezone: 'Europe/Busingen' } }] } : show,
  );
  fake = await startFakeWhenFree(shows);
  browser = await launchWithExtension();
  serveFixture(browser.context, ARTICLE_URL, ARTICLE_FIXTURE);
  serveFixture(browser.context, PRIME_URL, PRIME_FIXTURE);
  pagesDir = mkdtempSync(join(tmpdir(), 'greenlit-spoilers-'));
  const saved = readFileSync(join(REPO_ROOT, PRIME_FIXTURE), 'utf8');
  const localised = saved.replace('<img alt="Young Sherlock" class=titleLogo-', `<img alt="${LOCALISED_TITLE}" class=titleLogo-`);
  if (localised === saved) throw new Error('the title art of the saved Prime Video page moved');
  writeFileSync(join(pagesDir, 'localised.html'), localised);
  serveFixture(browser.context, LOCALISED_PRIME_URL, join(pagesDir, 'localised.html'));
  article = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

describe('TechRadar Ballard article', () => {
  it('blurs from the recap on, and nothing up to and including the spoiler warning', async () => {
    await article.goto(ARTICLE_URL, { waitUntil: 'domcontentloaded' });
    await article.waitForSelector(BLURRED, { timeout: 15_000 });
    const { upToWarning, fromRecap } = splitAtWarning(await readBlocks(article));
    expect(fromRecap.length).toBeGreaterThanOrEqual(3);
    for (const block of fromRecap) {
      expect(block.state, block.text.slice(0, 40)).toBe('blurred');
      expect(block.filter, block.text.slice(0, 40)).toContain('blur(');
    }
    for (const block of upToWarning) {
      expect(block.state, block.text.slice(0, 40)).not.toBe('blurred');
      expect(block.filter, block.text.slice(0, 40)).not.toContain('blur(');
    }
  });

  it('reveals a passage on click', async () => {
    const recap = paragraph(article, FIRST_SPOILER);
    await recap.click();
    expect(await recap.getAttribute('data-greenlit-spoiler')).toBe('revealed');
    expect(await recap.evaluate((el) => getComputedStyle(el).filter)).toBe('none');
  });

  it('reveals passages from the keyboard with Enter and with Space', async () => {
    const blurred = article.locator(`#article-body > p${BLURRED}`);
    expect(await blurred.count()).toBeGreaterThanOrEqual(2);
    const byEnter = paragraph(article, (await blurred.nth(0).textContent())!.slice(0, 30));
    const bySpace = paragraph(article, (await blurred.nth(1).textContent())!.slice(0, 30));

    await byEnter.focus();
    expect(await byEnter.evaluate((el) => el === document.activeElement)).toBe(true);
    await article.keyboard.press('Enter');
    expect(await byEnter.getAttribute('data-greenlit-spoiler')).toBe('revealed');

    await bySpace.focus();
    await article.keyboard.press('Space');
    expect(await bySpace.getAttribute('data-greenlit-spoiler')).toBe('revealed');
  });

  it('keeps the revealed passages revealed when the reader comes back, and the others blurred', async () => {
    const revealed = await article.locator('#article-body > [data-greenlit-spoiler="revealed"]').allTextContents();
    expect(revealed).toHaveLength(3);
    await article.reload({ waitUntil: 'domcontentloaded' });
    await article.waitForSelector(BLURRED, { timeout: 15_000 });
    const { fromWarning } = splitAtWarning(await readBlocks(article));
    for (const block of fromWarning) {
      const wasRevealed = revealed.includes(block.text);
      expect(block.filter.includes('blur('), block.text.slice(0, 40)).toBe(!wasRevealed);
    }
  });

  it('follows the popup\'s "Blur spoilers" switch live, without reloading the article', async () => {
    await article.evaluate(() => Object.assign(window, { greenlitSamePage: true }));
    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    const blurSwitch = popup.getByRole('switch', { name: 'Blur spoilers' });
    expect(await blurSwitch.isChecked()).toBe(true);
    const blurredBefore = await article.locator(BLURRED).count();
    expect(blurredBefore).toBeGreaterThan(0);

    await blurSwitch.click();
    await expect.poll(() => article.locator(BLURRED).count(), { timeout: 5000 }).toBe(0);
    const off = splitAtWarning(await readBlocks(article));
    for (const block of off.fromRecap) expect(block.filter).not.toContain('blur(');

    await blurSwitch.click();
    await expect.poll(() => article.locator(BLURRED).count(), { timeout: 5000 }).toBe(blurredBefore);
    expect(await article.evaluate(() => 'greenlitSamePage' in window), 'the article was reloaded').toBe(true);
    await popup.close();
  });
});

interface Sample {
  /** performance.now() in the page. */
  at: number;
  /** Episodes (1-based) with a part that would paint unblurred. */
  clearEpisodes: number[];
  /** Episode items parsed so far. */
  items: number;
  /** Whether the main content script had classified anything yet. */
  classified: boolean;
}

/**
 * Runs in the page before anything else: on every DOM insertion and every animation frame (so at
 * each paint), records which episodes would show a synopsis or still without a blur on it or an ancestor.
 */
function recordEpisodeBlur(args: { itemSelector: string; partSelector: string }) {
  const samples: Sample[] = [];
  const blurredOnScreen = (el: Element, item: Element) => {
    for (let node: Element | null = el; node && node !== item.parentElement; node = node.parentElement) {
      if (getComputedStyle(node).filter.includes('blur(')) return true;
    }
    return false;
  };
  const sample = () => {
    const clearEpisodes: number[] = [];
    const items = document.querySelectorAll(args.itemSelector);
    for (const item of items) {
      const episode = Number(item.id.replace(/\D+/g, '')) + 1;
      const parts = [...item.querySelectorAll(args.partSelector)];
      if (parts.some((part) => !blurredOnScreen(part, item))) clearEpisodes.push(episode);
    }
    samples.push({
      at: performance.now(),
      clearEpisodes,
      items: items.length,
      classified: document.querySelector('[data-greenlit-spoiler]') !== null,
    });
  };
  new MutationObserver(sample).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', sample);
  const frame = () => {
    sample();
    if (samples.length < 2000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  Object.assign(window, { greenlitBlurSamples: samples });
}

describe('Prime Video detail page, Young Sherlock watched to S1E2', () => {
  let prime: Page;

  beforeAll(async () => {
    await seedStorage(browser.serviceWorker, { watchedShows: [YOUNG_SHERLOCK] });
    prime = await browser.context.newPage();
    await prime.addInitScript(recordEpisodeBlur, { itemSelector: EPISODE_ITEM, partSelector: EPISODE_PARTS });
    await prime.goto(PRIME_URL, { waitUntil: 'domcontentloaded' });
    await prime.waitForSelector(BLURRED, { state: 'attached', timeout: 15_000 });
    // Every episode classified, and the recorder has sampled the page since.
    await prime.waitForFunction(
      (itemSelector) =>
        [...document.querySelectorAll(itemSelector)].every((item) => item.querySelector('[data-greenlit-spoiler]')) &&
        (window as unknown as { greenlitBlurSamples: Sample[] }).greenlitBlurSamples.some((s) => s.classified && s.items === 8),
      EPISODE_ITEM,
      { timeout: 15_000 },
    );
  });

  it('blurs the titles, synopses and stills of episodes 3 and later only', async () => {
    const episodes = await prime.evaluate(
      ({ itemSelector, partSelector }) =>
        [...document.querySelectorAll(itemSelector)].map((item) => ({
          episode: Number(item.id.replace(/\D+/g, '')) + 1,
          synopsisStates: [...item.querySelectorAll('[data-greenlit-spoiler]')]
            .filter((el) => el.tagName !== 'IMG')
            .map((el) => el.getAttribute('data-greenlit-spoiler')),
          stillState: item.querySelector('img[data-greenlit-spoiler]')?.getAttribute('data-greenlit-spoiler') ?? null,
          filters: [...item.querySelectorAll(partSelector)].map((el) => getComputedStyle(el).filter),
          titleState: item.querySelector('h3')?.getAttribute('data-greenlit-spoiler') ?? null,
        })),
      { itemSelector: EPISODE_ITEM, partSelector: EPISODE_PARTS },
    );
    expect(episodes.map((e) => e.episode)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const ep of episodes) {
      const label = `episode ${ep.episode}`;
      expect(ep.synopsisStates.length, label).toBeGreaterThan(0);
      if (ep.episode <= 2) {
        expect(ep.synopsisStates.every((s) => s === 'clear'), label).toBe(true);
        expect(ep.stillState, label).toBe('clear');
        expect(ep.titleState, label).toBe('clear');
        for (const filter of ep.filters) expect(filter, label).not.toContain('blur(');
      } else {
        expect(ep.synopsisStates.every((s) => s === 'blurred'), label).toBe(true);
        expect(ep.stillState, label).toBe('blurred');
        expect(ep.titleState, label).toBe('blurred');
        for (const filter of ep.filters) expect(filter, label).toContain('blur(');
      }
    }
  });

  it('never paints a later episode unblurred, from the first frame on', async () => {
    const samples = await prime.evaluate(() => (window as unknown as { greenlitBlurSamples: Sample[] }).greenlitBlurSamples);
    // Samples with episodes on the page before the main script classified them: only the no-flash
    // guard can be blurring them there, so the test is not passing on the later inline blur alone.
    const guardedOnly = samples.filter((s) => s.items > 2 && !s.classified);
    expect(guardedOnly.length, 'no sample between parsing and the content script').toBeGreaterThan(0);
    expect(samples.some((s) => s.classified && s.items === 8)).toBe(true);
    const leaks = samples.filter((s) => s.clearEpisodes.some((episode) => episode >= 3));
    expect(leaks.slice(0, 5)).toEqual([]);
  });
});

describe('the same page under a German title, Young Sherlock watched to S1E2', () => {
  it('badges the German title as the watched show, and the shield blurs that show\'s episodes past the progress', async () => {
    await seedStorage(browser.serviceWorker, { watchedShows: [YOUNG_SHERLOCK] });
    const page = await browser.context.newPage();
    await page.goto(LOCALISED_PRIME_URL, { waitUntil: 'domcontentloaded' });
    const settledBadge = `h1[data-testid="title-art"] [data-greenlit-status]:not([data-greenlit-status="loading"])`;
    await page.waitForSelector(settledBadge, { state: 'attached', timeout: 15_000 });
    await page.waitForFunction((item) => document.querySelector(`${item} [data-greenlit-spoiler]`) !== null, EPISODE_ITEM, { timeout: 15_000 });

    const heading = await page.evaluate((selector) => {
      const host = document.querySelector(selector)!;
      return { title: host.getAttribute('data-greenlit-title'), showId: host.getAttribute('data-greenlit-show-id') };
    }, settledBadge);
    expect(heading).toEqual({ title: LOCALISED_TITLE, showId: `tvmaze:${YOUNG_SHERLOCK.ref.id}` });

    const blurred = await page.evaluate(
      (item) =>
        [...document.querySelectorAll(item)].map((episode) =>
          [...episode.querySelectorAll('[data-greenlit-spoiler]')].every((el) => el.getAttribute('data-greenlit-spoiler') === 'blurred'),
        ),
      EPISODE_ITEM,
    );
    expect(blurred).toEqual([false, false, true, true, true, true, true, true]);
    await page.close();
  });
});
