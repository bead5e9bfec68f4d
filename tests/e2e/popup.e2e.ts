// The popup as an extension page in real Chromium: its switches write the stored settings the content
// scripts listen to (its accessibility in both colour schemes: color-schemes.e2e.ts).
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, type ExtensionBrowser } from '../support/browser';
import type { Settings } from '../../utils/storage/settings';

/** The settings exactly as stored, read in the service worker. */
function readStoredSettings(worker: Worker): Promise<Settings | undefined> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('settings')).settings as Settings | undefined;
  });
}

let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
  await popup.getByRole('switch', { name: 'Blur spoilers' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('popup', () => {
  it('has a language, a title and fits the toolbar popup', async () => {
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en(-|$)/);
    expect(await popup.title()).toBe('Greenlit');
    const width = await popup.evaluate(() => document.body.getBoundingClientRect().width);
    expect(width).toBe(320);
  });

  it('writes the "Blur spoilers" and "Show status badges" switches to chrome.storage.local', async () => {
    const blur = popup.getByRole('switch', { name: 'Blur spoilers' });
    expect(await blur.isChecked()).toBe(true);
    await blur.click();
    await expect.poll(async () => (await readStoredSettings(browser.serviceWorker))?.spoilerBlurEnabled).toBe(false);

    await popup.getByRole('switch', { name: 'Show status badges' }).click();
    await expect.poll(async () => (await readStoredSettings(browser.serviceWorker))?.badgesEnabled).toBe(false);

    await blur.focus();
    await popup.keyboard.press('Space');
    await expect.poll(async () => (await readStoredSettings(browser.serviceWorker))?.spoilerBlurEnabled).toBe(true);
  });

  it('saves the reveal mode and blur strength', async () => {
    await popup.getByRole('radio', { name: 'On hover' }).check();
    await expect.poll(async () => (await readStoredSettings(browser.serviceWorker))?.revealOn).toBe('hover');

    const slider = popup.getByRole('slider', { name: 'Blur strength' });
    await slider.focus();
    // One step saved, then the next: each key press is its own save (the order of stale echoes between
    // two quick saves is the unit tests' business, tests/unit/popup/blur-strength-slider.test.tsx).
    await popup.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readStoredSettings(browser.serviceWorker))?.blurStrength).toBe(9);
    await popup.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readStoredSettings(browser.serviceWorker))?.blurStrength).toBe(10);
    expect(await slider.inputValue()).toBe('10');
  });

  it('snoozes for an hour and resumes', async () => {
    const before = Date.now();
    await popup.getByRole('button', { name: 'Snooze for 1 hour' }).click();
    await popup.getByText(/^Snoozed until \d{1,2}:\d\d(\s[AP]M)?$/).waitFor();
    const until = (await readStoredSettings(browser.serviceWorker))?.snoozedUntil ?? 0;
    expect(until - before).toBeGreaterThanOrEqual(3_600_000);
    expect(until - Date.now()).toBeLessThanOrEqual(3_600_000);
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await readStoredSettings(browser.serviceWorker))?.snoozedUntil).toBeNull();
  });

  it('says when the page has no Greenlit content script to reveal spoilers in', async () => {
    // Opened as a tab, the popup's "active tab" is its own extension page.
    await popup.getByRole('button', { name: 'Reveal all on this page' }).click();
    await popup.getByRole('status').filter({ hasText: 'not running on this page' }).waitFor();
  });
});
