// The slice of the permissions, scripting and runtime APIs that site access uses, so tests pass fakes.
import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** The main content script as built (entrypoints/content → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const USER_SCRIPT_ID_PREFIX = 'greenlit-user-';

export interface ManifestContentScript {
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
