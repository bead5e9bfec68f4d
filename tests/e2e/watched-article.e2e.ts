// Protection that knows where you are, in real Chromium: a recap of Fallout S1E5 (no spoiler warning
// anywhere) is blurred from the top of its body, under a notice naming the show and why, for a reader
// at S1E2; it reveals from the notice by keyboard or from any block by click, the reveal is remembered;
// at S1E6 the same article is left alone, live when the progress changes and on a fresh visit.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tvmazeRef } from '../../utils/shows/show-ref';
import type { WatchedShow } from '../../utils/storage/watched-shows';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows } from '../support/catalog';
import type { FakeTvmaze } from '../support/fake-tvmaze';
import { startFakeWhenFree } from '../support/harness';
import { seedStorage } from '../support/storage-seed';

const RECAP_URL = 'https://showsnob.com/posts/fallout-season-1-episode-5-recap-the-past';
const RECAP_FIXTURE = 'tests/fixtures/articles/showsnob-fallout-s1e5-recap-2024-04.html';
const HEADLINE = 'Fallout season 1, episode 5 recap "The Past"';
const BLURRED = '[data-greenlit-spoiler="blurred"]';
const NOTICE = '[data-greenlit-spoiler-notice]';

const fallout = (season: number, episode: number): WatchedShow => ({
  ref: tvmazeRef(49041),
  name: 'Fallout',
  progress: { season, episode },
  inCalendar: true,
  protectSpoilers: true,
  addedAt: Date.UTC(2024, 3, 10),
});

interface Block {
  tag: string;
  text: string;
  blurred: boolean;
}

function readBlocks(page: Page): Promise<Block[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(':is(h1, article h2, article p, article img, article figcaption)')].map((el) => ({
      tag: el.tagName,
      text: (el.textContent ?? '').trim(),
      blurred: getComputedStyle(el).filter.includes('blur('),
    })),
  );
}

/** The notice's text, read through its open shadow root. */
function noticeText(page: Page): Promise<string | null> {
  return page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.textContent?.trim() ?? null, NOTICE);
}

let browser: ExtensionBrowser;
let fake: FakeTvmaze;

beforeAll(async () => {
  fake = await startFakeWhenFree(loadFixtureShows());
  browser = await launchWithExtension();
  serveFixture(browser.context, RECAP_URL, RECAP_FIXTURE);
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

async function openRecap(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(RECAP_URL, { waitUntil: 'domcontentloaded' });
  // The headline's badge is the show identity the shield goes by.
  await page.waitForSelector('h1 [data-greenlit-show-id="tvmaze:49041"]', { state: 'attached', timeout: 15_000 });
  return page;
}

describe('a Fallout S1E5 recap for a reader at S1E2', () => {
  let page: Page;

  beforeAll(async () => {
    await seedStorage(browser.serviceWorker, { watchedShows: [fallout(1, 2)], revealedBlocks: {} });
    page = await openRecap();
    await page.waitForSelector(NOTICE, { timeout: 15_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('blurs the whole body from its top, and keeps the headline readable', async () => {
    const blocks = await readBlocks(page);
    expect(blocks[0]).toMatchObject({ tag: 'H1', blurred: false });
    expect(blocks[0]!.text).toContain(HEADLINE);
    expect(blocks.filter((b) => b.tag === 'P')).toHaveLength(8);
    for (const block of blocks.slice(1)) expect(block.blurred, `${block.tag} ${block.text.slice(0, 40)}`).toBe(block.tag !== 'FIGCAPTION');
  });

  it('says which show and why, above the first blurred block', async () => {
    expect(await noticeText(page)).toContain("Fallout: you're at S1E2 — this recap covers S1E5");
    const next = await page.evaluate((selector) => document.querySelector(selector)?.nextElementSibling?.tagName, NOTICE);
    expect(next).toBe('FIGURE');
  });

  it('shows the article from the notice by keyboard, and the notice goes', async () => {
    await page.evaluate((selector) => (document.querySelector(selector)?.shadowRoot?.querySelector('button') as HTMLElement | null)?.focus(), NOTICE);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(BLURRED).count(), { timeout: 5000 }).toBe(0);
    expect((await readBlocks(page)).some((b) => b.blurred)).toBe(false);
    await expect.poll(() => page.locator(NOTICE).count()).toBe(0);
  });

  it('remembers the reveal on the next visit', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('h1 [data-greenlit-show-id="tvmaze:49041"]', { state: 'attached', timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('[data-greenlit-guarded]') === null);
    expect((await readBlocks(page)).some((b) => b.blurred)).toBe(false);
    expect(await page.locator(NOTICE).count()).toBe(0);
  });
});

describe('revealing by click on any blurred block', () => {
  it('shows the whole article at once', async () => {
    await seedStorage(browser.serviceWorker, { watchedShows: [fallout(1, 2)], revealedBlocks: {} });
    const page = await openRecap();
    await page.waitForSelector(NOTICE, { timeout: 15_000 });
    await page.locator('article p').nth(3).click();
    await expect.poll(() => page.locator(BLURRED).count(), { timeout: 5000 }).toBe(0);
    await page.close();
  });
});

describe('the same recap for a reader at S1E6', () => {
  it('lets go live when the progress moves past the episode', async () => {
    await seedStorage(browser.serviceWorker, { watchedShows: [fallout(1, 2)], revealedBlocks: {} });
    const page = await openRecap();
    await page.waitForSelector(NOTICE, { timeout: 15_000 });
    await seedStorage(browser.serviceWorker, { watchedShows: [fallout(1, 6)] });
    await expect.poll(() => page.locator(BLURRED).count(), { timeout: 5000 }).toBe(0);
    await expect.poll(() => page.locator(NOTICE).count()).toBe(0);
    await page.close();
  });

  it('leaves it alone on a fresh visit, and blurs it live once the progress goes back before the episode', async () => {
    await seedStorage(browser.serviceWorker, { watchedShows: [fallout(1, 6)], revealedBlocks: {} });
    const page = await openRecap();
    await page.waitForFunction(() => document.querySelector('[data-greenlit-guarded], style[data-greenlit-guard]') === null);
    expect((await readBlocks(page)).some((b) => b.blurred)).toBe(false);
    expect(await page.locator(NOTICE).count()).toBe(0);
    // The same page knows the show: a progress before S1E5 blurs it at once.
    await seedStorage(browser.serviceWorker, { watchedShows: [fallout(1, 4)] });
    await page.waitForSelector(NOTICE, { timeout: 5000 });
    expect(await noticeText(page)).toContain("you're at S1E4 — this recap covers S1E5");
    await page.close();
  });
});
