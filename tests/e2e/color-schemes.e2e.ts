// First run and both colour schemes in real Chromium: installing opens the options page once at its
// welcome; that page (with watched shows, changes, corrections and a storage notice) and the popup over
// the Ballard article have no serious or critical axe-core violation, contrast included, light or dark.
// Also takes the README's screenshots of both.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe';
import { SEED_ARTICLE_SHOWS, waitForShowBadges } from '../support/badges';
import { FAKE_TVMAZE_PORT, launchWithExtension, openFixture, openPopupOver, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows, REPO_ROOT } from '../support/catalog';
import { startFakeTvmaze, type FakeTvmaze } from '../support/fake-tvmaze';
import { seedStorage } from '../support/storage-seed';

const ARTICLE_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const ARTICLE = 'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html';
const SCHEMES = ['light', 'dark'] as const;
/** The page background of each scheme (entrypoints/options/style.css), to know the scheme took. */
const OPTIONS_BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' };

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let options: Page;

/** A page of the context that is or becomes `wanted`: the install may open it before or after launch returns. */
async function pageAt(context: BrowserContext, wanted: (url: string) => boolean): Promise<Page> {
  const open = context.pages().find((page) => wanted(page.url()));
  return open ?? context.waitForEvent('page', { predicate: (page) => wanted(page.url()), timeout: 20_000 });
}

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows: loadFixtureShows(), port: FAKE_TVMAZE_PORT });
  browser = await launchWithExtension({ keepWelcome: true });
  options = await pageAt(browser.context, (url) => url.endsWith('/options.html#welcome'));
  await options.waitForLoadState();
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('first run', () => {
  it('opens the options page once, at its welcome', async () => {
    await options.getByRole('heading', { name: 'Welcome to Greenlit' }).waitFor();
    expect(browser.context.pages().filter((page) => page.url().includes('/options.html'))).toHaveLength(1);
    expect(await options.locator('.welcome dt').allTextContents()).toContain('Reach api.tvmaze.com');
  });
});

describe.each(SCHEMES)('%s scheme', (scheme) => {
  it('the options page has no serious axe violation', async () => {
    await seedStorage(browser.serviceWorker, {
      watchedShows: [
        { ref: { source: 'tvmaze', id: 900001 }, name: 'Ballard', progress: { season: 1, episode: 3 }, protectSpoilers: true, inCalendar: true, addedAt: 1 },
        { ref: { source: 'tvmaze', id: 900002 }, name: 'Bosch: Legacy', progress: null, protectSpoilers: false, inCalendar: true, addedAt: 2 },
        { ref: { source: 'tvmaze', id: 526 }, name: 'The Office', progress: null, protectSpoilers: true, inCalendar: false, addedAt: 3 },
      ],
      recentChanges: [
        {
          id: 'tvmaze:900001:renewed:1764633600000',
          ref: { source: 'tvmaze', id: 900001 },
          name: 'Ballard',
          from: 'awaiting',
          to: 'renewed',
          detail: { nextSeason: 2 },
          at: 1764633600000,
          seen: false,
        },
      ],
      corrections: [{ titleKey: 'the chase', ref: null, site: 'dailystar.co.uk', createdAt: 1 }],
      storageNotices: [{ id: 'local:settings@1', key: 'local:settings', lost: 'part', backupKey: null, createdAt: 1 }],
    });
    await options.emulateMedia({ colorScheme: scheme });
    await options.locator('li.watched-show .badge').nth(2).waitFor();
    await expect.poll(() => options.locator('li.watched-show .badge.status-loading').count(), { timeout: 10_000 }).toBe(0);
    expect(await options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(OPTIONS_BACKGROUND[scheme]);

    expect((await seriousAxeViolations(options)).map((v) => v.id)).toEqual([]);
    mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
    await options.screenshot({ path: join(REPO_ROOT, `docs/options${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
  });

  it('the popup over an article has no serious axe violation', async () => {
    const article = await openFixture(browser.context, ARTICLE_URL, ARTICLE);
    await waitForShowBadges(article, SEED_ARTICLE_SHOWS);
    const popup = await openPopupOver(browser, article);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('.on-this-page li').first().waitFor();
    expect((await seriousAxeViolations(popup)).map((v) => v.id)).toEqual([]);
    if (scheme === 'dark') await popup.screenshot({ path: join(REPO_ROOT, 'docs/popup-dark.png'), fullPage: true });
    await popup.close();
    await article.close();
  });
});
