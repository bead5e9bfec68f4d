// History import and calendar in real Chromium with the real worker and the fake TVmaze: a 40-line
// Netflix CSV is matched in the worker (surviving the options page being closed), previewed, one
// same-name show is picked, confirmed into the list; then the .ics export holds the next episodes
// the fake announces, without the show switched off.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, type ExtensionBrowser } from '../support/browser';
import { FIXTURES_DIR, findShow, loadFixtureShows } from '../support/catalog';
import type { FakeShow, FakeTvmaze } from '../support/fake-tvmaze';
import { startFakeWhenFree } from '../support/harness';
import { seedStorage } from '../support/storage-seed';
import { seriousAxeViolations } from '../support/axe';

const CSV = join(FIXTURES_DIR, 'imports/netflix-e2e-40-lines.csv');
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const catalog = loadFixtureShows();
/** Three catalog shows with the next episode TVmaze embeds: two at a network's time, one streaming drop (all-day). */
const inDays = (days: number) => isoDay(Date.now() + days * DAY);
function withNext(id: number, next: Record<string, unknown>): FakeShow {
  return { ...findShow(catalog, id), status: 'Running', _embedded: { ...findShow(catalog, id)._embedded, nextepisode: { id: id * 10, ...next } } };
}
const ANNOUNCED = [
  withNext(55350, { name: 'Science Fair', season: 4, number: 9, airdate: inDays(7), airtime: '21:00', airstamp: null, runtime: 30 }),
  withNext(33320, { name: 'The Reunion', season: 4, number: 1, airdate: inDays(20), airtime: '22:00', airstamp: null, runtime: 25 }),
  withNext(42966, { name: null, season: 4, number: 1, airdate: inDays(10), airtime: '', airstamp: `${inDays(10)}T12:00:00+00:00` }),
];

let fake: FakeTvmaze;
let browser: ExtensionBrowser;
let downloadDir: string;

beforeAll(async () => {
  const announced = new Map(ANNOUNCED.map((s) => [s.id, s]));
  fake = await startFakeWhenFree(catalog.map((s) => announced.get(s.id) ?? s));
  browser = await launchWithExtension();
  downloadDir = mkdtempSync(join(tmpdir(), 'greenlit-history-'));
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
  if (downloadDir) rmSync(downloadDir, { recursive: true, force: true });
});

type StoredShow = { ref: { id: number }; name: string; progress: { season: number; episode: number } | null; inCalendar: boolean };

function stored(area: 'local' | 'sync', key: string | null): Promise<Record<string, unknown>> {
  return browser.serviceWorker.evaluate(
    async ([areaName, k]) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, { get(key: string | null): Promise<Record<string, unknown>> }> } };
      return chrome.storage[areaName!]!.get(k ?? null);
    },
    [area, key] as const,
  );
}
const storedShows = async () => ((await stored('local', 'watchedShows')).watchedShows ?? []) as StoredShow[];

