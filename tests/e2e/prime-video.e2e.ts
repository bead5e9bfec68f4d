// Acceptance test for Prime Video: the saved Young Sherlock detail page at its real URL gets one badge after
// the title and one per series card (films, trailers and bonus items get none), cards appended later are
// badged with one lookup message per batch and one request per show, a card under the store's German title is
// the show TVmaze knows by that AKA, and a recycled card keeps its badge.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay, type RenewalStatus } from '../../utils/shows/status';
import { renewalStatus } from '../../utils/sources/tvmaze/status';
import type { TvmazeShow } from '../../utils/sources/tvmaze/schemas';
import { BADGE_SELECTOR, waitForBadgesSettled, type BadgeInfo } from '../support/badges';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { findShow, loadFixtureShows } from '../support/catalog';
import { normalizeTitle, type FakeShow, type FakeTvmaze, type RecordedRequest } from '../support/fake-tvmaze';
import { countLookupMessages, lookupMessages, startFakeWhenFree, waitForWorkerMessages } from '../support/harness';

const PAGE_URL = 'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play';
const FIXTURE = 'tests/fixtures/pages/primevideo-detail-young-sherlock-amazon-de-2026-03.html';
const YOUNG_SHERLOCK = 900003;
/** The page's series cards: `data-card-title` exactly as spelled, the cleaned title the badge carries, the TVmaze id. */
const SERIES_CARDS: ReadonlyArray<readonly [string, string, number]> = [
  ['The 50 - Season 1', 'The 50', 900008],
  ['Scarpetta - Season 1', 'Scarpetta', 900007],
  ['Cross - Season 1', 'Cross', 900005],
  ['Two and a Half Men, Season 1', 'Two and a Half Men', 130],
  ['Marshals, Season 1', 'Marshals', 900006],
  ['Fallout - Season 1', 'Fallout', 49041],
  ['Elementary - Staffel 1 [dt./OV]', 'Elementary', 133],
];
const NOT_SERIES = [
  'Alter weißer Mann',
  'A Killer Romance',
  'Boneyard',
  'The Creator',
  'Young Sherlock - Season 1: Teaser Trailer',
  'Young Sherlock: The Characters of Young Sherlock',
];
const SUFFIXES = [' - Season 1', ', Season 2', ' - Staffel 1', ' - Season 3 [dt./OV]'];

/** The Simpsons as amazon.de sells it; TVmaze knows the show by that AKA (hand-written in the shape /shows/83/akas answers). */
const LOCALISED_CARD = 'Die Simpsons - Staffel 35 [dt./OV]';
const SIMPSONS = 83;
const shows = loadFixtureShows().map((show) =>
  show.id === SIMPSONS ? { ...show, _akas: [{ name: 'Die Simpsons', country: { name: 'Germany', code: 'DE', timezone: 'Europe/Busingen' } }] } : show,
);
const today = isoDay(new Date());
const expectedStatus = (id: number): RenewalStatus => renewalStatus(findShow(shows, id) as TvmazeShow, today);

/** 50 catalog shows with unique names that are not on the page: the titles of the appended cards. */
function extraShows(): FakeShow[] {
  const onPage = new Set([YOUNG_SHERLOCK, ...SERIES_CARDS.map(([, , id]) => id)]);
  const counts = new Map<string, number>();
  for (const s of shows) counts.set(normalizeTitle(s.name), (counts.get(normalizeTitle(s.name)) ?? 0) + 1);
  return shows.filter((s) => !onPage.has(s.id) && counts.get(normalizeTitle(s.name)) === 1).slice(0, 50);
}

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let page: Page;
let initial: BadgeInfo[] = [];




