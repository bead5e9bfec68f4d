// Real Chromium with the e2e build of the extension loaded, fully offline: pages are served from fixture
// files by request interception, everything else third-party is refused so pages never wait on the network.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { REPO_ROOT } from './catalog';

/** Must match scripts/e2e-config.mjs (FAKE_TVMAZE_PORT, E2E_EXTENSION_DIR), env override included. */
export const FAKE_TVMAZE_PORT = Number(process.env.GREENLIT_FAKE_TVMAZE_PORT) || 38917;
export const E2E_EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3-e2e');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Refuse requests that no fixture serves (default true). */
  offline?: boolean;
  /**
   * The browser's UI language, which picks the extension's _locales (e.g. `de`; needs Debian's
   * chromium-l10n). Set through LANGUAGE: `--lang` and Playwright's `locale` leave extension messages alone.
   */
  uiLanguage?: string;
  /**
   * Keep the welcome page the extension opens on install (default: close it). Left open, it loads the
   * watched list's statuses and would add lookups to every test's request count.
   */
  keepWelcome?: boolean;
}

interface Fixture {
  body: Buffer | string;
  contentType: string;
}

const fixtures = new WeakMap<BrowserContext, Map<string, Fixture>>();

/** Fake API and extension traffic go through; fixture URLs are served; the rest fails fast. */
async function installRouter(context: BrowserContext) {
  const served = new Map<string, Fixture>();
  fixtures.set(context, served);
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const fixture = served.get(withoutHash(request.url()));
    if (fixture) return route.fulfill({ status: 200, contentType: fixture.contentType, body: fixture.body });
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    if (request.resourceType() === 'document') {
      return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>offline</title>' });
    }
    return route.abort('blockedbyclient');
  });
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? E2E_EXTENSION_DIR;
  const extensionDir = isAbsolute(dir) ? dir : join(REPO_ROOT, dir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}; run \`node scripts/build-e2e.mjs\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (!options.keepWelcome) {
    context.on('page', (page) => {
      page.once('domcontentloaded', () => {
        if (page.url().startsWith('chrome-extension://') && page.url().endsWith('/options.html#welcome')) void page.close();
      });
    });
  }
  try {
    if (options.offline ?? true) await installRouter(context);
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Serves `filePath` (absolute, or relative to the repo) at `url` in this context. */
export function serveFixture(context: BrowserContext, url: string, filePath: string, contentType?: string): void {
  const served = fixtures.get(context);
  if (!served) throw new Error('serveFixture needs a context from launchWithExtension({ offline: true })');
  const path = isAbsolute(filePath) ? filePath : join(REPO_ROOT, filePath);
  const type = contentType ?? (/\.json$/.test(path) ? 'application/json' : 'text/html; charset=utf-8');
  served.set(withoutHash(url), { body: readFileSync(path), contentType: type });
}

/** Opens a fixture at its real URL: serves it, then navigates a new page there. */
export async function openFixture(
  context: BrowserContext,
  url: string,
  filePath: string,
): Promise<Page> {
  serveFixture(context, url, filePath);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Opens one of the extension's own pages, e.g. `popup.html` or `options.html`. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  pagePath: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`);
  return page;
}

/**
 * Opens the popup as the toolbar would over `page`: a test page has no toolbar, so the popup's
 * `tabs.query` answers with that tab, its URL included, as the toolbar click's activeTab grant allows.
 */
export async function openPopupOver(browser: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(info: object): Promise<{ id?: number }[]> } } };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error('no active tab to open the popup over');
  const popup = await browser.context.newPage();
  await popup.addInitScript(
    (tab) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(...args: unknown[]): unknown } } };
      chrome.tabs.query = (_info: unknown, callback?: (tabs: unknown[]) => void) => {
        const tabs = [{ ...tab, active: true }];
        if (callback) callback(tabs);
        return Promise.resolve(tabs);
      };
    },
    { id: tabId, url: page.url() },
  );
  await popup.setViewportSize({ width: 320, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}
