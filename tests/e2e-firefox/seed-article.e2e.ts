// The Firefox add-on in Firefox ESR: the TechRadar Ballard article gets its two show badges with the
// catalog's statuses, blurs its spoilers until clicked, and the popup's "Blur spoilers" switch turns
// blurring off and on again on the open article.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TVMAZE_PORT } from '../../scripts/e2e-config.mjs';
import { isoDay } from '../../utils/shows/status';
import type { TvmazeShow } from '../../utils/sources/tvmaze/schemas';
import { renewalStatus } from '../../utils/sources/tvmaze/status';
import { findShow, loadFixtureShows } from '../support/catalog';
import { startFakeTvmaze, type FakeTvmaze } from '../support/fake-tvmaze';
import { launchFirefoxWithAddon, openAddonPage, type FirefoxWithAddon } from './firefox';
import { message } from '../support/locales';

const ARTICLE_PATH = '/streaming/amazon-prime-video/ballard-season-2';
const ARTICLE_FIXTURE = 'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html';
const SHOWS = [
  { id: 900001, name: 'Ballard', status: 'renewed' },
  { id: 900002, name: 'Bosch: Legacy', status: 'ended' },
] as const;
const BADGE = '[data-greenlit-status]';
const BLURRED = '[data-greenlit-spoiler="blurred"]';
const FIRST_SPOILER = 'Let’s recap what we know';

interface Badge {
  status: string | null;
  showId: string | null;
  title: string | null;
  label: string | null;
}

const shows = loadFixtureShows();
let firefox: FirefoxWithAddon;
let fake: FakeTvmaze;
let article: Page;

function readBadges(page: Page): Promise<Badge[]> {
  return page.evaluate((selector) =>
    [...document.querySelectorAll(selector)].map((host) => ({
      status: host.getAttribute('data-greenlit-status'),
      showId: host.getAttribute('data-greenlit-show-id'),
      title: host.getAttribute('data-greenlit-title'),
      label: host.shadowRoot?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? null,
    })),
  BADGE);
}

/** The first recap paragraph: its shield state and computed filter. */
function recap(page: Page): Promise<{ state: string | null; filter: string } | null> {
  return page.evaluate((start) => {
    const p = [...document.querySelectorAll('#article-body > p')].find((el) => el.textContent?.trim().startsWith(start));
    return p ? { state: p.getAttribute('data-greenlit-spoiler'), filter: getComputedStyle(p).filter } : null;
  }, FIRST_SPOILER);
}

/** Resolves once no badge is loading and every expected show has one (DOM mutations, no polling clock). */
function waitForSettledBadges(page: Page): Promise<unknown> {
  return page.waitForFunction(
    (selector, ids) => {
      const hosts = [...document.querySelectorAll(selector)];
      const present = new Set(hosts.map((h) => h.getAttribute('data-greenlit-show-id')));
      return ids.every((id) => present.has(id)) && hosts.every((h) => h.getAttribute('data-greenlit-status') !== 'loading');
    },
    { polling: 'mutation', timeout: 20_000 },
    BADGE,
    SHOWS.map((s) => `tvmaze:${s.id}`),
  );
}

function waitForBlurCount(page: Page, blurred: boolean): Promise<unknown> {
  return page.waitForFunction(
    (selector, want) => (document.querySelectorAll(selector).length > 0) === want,
    { polling: 'mutation', timeout: 10_000 },
    BLURRED,
    blurred,
  );
}

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows, port: FAKE_TVMAZE_PORT });
  firefox = await launchFirefoxWithAddon();
  firefox.serve(ARTICLE_PATH, ARTICLE_FIXTURE);
  article = await firefox.browser.newPage();
  await article.goto(`${firefox.origin('www.techradar.com')}${ARTICLE_PATH}`, { waitUntil: 'domcontentloaded' });
});
afterAll(async () => {
  await firefox?.close();
  await fake?.close();
});

describe('Firefox: TechRadar article about Ballard', () => {
  it('badges Ballard and Bosch: Legacy with the status the catalog implies', async () => {
    await waitForSettledBadges(article);
    const badges = await readBadges(article);
    for (const show of SHOWS) {
      const status = renewalStatus(findShow(shows, show.id) as TvmazeShow, isoDay(new Date()));
      expect(status, `fixture status of ${show.name}`).toBe(show.status);
      const mine = badges.filter((b) => b.showId === `tvmaze:${show.id}`);
      expect(mine.length, JSON.stringify(badges)).toBeGreaterThan(0);
      for (const b of mine) {
        expect(b.status, show.name).toBe(status);
        expect(b.title?.toLowerCase(), show.name).toBe(show.name.toLowerCase());
        expect(b.label, show.name).toContain(message('en', 'badge.label', [show.name, message('en', `status.spoken.${status}`)]));
      }
    }
    expect(fake.requests.length, 'the add-on never asked the fake TVmaze').toBeGreaterThan(0);
  });

  it('blurs the spoilers after the warning and reveals one on click', async () => {
    await waitForBlurCount(article, true);
    expect(await recap(article)).toEqual({ state: 'blurred', filter: expect.stringContaining('blur(') });

    const paragraph = await article.evaluateHandle((start) => {
      const p = [...document.querySelectorAll<HTMLElement>('#article-body > p')].find((el) =>
        el.textContent?.trim().startsWith(start),
      );
      p?.scrollIntoView({ block: 'center' });
      if (!p) throw new Error('recap paragraph not found');
      return p;
    }, FIRST_SPOILER);
    await paragraph.click();
    await article.waitForFunction(
      (p) => p.getAttribute('data-greenlit-spoiler') === 'revealed',
      { polling: 'mutation', timeout: 5000 },
      paragraph,
    );
    expect(await recap(article)).toEqual({ state: 'revealed', filter: 'none' });
  });

  it('stops and restarts blurring from the popup\'s "Blur spoilers" switch', async () => {
    await article.evaluate(() => Object.assign(window, { greenlitSamePage: true }));
    const popup = await openAddonPage(firefox.browser, 'popup.html');
    const blurSwitch = await popup.waitForSelector('::-p-aria([name="Blur spoilers"][role="switch"])');
    expect(await blurSwitch!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);

    await blurSwitch!.click();
    await waitForBlurCount(article, false);
    expect((await recap(article))?.filter).not.toContain('blur(');
    expect(await blurSwitch!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);

    await blurSwitch!.click();
    await waitForBlurCount(article, true);
    expect(await article.evaluate(() => 'greenlitSamePage' in window), 'the article was reloaded').toBe(true);
    await popup.close();
  });
});