/** Badge hosts inside the card whose `data-card-title` (or e2e index) matches. */
function cardBadges(selector: string): Promise<Array<{ status: string; title: string | null; showId: string | null }>> {
  return page.evaluate(
    ([cardSelector, badgeSelector]) =>
      [...(document.querySelector(cardSelector)?.querySelectorAll(badgeSelector) ?? [])].map((host) => ({
        status: host.getAttribute('data-greenlit-status') ?? '',
        title: host.getAttribute('data-greenlit-title'),
        showId: host.getAttribute('data-greenlit-show-id'),
      })),
    [selector, BADGE_SELECTOR] as const,
  );
}

const byTitle = (title: string) => `article[data-card-title="${title.replace(/"/g, '\\"')}"]`;

/** Clones a real series card (its `li`) once per title and appends the clones to the same row, in one task. */
function appendCards(titles: Array<{ title: string; index: number }>): Promise<void> {
  return page.evaluate((cards) => {
    const template = document.querySelector('article[data-card-title="The 50 - Season 1"]')?.closest('li');
    if (!template?.parentElement) throw new Error('no series card to clone');
    const fragment = document.createDocumentFragment();
    for (const { title, index } of cards) {
      const item = template.cloneNode(true) as Element;
      // The original carries Greenlit's badge host by now; a clone must start bare.
      for (const host of item.querySelectorAll('[data-greenlit-badge]')) host.remove();
      const card = item.querySelector('article')!;
      card.setAttribute('data-card-title', title);
      card.setAttribute('data-e2e-index', String(index));
      const name = title.replace(/\s*[-,].*$/, '');
      card.querySelector('button[aria-label]')?.setAttribute('aria-label', name);
      const link = card.querySelector('a[href*="/detail/"]');
      if (link) link.textContent = name;
      fragment.append(item);
    }
    template.parentElement.append(fragment);
  }, titles);
}

/** Waits until every appended card has a settled (non-loading) badge, or the timeout. */
async function waitForClonesSettled(count: number, timeoutMs: number): Promise<void> {
  await page
    .waitForFunction(
      ([n, badgeSelector]) => {
        const cards = document.querySelectorAll('article[data-e2e-index]');
        if (cards.length < n) return false;
        return [...cards].every((card) => {
          const host = card.querySelector(badgeSelector);
          return host && host.getAttribute('data-greenlit-status') !== 'loading';
        });
      },
      [count, BADGE_SELECTOR] as const,
      { timeout: timeoutMs, polling: 250 },
    )
    .catch(() => undefined);
}

function duplicates(requests: RecordedRequest[], key: (r: RecordedRequest) => string | undefined): string[] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const k = key(r);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
}

