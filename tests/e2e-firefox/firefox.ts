// Firefox ESR with the built Firefox add-on, driven by puppeteer-core over WebDriver BiDi. Pages are
// served by a local HTTP server on their real host (mapped to 127.0.0.1 by a pref) and real path.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_E2E_EXTENSION_DIR } from '../../scripts/e2e-config.mjs';
import { REPO_ROOT } from '../support/catalog';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'greenlit@greenlit.example';
/** Fixed through `extensions.webextensions.uuids`, so the test knows the add-on's moz-extension:// origin. */
export const ADDON_UUID = '6a1c0f3e-2b7d-4e59-9c84-3f0d5e7a1b26';
/** Hosts served by the fixture server instead of the network. */
export const MAPPED_HOSTS = ['www.techradar.com'];

export interface FirefoxWithAddon {
  browser: Browser;
  /** `http://<host>:<port>` of the fixture server for a mapped host. */
  origin(host: string): string;
  /** Serves `filePath` (relative to the repo) at `path` on every mapped host. */
  serve(path: string, filePath: string): void;
  close(): Promise<void>;
}

function startFixtureServer(files: Map<string, Buffer>): Promise<Server> {
  const server = createServer((req, res) => {
    const body = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '<!doctype html><title>not served</title>');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export interface FirefoxOptions {
  /** More Firefox prefs, e.g. `layout.css.prefers-color-scheme.content-override: 0` for the dark scheme. */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefoxWithAddon(options: FirefoxOptions = {}): Promise<FirefoxWithAddon> {
  const addonDir = join(REPO_ROOT, FIREFOX_E2E_EXTENSION_DIR);
  if (!existsSync(join(addonDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${addonDir}; run \`node scripts/build-e2e.mjs --firefox\` first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH} (apt-get install -y firefox-esr, or set FIREFOX_PATH).`);
  }
  const files = new Map<string, Buffer>();
  const server = await startFixtureServer(files);
  const { port } = server.address() as AddressInfo;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without system access.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'network.dns.localDomains': MAPPED_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      ...options.prefs,
    },
  });
  try {
    const id = await browser.installExtension(addonDir);
    if (id !== ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    server.close();
    throw error;
  }
  return {
    browser,
    origin: (host) => `http://${host}:${port}`,
    serve: (path, filePath) => files.set(path, readFileSync(isAbsolute(filePath) ? filePath : join(REPO_ROOT, filePath))),
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Opens one of the add-on's pages (e.g. `popup.html`) in a new tab. puppeteer's goto never settles on
 * moz-extension:// (BiDi reports no response for it), so this waits for the document itself instead.
 */
export async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const url = `moz-extension://${ADDON_UUID}/${path}`;
  // A tab whose realm BiDi cannot evaluate in stays so ("right-hand side of 'in' should be an object",
  // seen in CI for a whole 10 s): such a tab is closed and the page opened again in a fresh one.
  for (let attempt = 1; ; attempt++) {
    const page = await browser.newPage();
    const navigation = page.goto(url).catch(() => undefined);
    try {
      await waitForDocument(page, url, 10_000);
      void navigation;
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      if (attempt >= 3 || (error as Error).name === 'TimeoutError') throw error;
    }
  }
}

/** Until the tab shows `url` fully loaded; an evaluation BiDi fails while the tab swaps realms is retried. */
async function waitForDocument(page: Page, url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await page.waitForFunction((href) => location.href === href && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) }, url);
      return;
    } catch (error) {
      // Only running out of time is final; a protocol error that lasts till then fails this tab.
      if (Date.now() >= deadline || (error as Error).name === 'TimeoutError') throw error;
    }
  }
}
