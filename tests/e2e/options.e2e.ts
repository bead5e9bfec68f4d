// The options page in real Chromium with the real background worker and the fake TVmaze server:
// add a show from search by keyboard, set progress, export, import into a fresh profile, reject a bad
// file, and an axe-core accessibility check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TVMAZE_PORT, launchWithExtension, openExtensionPage, type ExtensionBrowser } from '../support/browser';
import { seriousAxeViolations } from '../support/axe';
import { FIXTURES_DIR, loadFixtureShows } from '../support/catalog';
import { startFakeTvmaze, type FakeShow, type FakeTvmaze } from '../support/fake-tvmaze';

const THE_OFFICE_US = 526;
const US_OPTION = 'The Office NBC (US) · 2005';
const ukOffice = JSON.parse(readFileSync(join(FIXTURES_DIR, 'options/the-office-uk.synthetic.json'), 'utf8')) as FakeShow;

let fake: FakeTvmaze;
let downloadDir: string;
/** The export made in the first profile, imported into the second. */
/** A version-1 export of The Office at S2E5, as the first test's Export button writes it. */
const EXPORT_FILE_SHOWS = [{ tvmazeId: THE_OFFICE_US, name: 'The Office', progress: { season: 2, episode: 5 }, protectSpoilers: true }];
const open: ExtensionBrowser[] = [];

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows: [...loadFixtureShows(), ukOffice], port: FAKE_TVMAZE_PORT });
  downloadDir = mkdtempSync(join(tmpdir(), 'greenlit-options-'));
});
afterAll(async () => {
  await Promise.all(open.map((b) => b.close()));
  await fake?.close();
  if (downloadDir) rmSync(downloadDir, { recursive: true, force: true });
});

async function launch(): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension();
  open.push(browser);
  return browser;
}

async function close(browser: ExtensionBrowser): Promise<void> {
  open.splice(open.indexOf(browser), 1);
  await browser.close();
}

function openOptions(browser: ExtensionBrowser): Promise<Page> {
  return openExtensionPage(browser.context, browser.extensionId, 'options.html');
}

/** The watched list as the extension stored it (WXT's `local:watchedShows`). */
function storedShows(browser: ExtensionBrowser): Promise<unknown> {
  return browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('watchedShows')).watchedShows ?? [];
  });
}

const watchedRows = (page: Page): Locator => page.locator('li.watched-show');
const rowFor = (page: Page, name: string): Locator =>
  watchedRows(page).filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

async function listedShows(page: Page): Promise<{ name: string; season: string; episode: string; protect: boolean }[]> {
  const rows = await watchedRows(page).all();
  return Promise.all(
    rows.map(async (row) => ({
      name: (await row.getByRole('heading', { level: 3 }).textContent()) ?? '',
      season: await row.getByLabel('Season', { exact: true }).inputValue(),
      episode: await row.getByLabel('Episode', { exact: true }).inputValue(),
      protect: await row.getByRole('checkbox', { name: /^Protect from spoilers/ }).isChecked(),
    })),
  );
}

describe('options page', () => {
  it('adds the US "The Office" from search by keyboard, sets progress and exports the list', async () => {
    const browser = await launch();
    const page = await openOptions(browser);
    expect(await page.title()).toBe('Greenlit options');
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en(-|$)/);

    const combobox = page.getByRole('combobox', { name: 'Add a show' });
    await combobox.click();
    await page.keyboard.type('The Office');
    const options = page.getByRole('listbox', { name: 'Matching shows' }).getByRole('option');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const labels = await options.allTextContents();
    expect(labels).toContain(US_OPTION);
    expect(labels).toContain('The Office BBC Two (GB) · 2001');

    // The open listbox with an active option is the state most likely to break ARIA rules.
    const activeOption = async () =>
      page.locator(`[id="${await combobox.getAttribute('aria-activedescendant')}"]`).textContent();
    await page.keyboard.press('ArrowDown');
    expect(await activeOption()).toBe(labels[0]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    for (let presses = 0; (await activeOption()) !== US_OPTION && presses < labels.length; presses++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await activeOption()).toBe(US_OPTION);
    await page.keyboard.press('Enter');

    const row = rowFor(page, 'The Office');
    await row.waitFor();
    await expect.poll(() => row.locator('.badge').textContent(), { timeout: 10_000 }).toContain('Ended');
    await expect.poll(() => storedShows(browser)).toMatchObject([
      { ref: { source: 'tvmaze', id: THE_OFFICE_US }, name: 'The Office', progress: null, protectSpoilers: true },
    ]);

    await row.getByLabel('Season', { exact: true }).fill('2');
    await row.getByLabel('Episode', { exact: true }).fill('5');
    await row.getByLabel('Episode', { exact: true }).press('Tab');
    await expect.poll(() => storedShows(browser)).toMatchObject([
      { ref: { source: 'tvmaze', id: THE_OFFICE_US }, progress: { season: 2, episode: 5 } },
    ]);
    expect(await row.getByRole('status').textContent()).toBe('Progress saved.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^greenlit-watched-\d{4}-\d{2}-\d{2}\.json$/);
    const exportedFile = join(downloadDir, download.suggestedFilename());
    await download.saveAs(exportedFile);
    expect(JSON.parse(readFileSync(exportedFile, 'utf8'))).toEqual({ format: 'greenlit-watched', version: 1, shows: EXPORT_FILE_SHOWS });
    await close(browser);
  });

  it('imports the export into a fresh profile, rejects a bad file, and passes axe', async () => {
    // Its own file, not the first test's download: each test sets up its own state.
    const exportedFile = join(downloadDir, 'greenlit-watched-2026-12-02.json');
    writeFileSync(exportedFile, JSON.stringify({ format: 'greenlit-watched', version: 1, shows: EXPORT_FILE_SHOWS }, null, 2));
    const browser = await launch();
    const page = await openOptions(browser);
    await page.getByText('No shows yet.').waitFor();
    const fileInput = page.getByLabel('Import a Greenlit export file');

    await fileInput.setInputFiles(exportedFile);
    await expect
      .poll(() => page.locator('.import-summary').textContent())
      .toBe('Imported: added 1 show (The Office).');
    await rowFor(page, 'The Office').waitFor();
    const expected = [{ name: 'The Office', season: '2', episode: '5', protect: true }];
    expect(await listedShows(page)).toEqual(expected);
    const stored = await storedShows(browser);
    expect(stored).toMatchObject([
      { ref: { source: 'tvmaze', id: THE_OFFICE_US }, name: 'The Office', progress: { season: 2, episode: 5 }, protectSpoilers: true },
    ]);

    await fileInput.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('Season 2, episode 5 of The Office'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toBe('This file is not valid JSON, so it is not a Greenlit export.');
    expect(await listedShows(page)).toEqual(expected);
    // The bad file changed none of the user's data (the background status check may stamp its own fields).
    const userData = (shows: unknown) => (shows as Array<Record<string, unknown>>).map(({ ref, name, progress, protectSpoilers }) => ({ ref, name, progress, protectSpoilers }));
    expect(userData(await storedShows(browser))).toEqual(userData(stored));

    await expect.poll(() => rowFor(page, 'The Office').locator('.badge').textContent(), { timeout: 10_000 }).toContain('Ended');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await close(browser);
  });
});