beforeAll(async () => {
  fake = await startFakeWhenFree(shows);
  browser = await launchWithExtension();
  serveFixture(browser.context, PAGE_URL, FIXTURE);
  await countLookupMessages(browser);
  page = await browser.context.newPage();
  await page.goto(PAGE_URL, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(BADGE_SELECTOR, { timeout: 15_000 });
  initial = await waitForBadgesSettled(page, { timeoutMs: 20_000 });
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('Prime Video detail page (Young Sherlock, amazon.de)', () => {
  it('badges the detail title once, inside the title heading, with its status', async () => {
    const detail = initial.filter((b) => b.title === 'Young Sherlock');
    expect(detail, JSON.stringify(initial, null, 1)).toHaveLength(1);
    expect(detail[0]).toMatchObject({ status: expectedStatus(YOUNG_SHERLOCK), showId: `tvmaze:${YOUNG_SHERLOCK}` });
    const inHeading = await page.evaluate(
      (selector) => document.querySelectorAll(`h1[data-testid="title-art"] ${selector}`).length,
      BADGE_SELECTOR,
    );
    expect(inHeading).toBe(1);
  });

  it('badges each series card once, with the status its record implies', async () => {
    for (const [cardTitle, title, id] of SERIES_CARDS) {
      expect(await cardBadges(byTitle(cardTitle)), cardTitle).toEqual([
        { status: expectedStatus(id), title, showId: `tvmaze:${id}` },
      ]);
    }
    // The fixture's data, spelled out, so a catalog edit cannot silently change what is tested.
    expect(SERIES_CARDS.map(([, , id]) => expectedStatus(id))).toEqual([
      'awaiting', 'renewed', 'renewed', 'ended', 'awaiting', 'development', 'ended',
    ]);
  });

  it('leaves films, trailers and bonus items unbadged', async () => {
    for (const title of NOT_SERIES) expect(await cardBadges(byTitle(title)), title).toEqual([]);
    expect(initial).toHaveLength(1 + SERIES_CARDS.length);
  });

  it('badges 50 appended series cards, with one lookup message per batch of 10 and one request per show', async () => {
    const extra = extraShows();
    expect(extra).toHaveLength(50);
    const messagesBefore = (await lookupMessages(browser)).length;
    const requestsBefore = fake.requests.length;
    const cards = extra.map((show, index) => ({ title: `${show.name}${SUFFIXES[index % SUFFIXES.length]}`, index }));
    // Each batch is appended once the worker has the last one's message, so batches cannot coalesce on a slow machine.
    for (let start = 0; start < cards.length; start += 10) {
      await appendCards(cards.slice(start, start + 10));
      await waitForWorkerMessages(browser, 'lookupTitles', messagesBefore + start / 10 + 1);
    }
    await waitForClonesSettled(50, 60_000);

    const wrong: string[] = [];
    for (const [i, show] of extra.entries()) {
      const badges = await cardBadges(`article[data-e2e-index="${i}"]`);
      const want = { status: expectedStatus(show.id), title: show.name, showId: `tvmaze:${show.id}` };
      if (JSON.stringify(badges) !== JSON.stringify([want])) wrong.push(`${JSON.stringify(want)} got ${JSON.stringify(badges)}`);
    }
    expect(wrong).toEqual([]);

    expect((await lookupMessages(browser)).slice(messagesBefore)).toEqual([10, 10, 10, 10, 10]);
    const requests = fake.requests.slice(requestsBefore);
    expect(requests.length).toBeGreaterThanOrEqual(50);
    expect(requests.length).toBeLessThanOrEqual(50 * 2); // a same-name fallback search at most
    expect(duplicates(fake.requests, (r) => r.showIds.length === 1 ? String(r.showIds[0]) : undefined)).toEqual([]);
    expect(duplicates(fake.requests, (r) => (r.query.q === undefined ? undefined : normalizeTitle(r.query.q)))).toEqual([]);
  }, 120_000);

  it('badges a card under the store\'s German title as the show TVmaze knows by that AKA', async () => {
    await appendCards([{ title: LOCALISED_CARD, index: 1000 }]);
    await waitForClonesSettled(51, 30_000);
    expect(await cardBadges('article[data-e2e-index="1000"]')).toEqual([
      { status: expectedStatus(SIMPSONS), title: 'Die Simpsons', showId: `tvmaze:${SIMPSONS}` },
    ]);
    expect(fake.requests.filter((r) => r.path === `/shows/${SIMPSONS}/akas`)).toHaveLength(1);
  }, 60_000);

  it('updates the badge of a recycled card to the new show (its cleaned title) and status, without a second badge', async () => {
    const reacher = 43031;
    const card = byTitle('Cross - Season 1');
    await page.evaluate((selector) => {
      const article = document.querySelector(selector)!;
      article.setAttribute('data-e2e-recycled', '');
      article.setAttribute('data-card-title', 'Reacher - Season 2');
    }, card);
    const recycled = 'article[data-e2e-recycled]';
    await page
      .waitForFunction(
        (selector) => {
          const host = document.querySelector(`${selector} [data-greenlit-status]`);
          return host?.getAttribute('data-greenlit-title') === 'Reacher' &&
            host.getAttribute('data-greenlit-status') !== 'loading';
        },
        recycled,
        { timeout: 30_000, polling: 200 },
      )
      .catch(() => undefined);
    expect(await cardBadges(recycled)).toEqual([
      { status: expectedStatus(reacher), title: 'Reacher', showId: `tvmaze:${reacher}` },
    ]);
  }, 60_000);
});
