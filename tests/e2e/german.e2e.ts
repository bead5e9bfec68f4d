// Chromium in German (its UI language picks the extension's _locales): the Ballard article's badge
// and its card, and the popup over it, speak German. Expected texts come from locales/de.yml.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_SHOWS, waitForShowBadges } from '../support/badges';
import { FAKE_TVMAZE_PORT, launchWithExtension, openFixture, openPopupOver, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows } from '../support/catalog';
import { startFakeTvmaze, type FakeTvmaze } from '../support/fake-tvmaze';
import { message } from '../support/locales';

const ARTICLE_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const ARTICLE = 'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html';
const BALLARD = '[data-greenlit-show-id="tvmaze:900001"]';

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let article: Page;

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows: loadFixtureShows(), port: FAKE_TVMAZE_PORT });
  browser = await launchWithExtension({ uiLanguage: 'de' });
  article = await openFixture(browser.context, ARTICLE_URL, ARTICLE);
  await waitForShowBadges(article, SEED_ARTICLE_SHOWS);
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('in German', () => {
  it('runs with the German catalog', async () => {
    expect(await browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(/^de\b/);
  });

  it('badges Ballard with the German word, accessible name and card', async () => {
    const badge = await article.locator(BALLARD).first().evaluate((host) => {
      const button = host.shadowRoot!.querySelector<HTMLElement>('[role=button]')!;
      button.focus();
      return new Promise<{ label: string | null; text: string; card: string }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            label: button.getAttribute('aria-label'),
            text: button.innerText,
            card: host.shadowRoot!.querySelector<HTMLElement>('.card')!.innerText,
          }),
        ),
      );
    });
    expect(badge.label).toBe(message('de', 'badge.label', ['Ballard', message('de', 'status.spoken.renewed')]));
    expect(badge.text).toContain(message('de', 'status.label.renewed'));
    expect(badge.card).toContain(message('de', 'card.onTvmaze', ['Ballard']));
    expect(badge.card).toMatch(/Zuletzt geprüft|Gerade eben geprüft|Stand /);
  });

  it('opens a German popup that lists the article’s shows in German', async () => {
    const popup = await openPopupOver(browser, article);
    await popup.locator('.on-this-page li').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    await popup.getByRole('switch', { name: message('de', 'popup.blurSpoilers') }).waitFor();
    expect(await popup.getByRole('heading', { name: message('de', 'popup.onThisPage') }).count()).toBe(1);
    const ballard = popup.locator('.on-this-page li', { hasText: 'Ballard' }).first();
    expect((await ballard.locator('.badge').textContent())?.trim()).toBe(`✓ ${message('de', 'status.label.renewed')}`);
    expect(await popup.getByRole('button', { name: message('de', 'popup.snoozeHour') }).count()).toBe(1);
    await popup.close();
  });
});
