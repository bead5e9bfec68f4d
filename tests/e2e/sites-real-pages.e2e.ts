// Every real saved site page (tests/fixtures/pages/SOURCES.md, kind "real") at its real URL in real Chromium:
// each series badged once with its cleaned title, and nothing else on the page (films, trailers, sport,
// page furniture) badged at all. A page with no series of its own gets one show tile added, so its badge
// proves the content script read the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay, type RenewalStatus } from '../../utils/shows/status';
import { renewalStatus } from '../../utils/sources/tvmaze/status';
import type { TvmazeShow } from '../../utils/sources/tvmaze/schemas';
import { BADGE_SELECTOR, readBadges } from '../support/badges';
import { launchWithExtension, openFixture, type ExtensionBrowser } from '../support/browser';
import { FIXTURES_DIR, findShow, loadFixtureShows } from '../support/catalog';
import { type FakeTvmaze } from '../support/fake-tvmaze';
import { startFakeWhenFree } from '../support/harness';

interface RealPage {
  fixture: string;
  url: string;
  /** `data-greenlit-title` of every badge on the page, in document order: the cleaned titles. */
  badged: string[];
  /** Badged titles the test catalog knows: title → TVmaze id. The rest are badged "unknown". */
  known: Record<string, number>;
  /** Elements that are not series; each must exist and carry no badge. */
  notSeries: string[];
  /** A show tile put into a page that has no series of its own: a rail link labelled the way the site labels them. */
  probe?: { href: string; label: string; text: string };
}

const REAL_PAGES: RealPage[] = [
  {
    fixture: 'primevideo-detail-young-sherlock-amazon-de-2026-03.html',
    url: 'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play',
    badged: ['Young Sherlock', 'The 50', 'Scarpetta', 'Cross', 'Two and a Half Men', 'Marshals', 'Fallout', 'Elementary'],
    known: { 'Young Sherlock': 900003, 'The 50': 900008, Scarpetta: 900007, Cross: 900005, 'Two and a Half Men': 130, Marshals: 900006, Fallout: 49041, Elementary: 133 },
    notSeries: [
      'article[data-card-title="A Killer Romance"]',
      'article[data-card-title="Boneyard"]',
      'article[data-card-title="The Creator"]',
      'article[data-card-title="Young Sherlock - Season 1: Teaser Trailer"]',
    ],
  },
  {
    fixture: 'hotstar-home-in-2023-10.html',
    url: 'https://www.hotstar.com/in/home',
    badged: [
      'Sultan of Delhi', 'The Simpsons', 'Anupama', 'Baatein Kuch Ankahee Si', 'How I Met Your Mother', 'Mansion 24', 'Masterpeace',
      'Mansion 24', 'Sultan of Delhi', 'Mathagam', 'Loki', 'MY3', 'Koffee With Karan', 'Love in Fairhope', 'Aakhri Sach',
      'School of Lies', 'Social - Ek Haadsa', 'Homeland', 'November Story',
    ],
    known: { 'The Simpsons': 83, 'Koffee With Karan': 7316 },
    notSeries: [
      '[data-testid="tray-card-default"]:has(a[href*="/movies/"])',
      '[data-testid="tray-card-default"]:has(a[href*="/sports/"])',
    ],
  },
  {
    fixture: 'hotstar-episode-boston-legal-in-2023-06.html',
    url: 'https://www.hotstar.com/in/shows/boston-legal/2257/still-crazy-after-all-these-years/1770019840/watch?episodeNumber=1',
    badged: ['Boston Legal'],
    known: { 'Boston Legal': 598 },
    notSeries: [],
  },
  {
    fixture: 'max-watch-movie-dune-part-two-2025-01.html',
    url: 'https://play.max.com/video/watch/914be9f6-e1b2-4f5f-aa34-de07a2a3423b/3c3df515-93b8-4410-b10a-414079529821',
    badged: ['The Wire'],
    known: {},
    notSeries: [],
    // HBO Max rail label: the title in Unicode isolates, then its place in the rail.
    probe: { href: '/show/6a1b2c3d-0000-4000-8000-00000000e2e1', label: '\u2068The Wire\u2069, 3 of 20', text: 'The Wire' },
  },
];

const shows = loadFixtureShows();
const expectedStatus = (id: number): RenewalStatus => renewalStatus(findShow(shows, id) as TvmazeShow, isoDay(new Date()));

/** Fixtures SOURCES.md calls real. */
function realFixtures(): string[] {
  const table = readFileSync(join(FIXTURES_DIR, 'pages/SOURCES.md'), 'utf8');
  return table
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells[1]?.endsWith('.html') && cells[3] === 'real')
    .map((cells) => cells[1]!);
}

function badgesInside(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    ([s, badge]) => [...document.querySelectorAll(s)].map((element) => element.querySelectorAll(badge).length),
    [selector, BADGE_SELECTOR] as const,
  );
}

let browser: ExtensionBrowser;
let fake: FakeTvmaze;

beforeAll(async () => {
  fake = await startFakeWhenFree(shows);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('real saved site pages at their real URLs', () => {
  it('covers every real fixture SOURCES.md lists', () => {
    expect(REAL_PAGES.map((page) => page.fixture).sort()).toEqual(realFixtures().sort());
  });

  it.each(REAL_PAGES.map((page) => [page.fixture, page] as const))('%s', async (_name, real) => {
    const page = await openFixture(browser.context, real.url, `tests/fixtures/pages/${real.fixture}`);
    if (real.probe) {
      await page.evaluate(({ href, label, text }) => {
        const link = document.createElement('a');
        link.href = href;
        link.setAttribute('aria-label', label);
        link.textContent = text;
        const item = document.createElement('li');
        item.append(link);
        const rail = document.createElement('ul');
        rail.append(item);
        document.body.append(rail);
      }, real.probe);
    }
    await page.waitForSelector(BADGE_SELECTOR, { state: 'attached', timeout: 15_000 });
    // Every series the page shows gets its badge, in page order (tiles may be scanned in several passes).
    await expect.poll(async () => (await readBadges(page)).map((badge) => badge.title), { timeout: 30_000 }).toEqual(real.badged);
    const want = (title: string | null) => {
      const id = real.known[title ?? ''];
      return id === undefined ? { status: 'unknown', showId: null } : { status: expectedStatus(id), showId: `tvmaze:${id}` };
    };
    // A title the shipped index knows shows its indexed status first; every badge ends on the lookup's answer.
    await expect
      .poll(async () => (await readBadges(page)).map((badge) => [badge.title, { status: badge.status, showId: badge.showId }]), { timeout: 100_000 })
      .toEqual(real.badged.map((title) => [title, want(title)]));
    for (const selector of real.notSeries) {
      const counts = await badgesInside(page, selector);
      expect(counts.length, `${selector} is on the page`).toBeGreaterThan(0);
      expect(counts.every((count) => count === 0), `${selector} has no badge`).toBe(true);
    }
    await page.close();
  }, 150_000);
});
