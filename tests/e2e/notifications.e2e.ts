// Watched-shows check in the real worker: a status change on (fake) TVmaze becomes exactly one notification
// and one recent change, within TVmaze's rate limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_TVMAZE_PORT, launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { findShow, loadFixtureShows } from '../support/catalog';
import { startFakeTvmaze, type FakeShow, type FakeTvmaze } from '../support/fake-tvmaze';
import { seedStorage } from '../support/storage-seed';
import type { Page } from 'playwright-core';
import { openExtensionPage } from '../support/browser';

const ALARM = 'greenlit-watch-check';
const HOUR = 3_600_000;
const BALLARD = 900001;
const SYNTHETIC_FROM = 990_000;

interface SeedShow {
  tvmazeId: number;
  name: string;
  lastStatus: string;
  lastCheckedAt: number;
}

/** The worker's `chrome`, as far as these tests use it; no extension typings on the Node side. */
interface WorkerChrome {
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } };
  notifications: { create(...args: unknown[]): Promise<string>; getAll(): Promise<Record<string, unknown>> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined>; create(name: string, info: object): Promise<void> };
}
type WorkerGlobal = { chrome: WorkerChrome; greenlitNotified?: unknown[][] };

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let extensionPage: Page;
const catalog = loadFixtureShows();

/** A running show with season 1 over and nothing announced: awaiting. */
const syntheticShow = (id: number): FakeShow => ({
  ...findShow(catalog, 900008),
  id,
  name: `Synthetic ${id}`,
  url: `https://www.tvmaze.com/shows/${id}`,
  updated: 1_700_000_000,
});

/** Seeds the watched list at its current stored version, clears changes, spies on notifications. */
async function seed(shows: SeedShow[]) {
  await seedStorage(browser.serviceWorker, {
    watchedShows: shows.map(({ tvmazeId, ...s }) => ({ ref: { source: 'tvmaze', id: tvmazeId }, ...s, progress: null, protectSpoilers: true, inCalendar: true, addedAt: 1 })),
    recentChanges: [],
  });
  await browser.serviceWorker.evaluate(async () => {
    const g = globalThis as unknown as WorkerGlobal;
    g.greenlitNotified = [];
    if (!('spied' in g.chrome.notifications.create)) {
      const original = g.chrome.notifications.create.bind(g.chrome.notifications);
      g.chrome.notifications.create = Object.assign((...args: unknown[]) => {
        g.greenlitNotified!.push(args);
        return original(...args);
      }, { spied: true });
    }
  });
}

/**
 * The options page's "Check now" message, sent from the (quiet) popup page. It resolves when the
 * check is done, and a check already running (the install-time one) is shared, not doubled.
 */
function checkNow(): Promise<unknown> {
  return extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
      id: 1,
      type: 'checkWatchedNow',
      data: undefined,
      timestamp: Date.now(),
    }),
  );
}

/** Fires the real alarm (unpacked extensions may schedule it a moment ahead). */
async function fireAlarm() {
  await browser.serviceWorker.evaluate(
    (name) => (globalThis as unknown as WorkerGlobal).chrome.alarms.create(name, { when: Date.now() + 50, periodInMinutes: 720 }),
    ALARM,
  );
}

/** The stored changes: facts (from, to, detail), worded only when shown. */
async function recentChanges(): Promise<{ to: string; ref: { source: string; id: number } }[]> {
  return browser.serviceWorker.evaluate(async () => {
    const stored = await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('recentChanges');
    return (stored.recentChanges ?? []) as { to: string; ref: { source: string; id: number } }[];
  });
}

const notified = () =>
  browser.serviceWorker.evaluate(() => ((globalThis as unknown as WorkerGlobal).greenlitNotified ?? []).map((args) => args[1]));

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows: catalog, port: FAKE_TVMAZE_PORT, rateLimit: { max: 20, windowMs: 10_000 } });
  browser = await launchWithExtension();
  extensionPage = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});
beforeEach(async () => {
  // Whatever check is running (the install-time one, or the last test's) has finished before seeding.
  await checkNow();
  fake.reset();
});

describe('watched-shows check', () => {
  it('schedules the twice-daily alarm', async () => {
    const alarm = await browser.serviceWorker.evaluate(
      (name) => (globalThis as unknown as WorkerGlobal).chrome.alarms.get(name),
      ALARM,
    );
    expect(alarm?.periodInMinutes).toBe(720);
  });

  it('turns Ballard ending on TVmaze into one notification and one recent change', async () => {
    await seed([{ tvmazeId: BALLARD, name: 'Ballard', lastStatus: 'renewed', lastCheckedAt: Date.now() - HOUR }]);
    fake.updateShow(BALLARD, { status: 'Ended', ended: '2026-11-20' });
    await fireAlarm();

    await expect.poll(recentChanges, { timeout: 20_000 }).toHaveLength(1);
    expect((await recentChanges())[0]).toMatchObject({ ref: { source: 'tvmaze', id: BALLARD }, to: 'ended', detail: {} });
    await expect.poll(notified, { timeout: 5_000 }).toHaveLength(1);
    expect((await notified())[0]).toMatchObject({ title: 'Greenlit', message: 'Ballard ended' });
    expect(fake.requests.map((r) => r.path)).toEqual(['/updates/shows', `/shows/${BALLARD}`]);
    const badge = () =>
      browser.serviceWorker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.action.getBadgeText({}));
    await expect.poll(badge, { timeout: 5_000 }).toBe('1');
  });

  it('with 500 watched shows fetches only the 30 changed ones, without a 429', async () => {
    const now = Date.now();
    const ids = Array.from({ length: 500 }, (_, i) => SYNTHETIC_FROM + i);
    for (const id of ids) fake.setShow(syntheticShow(id));
    await seed(ids.map((id) => ({ tvmazeId: id, name: `Synthetic ${id}`, lastStatus: 'awaiting', lastCheckedAt: now - HOUR })));
    const changed = ids.slice(0, 30);
    // Renewed: season 2 announced, no date yet.
    for (const id of changed) {
      const show = syntheticShow(id);
      const seasons = [...(show._embedded?.seasons ?? []), { id: id * 10 + 2, number: 2, premiereDate: null, endDate: null }];
      fake.updateShow(id, { status: 'Running', _embedded: { seasons } });
    }
    await fireAlarm();

    await expect.poll(recentChanges, { timeout: 60_000, interval: 1000 }).toHaveLength(30);
    expect(fake.requestsTo('/updates/shows')).toHaveLength(1);
    expect(fake.requestsTo('/shows/').map((r) => Number(r.path.split('/')[2])).sort()).toEqual(changed);
    expect(fake.requests.filter((r) => r.status === 429)).toEqual([]);
    // More than three changes: one summary notification.
    await expect.poll(notified, { timeout: 5_000 }).toHaveLength(1);
    expect((await notified())[0]).toMatchObject({ message: expect.stringMatching(/^30 of your shows changed status/) });
  });
});