const openOptions = () => openExtensionPage(browser.context, browser.extensionId, 'options.html');
const progressStatus = (page: Page) => page.locator('.import-progress [role="status"]');

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = join(downloadDir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('history import', () => {
  it('imports a Netflix CSV of 40 lines: progress n of m, survives the page closing, one show picked, list saved', async () => {
    // Already watched here: Friends not as far as the file, Peaky Blinders further than it.
    await seedStorage(browser.serviceWorker, {
      watchedShows: [
        { ref: { source: 'tvmaze', id: 431 }, name: 'Friends', progress: { season: 2, episode: 5 }, protectSpoilers: true, inCalendar: true, addedAt: 1 },
        { ref: { source: 'tvmaze', id: 269 }, name: 'Peaky Blinders', progress: { season: 6, episode: 1 }, protectSpoilers: false, inCalendar: true, addedAt: 2 },
      ],
    });
    fake.reset();
    // Slow answers and one 429, so the page can close mid-way and the limiter's pause shows.
    fake.setLatency(250);
    fake.failNext('/search/shows', 429, { 'Retry-After': '1' });

    let page = await openOptions();
    const started = Date.now();
    await page.getByLabel('Netflix viewing activity (CSV)').setInputFiles(CSV);
    await expect.poll(() => progressStatus(page).textContent(), { timeout: 10_000 }).toMatch(/^Matching shows: ([1-9]|1[0-2]) of 13…$/);
    expect(await page.getByRole('progressbar', { name: 'Matching shows' }).getAttribute('max')).toBe('13');
    await page.close();

    page = await openOptions();
    await expect.poll(() => progressStatus(page).textContent(), { timeout: 60_000 }).toBe('Matching shows: 13 of 13. Check the preview, then import.');
    const elapsedMs = Date.now() - started;
    const matching = fake.requests.filter((r) => r.path === '/search/shows' || r.path === '/lookup/shows');
    console.info(`import: 40 lines, 13 titles, ${matching.length} requests (one 429 retried), ${elapsedMs} ms with 250 ms latency → ${(40 / (elapsedMs / 1000)).toFixed(1)} lines/s`);
    expect(matching.filter((r) => r.status === 200)).toHaveLength(13);

    const matchedRows = page.locator('.import-matched tbody tr');
    expect(await matchedRows.count()).toBe(11);
    const stranger = matchedRows.filter({ has: page.getByRole('rowheader', { name: 'Stranger Things' }) });
    expect(await stranger.locator('td').allTextContents()).toEqual(['Netflix', '2016', 'S4E7 (new)', 'Stranger Things']);
    const peaky = matchedRows.filter({ has: page.getByRole('rowheader', { name: 'Peaky Blinders' }) });
    expect(await peaky.locator('td').nth(2).textContent()).toBe('S5E2 (your list is further; kept)');
    expect(await page.locator('.import-skipped summary').first().textContent()).toBe('Skipped lines (4)');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Two real shows are called Shameless; Heartstopper is not in the catalog.
    const choices = page.locator('.import-choice');
    expect(await choices.locator('strong').allTextContents()).toEqual(['Shameless', 'Heartstopper']);
    await page.getByRole('button', { name: 'Shameless (Paramount+ with Showtime, 2011) for Shameless' }).click();
    await page.getByRole('button', { name: 'Leave it out (Heartstopper)' }).click();
    await expect.poll(() => choices.count()).toBe(0);
    expect(await matchedRows.count()).toBe(12);

    expect(await storedShows()).toHaveLength(2); // nothing written before confirming
    await page.getByRole('button', { name: 'Import 12 shows' }).click();
    await expect
      .poll(() => page.locator('.history-import-summary').textContent())
      .toBe('Imported 12 shows: 10 added, 1 further along, 1 already up to date.');

    const byName = Object.fromEntries((await storedShows()).map((s) => [s.name, [s.ref.id, s.progress]]));
    expect(byName).toEqual({
      Friends: [431, { season: 10, episode: 0 }],
      'Peaky Blinders': [269, { season: 6, episode: 1 }],
      Wednesday: [53647, { season: 1, episode: 0 }],
      'Stranger Things': [2993, { season: 4, episode: 7 }],
      Bridgerton: [42966, { season: 3, episode: 4 }],
      Shameless: [150, { season: 3, episode: 0 }],
      'Derry Girls': [33320, { season: 2, episode: 6 }],
      'Abbott Elementary': [55350, { season: 3, episode: 7 }],
      'Gilmore Girls': [525, { season: 1, episode: 0 }],
      Girls: [139, { season: 2, episode: 0 }],
      Lost: [123, { season: 2, episode: 0 }],
      'Sonic Prime': [53242, { season: 1, episode: 3 }],
    });
    const bridgertonRow = page.locator('li.watched-show').filter({ has: page.getByRole('heading', { level: 3, name: 'Bridgerton', exact: true }) });
    expect(await bridgertonRow.getByLabel('Season', { exact: true }).inputValue()).toBe('3');
    expect(await bridgertonRow.getByLabel('Episode', { exact: true }).inputValue()).toBe('4');
    expect(await stored('local', 'importJob')).toEqual({});

    // The list follows the user through the browser's sync: chunked records in storage.sync.
    const syncedIds = async () => {
      const items = await stored('sync', null);
      const chunk = (items['watched:0'] ?? []) as unknown[][];
      return { meta: items['watched:meta'], ids: chunk.map((r) => r[0]).sort((a, b) => Number(a) - Number(b)) };
    };
    await expect
      .poll(syncedIds, { timeout: 15_000 })
      .toEqual({ meta: { v: 1, n: 1 }, ids: [123, 139, 150, 269, 431, 525, 2993, 33320, 42966, 53242, 53647, 55350] });
    fake.setLatency(0);
  });

  it('Add to calendar (.ics) holds the next episodes the fake announces, and leaves out a show switched off', async () => {
    const page = await openOptions();
    await page.getByRole('heading', { level: 3, name: 'Derry Girls', exact: true }).waitFor();
    const all = events(await download(page, 'Add to calendar (.ics)'));
    expect(all.map((e) => e.summary)).toEqual(['Abbott Elementary S4E9 "Science Fair"', 'Bridgerton S4E1', 'Derry Girls S4E1 "The Reunion"']);
    const abbott = all[0]!;
    // 21:00 on ABC's clock in New York, whatever this machine's zone.
    const nyHour = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' }).format(abbott.startDate.toJSDate());
    expect(nyHour).toBe('21');
    expect((abbott.endDate.toJSDate().getTime() - abbott.startDate.toJSDate().getTime()) / 60_000).toBe(30);
    expect(all[1]!.startDate.isDate).toBe(true);
    expect(all[1]!.startDate.toString()).toBe(inDays(10));
    const londonHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' }).format(all[2]!.startDate.toJSDate());
    expect(londonHour).toBe('22');
    expect(await page.locator('.calendar-status').textContent()).toBe('Saved 3 episodes of the 12 shows in your calendar.');

    await page.getByLabel('In calendar for Derry Girls').uncheck();
    await expect.poll(async () => (await storedShows()).find((s) => s.name === 'Derry Girls')?.inCalendar).toBe(false);
    const fewer = events(await download(page, 'Add to calendar (.ics)'));
    expect(fewer.map((e) => e.summary)).toEqual(['Abbott Elementary S4E9 "Science Fair"', 'Bridgerton S4E1']);
  });
});
