// The harness itself: the e2e build loads, its service worker runs, pages are served offline and the
// worker can reach the fake TVmaze server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TVMAZE_PORT, launchWithExtension, openFixture, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows } from '../support/catalog';
import { startFakeTvmaze, type FakeTvmaze } from '../support/fake-tvmaze';

const ARTICLE_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
let browser: ExtensionBrowser;
let fake: FakeTvmaze;

beforeAll(async () => {
  fake = await startFakeTvmaze({ shows: loadFixtureShows(), port: FAKE_TVMAZE_PORT });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('e2e harness', () => {
  it('loads the extension and starts its service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    // The worker's own global; no extension typings in this Node-side file.
    const manifest = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): { host_permissions?: string[] } } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.host_permissions).toContain(`http://127.0.0.1:${FAKE_TVMAZE_PORT}/*`);
  });

  it('lets the service worker reach the fake TVmaze server', async () => {
    fake.reset();
    const name = await browser.serviceWorker.evaluate(async (base) => {
      const res = await fetch(`${base}/singlesearch/shows?q=ballard`);
      return ((await res.json()) as { name: string }).name;
    }, fake.url);
    expect(name).toBe('Ballard');
    expect(fake.requests.map((r) => r.path)).toEqual(['/singlesearch/shows']);
  });

  it('serves a fixture at its real URL and refuses other hosts quickly', async () => {
    const page = await openFixture(
      browser.context,
      ARTICLE_URL,
      'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html',
    );
    try {
      expect(page.url()).toBe(ARTICLE_URL);
      expect(await page.title()).toBe('Ballard season 2 | TechRadar');
      const blocked = await page.evaluate(() =>
        fetch('https://example.com/tracker.js').then(
          () => 'loaded',
          () => 'refused',
        ),
      );
      expect(blocked).toBe('refused');
    } finally {
      await page.close();
    }
  });
});
