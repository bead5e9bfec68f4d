// The popup's "On this page" in real Chromium, over the TechRadar Ballard article: the shows the page
// badged with their badge's word and colour and their TVmaze links; "nothing spotted" on an article
// without shows; and "doesn't run on this site — enable it" where Greenlit is not enabled.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_SHOWS, readBadges, waitForShowBadges } from '../support/badges';
import { recordWorkerMessages, workerMessageCount } from '../support/harness';
import { FAKE_TVMAZE_PORT, launchWithExtension, openFixture, openPopupOver, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows, REPO_ROOT } from '../support/catalog';
import { startFakeTvmaze, type FakeTvmaze } from '../support/fake-tvmaze';

const ARTICLE_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const ARTICLE = 'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html';

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let article: Page;

/** Each listed show: its link, name and the badge's class and word. */
function listed(popup: Page) {
  return popup.locator('.on-this-page li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? null,
      name: li.querySelector('a')?.textContent ?? null,
      badge: li.querySelector('.badge')?.className ?? null,
      word: li.querySelector('.badge')?.textContent?.trim() ?? null,
      colour: li.querySelector('.badge') ? getComputedStyle(li.querySelector('.badge')!).color : null,
    })),
  );
}

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows: loadFixtureShows(), port: FAKE_TVMAZE_PORT });
  browser = await launchWithExtension();
  article = await openFixture(browser.context, ARTICLE_URL, ARTICLE);
  await waitForShowBadges(article, SEED_ARTICLE_SHOWS);
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('On this page', () => {
  it('lists the badged shows with their status as on the badge, each linking to its card’s TVmaze page', async () => {
    const popup = await openPopupOver(browser, article);
    await popup.locator('.on-this-page li').first().waitFor();
    const rows = await listed(popup);
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    expect(byName['Ballard']).toMatchObject({ badge: 'badge status-renewed', word: '✓ Renewed' });
    expect(byName['Ballard']!.href).toMatch(/^https:\/\/www\.tvmaze\.com\/shows\/900001\b/);
    expect(byName['Bosch: Legacy']).toMatchObject({ badge: 'badge status-ended', word: '■ Ended' });

    // The same link as the card behind the page's badge.
    const cardLink = await article
      .locator('[data-greenlit-show-id="tvmaze:900001"]')
      .first()
      .evaluate((host) => {
        (host.shadowRoot?.querySelector('[role=button]') as HTMLElement).focus();
        return new Promise<string | null>((resolve) =>
          requestAnimationFrame(() => resolve(host.shadowRoot?.querySelector('.card a[href*="tvmaze.com/shows/"]')?.getAttribute('href') ?? null)),
        );
      });
    expect(byName['Ballard']!.href).toBe(cardLink);
    // The word's colour is the badge's: status colours come from the same sheet.
    const badgeColour = await article
      .locator('[data-greenlit-show-id="tvmaze:900001"]')
      .first()
      .evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.badge')!).color);
    expect(byName['Ballard']!.colour).toBe(badgeColour);

    mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
    await popup.screenshot({ path: join(REPO_ROOT, 'docs/popup.png'), fullPage: true });
    await popup.close();
  });

  it('says "Nothing spotted" on a page Greenlit reads that names no show', async () => {
    // A real Los Angeles Times story about Disney+'s launch that names no show.
    await recordWorkerMessages(browser);
    const asked = await workerMessageCount(browser, 'spotArticle');
    const empty = await openFixture(
      browser.context,
      'https://www.latimes.com/entertainment-arts/business/story/2019-11-19/disney-plus-kevin-mayer',
      'tests/fixtures/articles/latimes-disney-plus-kevin-mayer-glitches-2019-11.html',
    );
    // The page has sent its reading, and the worker had no known show to answer with at once.
    await expect.poll(() => workerMessageCount(browser, 'spotArticle')).toBeGreaterThan(asked);
    expect(await readBadges(empty)).toEqual([]);
    const popup = await openPopupOver(browser, empty);
    await popup.getByText('Nothing spotted on this page.').waitFor();
    await popup.close();
    await empty.close();
  });

  it('says Greenlit does not run on a site it was not enabled on, and offers to enable it', async () => {
    const other = await openFixture(browser.context, 'https://www.example-news.org/tv/ballard', ARTICLE);
    const popup = await openPopupOver(browser, other);
    const section = popup.locator('.on-this-page');
    await section.getByText('Greenlit doesn’t run on this site —').waitFor();
    expect(await section.getByRole('button', { name: 'enable it' }).count()).toBe(1);
    await popup.close();
    await other.close();
  });
});
