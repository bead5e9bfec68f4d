/**
 * "Enable on this site": Greenlit reads pages only where its content script runs. The manifest
 * covers streaming and news sites; any other https site can be added by the user, which grants the
 * optional host permission for that origin and registers the content script there.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { getSettings, updateSettings } from '../storage/settings';
import { TMDB_API_BASE } from '../sources/tmdb/client';

/** The main content script as built (entrypoints/content → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const USER_SCRIPT_ID_PREFIX = 'greenlit-user-';

interface ManifestContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
}

type RegisteredScript = Browser.scripting.RegisteredContentScript;

/** The slice of the extension API this module uses, so tests can pass fakes. */
export interface SiteAccessApi {
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[] }>;
  };
  /*
   * Firefox has scripting.registerContentScripts in MV2 since 102 and honours
   * persistAcrossSessions since 105 (we require 128), so one code path serves both browsers.
   * contentScripts.register is no fallback: its registrations die with the page that made them,
   * and the popup closes right after the click.
   */
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  runtime: { getManifest(): { content_scripts?: ManifestContentScript[]; host_permissions?: string[] } };
}

/** The real API; looked up per call so importing this module touches no extension API. */
export const extensionSiteAccessApi: SiteAccessApi = {
  permissions: {
    request: (permissions) => browser.permissions.request(permissions),
    remove: (permissions) => browser.permissions.remove(permissions),
    getAll: () => browser.permissions.getAll(),
  },
  scripting: {
    registerContentScripts: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
    getRegisteredContentScripts: (filter) => browser.scripting.getRegisteredContentScripts(filter),
    // WXT narrows files to its known script paths; ours is CONTENT_SCRIPT_FILE.
    executeScript: ({ target, files }) =>
      browser.scripting.executeScript({ target, files: files as ScriptPublicPath[] }),
  },
  runtime: { getManifest: () => browser.runtime.getManifest() },
};

/** What the popup can offer for a tab's page. */
export type SiteAccess =
  /** Not a web page Greenlit may run on (browser pages, http, files). */
  | { kind: 'unsupported' }
  /** A streaming or news site from the manifest: always on. */
  | { kind: 'built-in'; origin: string }
  /** A site the user enabled. */
  | { kind: 'enabled'; origin: string }
  /** A site the user can enable. */
  | { kind: 'available'; origin: string };

export type SiteAccessResult = { ok: true } | { ok: false; message: string };

/** Only https: the optional host permission is `https://*\/*`. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function userScriptId(origin: string): string {
  return USER_SCRIPT_ID_PREFIX + new URL(origin).host;
}

function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Whether one of the manifest's content scripts that load the main script runs on `url`. */
export function runsByDefault(url: string, contentScripts: ManifestContentScript[] = []): boolean {
  const main = contentScripts.filter((script) => script.js?.includes(CONTENT_SCRIPT_FILE));
  const includes = (patterns: string[] | undefined) =>
    (patterns ?? []).some((pattern) => {
      try {
        return new MatchPattern(pattern).includes(url);
      } catch {
        return false;
      }
    });
  return (main.length > 0 ? main : contentScripts).some(
    (script) => includes(script.matches) && !includes(script.exclude_matches),
  );
}

export function siteAccessFor(url: string | undefined, api: SiteAccessApi, enabledSites: string[]): SiteAccess {
  const origin = originOf(url);
  if (!url || !origin) return { kind: 'unsupported' };
  if (runsByDefault(url, api.runtime.getManifest().content_scripts)) return { kind: 'built-in', origin };
  return enabledSites.includes(origin) ? { kind: 'enabled', origin } : { kind: 'available', origin };
}

/**
 * Asks for the origin's permission, registers the content script there for future visits, runs it in
 * the open tab and remembers the origin. Call it straight from the click handler: the permission
 * request needs the user gesture, so nothing may be awaited before it.
 */
export function enableSite(api: SiteAccessApi, origin: string, tabId: number | undefined): Promise<SiteAccessResult> {
  const granted = api.permissions.request({ origins: [originPattern(origin)] });
  return granted.then(
    async (ok) => {
      if (!ok) return { ok: false, message: `Permission to read ${new URL(origin).host} was not given, so nothing changed.` };
      try {
        await registerSite(api, origin);
        if (tabId !== undefined) await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
        await rememberSite(origin, true);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: `Could not start Greenlit on ${new URL(origin).host}: ${errorText(error)}` };
      }
    },
    (error: unknown) => ({ ok: false, message: `Could not ask for permission: ${errorText(error)}` }),
  );
}

/** Unregisters the script, gives the permission back and forgets the origin. The open tab keeps it until reload. */
export async function disableSite(api: SiteAccessApi, origin: string): Promise<SiteAccessResult> {
  try {
    await unregisterSite(api, origin);
    await api.permissions.remove({ origins: [originPattern(origin)] });
    await rememberSite(origin, false);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `Could not turn Greenlit off on ${new URL(origin).host}: ${errorText(error)}` };
  }
}

async function registerSite(api: SiteAccessApi, origin: string): Promise<void> {
  const id = userScriptId(origin);
  // Enabling twice (or after a half-finished attempt) must not fail on a duplicate id.
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.some((script) => script.id === id)) return;
  await api.scripting.registerContentScripts([
    {
      id,
      matches: [originPattern(origin)],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

async function unregisterSite(api: SiteAccessApi, origin: string): Promise<void> {
  const id = userScriptId(origin);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.some((script) => script.id === id)) await api.scripting.unregisterContentScripts({ ids: [id] });
}

async function rememberSite(origin: string, enabled: boolean): Promise<void> {
  const { enabledSites } = await getSettings();
  const others = enabledSites.filter((site) => site !== origin);
  await updateSettings({ enabledSites: enabled ? [...others, origin] : others });
}

/**
 * Makes registrations and `enabledSites` follow the granted permissions: a site whose permission
 * was removed in the browser's settings is dropped, one granted while the popup was closing is
 * registered. Meant for the background, at startup and on permissions.onAdded/onRemoved.
 */
/** Optional hosts granted for an API (the TMDB key), not as a site to read. */
const API_ORIGINS = new Set([new URL(TMDB_API_BASE).origin]);

export async function syncSiteAccess(api: SiteAccessApi): Promise<void> {
  const required = new Set(api.runtime.getManifest().host_permissions ?? []);
  const granted = new Set(
    ((await api.permissions.getAll()).origins ?? [])
      .filter((pattern) => !required.has(pattern) && /^https:\/\/[^/*]+\/\*$/.test(pattern))
      .map((pattern) => pattern.slice(0, -2))
      .filter((origin) => !API_ORIGINS.has(origin)),
  );
  const registered = (await api.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(USER_SCRIPT_ID_PREFIX),
  );
  const stale = registered.filter((script) => ![...granted].some((origin) => userScriptId(origin) === script.id));
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  for (const origin of granted) await registerSite(api, origin);
  const { enabledSites } = await getSettings();
  const next = [...granted];
  if (next.length !== enabledSites.length || next.some((origin) => !enabledSites.includes(origin))) {
    await updateSettings({ enabledSites: next });
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
