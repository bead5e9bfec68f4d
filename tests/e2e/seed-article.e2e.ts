// Acceptance test for news articles: the TechRadar Ballard piece gets a badge after each show it names,
// nothing after people, platforms or publications, statuses from the status model, a hover/focus card,
// and cached lookups.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../utils/shows/status';
import { renewalStatus } from '../../utils/sources/tvmaze/status';
import type { TvmazeShow } from '../../utils/sources/tvmaze/schemas';
import { badgeFollows, BADGE_SELECTOR, waitForBadgesSettled, type BadgeInfo } from '../support/badges';
import { FAKE_TVMAZE_PORT, launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { findShow, loadFixtureShows, REPO_ROOT } from '../support/catalog';
import { normalizeTitle, startFakeTvmaze, type FakeTvmaze, type RecordedRequest } from '../support/fake-tvmaze';
import { message } from '../support/locales';

const ARTICLE_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const FIXTURE = 'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html';
const BALLARD = 900001;
const BOSCH_LEGACY = 900002;
/** Labelled ambiguous for this article ("the strongest Bosch spinoff"): allowed, not required. */
const BOSCH = 1216;
const NOT_SHOWS = ['Renée Ballard', 'Maggie Q', 'Prime Video', 'Rotten Tomatoes', 'The Hollywood Reporter'];

const shows = loadFixtureShows();
const expectedStatus = (id: number) => renewalStatus(findShow(shows, id) as TvmazeShow, isoDay(new Date()));

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let page: Page;
/** The badges of the first load, made in beforeAll; every test reads them or loads the page itself. */
let badges: BadgeInfo[] = [];

/** Loads the article and returns its badges once every one has its answer: the lookup message was answered. */
async function loadArticle(): Promise<BadgeInfo[]> {
  await page.goto(ARTICLE_URL, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(BADGE_SELECTOR, { timeout: 15_000 }).catch(() => {
    throw new Error(`no ${BADGE_SELECTOR} element appeared on the article within 15 s`);
  });
  return waitForBadgesSettled(page);
}

/** The badge host right after the first "Ballard" mention. */
function ballardHost(): Locator {
  return page.locator(`[data-greenlit-show-id="tvmaze:${BALLARD}"]`).first();
}

function cardLink(host: Locator): Locator {
  return host.locator(`a[href*="tvmaze.com/shows/${BALLARD}"]`).first();
}

/** Visible text inside the badge's shadow root (innerText skips hidden parts). */
function shadowText(host: Locator): Promise<string> {
  return host.evaluate((el) =>
    [...(el.shadowRoot?.children ?? [])].map((child) => (child as HTMLElement).innerText ?? '').join(' '),
  );
}

function countBy(requests: RecordedRequest[], key: (r: RecordedRequest) => string | undefined) {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const k = key(r);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1);
}

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows, port: FAKE_TVMAZE_PORT });
  browser = await launchWithExtension();
  serveFixture(browser.context, ARTICLE_URL, FIXTURE);
  page = await browser.context.newPage();
  badges = await loadArticle();
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('TechRadar article about Ballard', () => {
  it('badges Ballard and Bosch: Legacy where they are named', () => {
    const ballard = badges.filter(
      (b) => b.showId === `tvmaze:${BALLARD}` && badgeFollows(b, 'Ballard') && !badgeFollows(b, 'Renée Ballard'),
    );
    const legacy = badges.filter((b) => b.showId === `tvmaze:${BOSCH_LEGACY}` && badgeFollows(b, 'Bosch: Legacy'));
    expect(ballard.length, JSON.stringify(badges, null, 1)).toBeGreaterThan(0);
    expect(legacy.length, JSON.stringify(badges, null, 1)).toBeGreaterThan(0);
    for (const b of [...ballard, ...legacy]) expect(['Ballard', 'BALLARD', 'Bosch: Legacy']).toContain(b.title);
  });

  it('puts no badge after people, platforms or publications', () => {
    expect(badges.length, 'no badges to check').toBeGreaterThan(0);
    for (const name of NOT_SHOWS) {
      const wrong = badges.filter((b) => badgeFollows(b, name) || normalizeTitle(b.title ?? '') === normalizeTitle(name));
      expect(wrong, name).toEqual([]);
    }
    const allowed = new Set([BALLARD, BOSCH_LEGACY, BOSCH].map((id) => `tvmaze:${id}`));
    expect(badges.filter((b) => !b.showId || !allowed.has(b.showId))).toEqual([]);
  });

  it('shows the status the catalog implies, in words for screen readers', () => {
    expect(badges.length, 'no badges to check').toBeGreaterThan(0);
    for (const [id, name] of [
      [BALLARD, 'Ballard'],
      [BOSCH_LEGACY, 'Bosch: Legacy'],
    ] as const) {
      const status = expectedStatus(id);
      for (const b of badges.filter((x) => x.showId === `tvmaze:${id}`)) {
        expect(b.status, name).toBe(status);
        expect(b.label, name).toContain(message('en', 'badge.label', [name, message('en', `status.spoken.${status}`)]));
      }
    }
    // The fixture's data, spelled out, so a catalog edit cannot silently change what is tested.
    expect(expectedStatus(BALLARD)).toBe('renewed');
    expect(expectedStatus(BOSCH_LEGACY)).toBe('ended');
  });

  it('looks each title and each show up at most once', () => {
    const lookups = fake.requests;
    expect(lookups.length, 'the fake saw no lookups').toBeGreaterThan(0);
    expect(countBy(lookups, (r) => (r.query.q === undefined ? undefined : normalizeTitle(r.query.q)))).toEqual([]);
    const direct = lookups.filter((r) => r.path.startsWith('/shows/') || r.path.startsWith('/lookup/'));
    expect(countBy(direct, (r) => (r.showIds[0] === undefined ? undefined : String(r.showIds[0])))).toEqual([]);
  });

  it('opens a card with the show, a TVmaze link and credit on hover', async () => {
    await loadArticle();
    const host = ballardHost();
    await host.waitFor({ timeout: 5000 });
    await host.scrollIntoViewIfNeeded();
    expect(await cardLink(host).isVisible()).toBe(false);
    await host.hover();
    await cardLink(host).waitFor({ state: 'visible', timeout: 5000 });
    const text = await shadowText(host);
    expect(text).toContain('Ballard');
    expect(text).toContain('TVmaze');
    await saveScreenshot(host);
  });

  it('makes no new requests when the page is reloaded within the cache lifetime', async () => {
    const before = fake.requests.length;
    await page.mouse.move(0, 0);
    // Settled badges mean the worker has answered this page's lookup: any request it needed is made by now.
    const again = await loadArticle();
    expect(again.map((b) => [b.status, b.showId])).toEqual(badges.map((b) => [b.status, b.showId]));
    expect(fake.requests.slice(before)).toEqual([]);
  });

  it('opens the card on keyboard focus', async () => {
    await loadArticle();
    await page.mouse.move(0, 0);
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        (id) => document.activeElement?.getAttribute('data-greenlit-show-id') === id,
        `tvmaze:${BALLARD}`,
      );
    }
    expect(focused, 'Tab never reached a Ballard badge').toBe(true);
    const host = page.locator(`[data-greenlit-show-id="tvmaze:${BALLARD}"]:focus`);
    await cardLink(host).waitFor({ state: 'visible', timeout: 5000 });
  });
});

/** README screenshot: the paragraph with the badge and its open card. */
async function saveScreenshot(host: Locator) {
  const box = await host.evaluate((el) => {
    const rects = [el.parentElement ?? el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return { left, top, right, bottom, vw: innerWidth, vh: innerHeight };
  });
  const pad = 16;
  const x = Math.max(0, box.left - pad);
  const y = Math.max(0, box.top - pad);
  const clip = {
    x,
    y,
    width: Math.min(box.vw, box.right + pad) - x,
    height: Math.min(box.vh, box.bottom + pad) - y,
  };
  mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshot.png'), clip });
}
