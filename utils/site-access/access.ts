// Whether Greenlit runs on a tab's page: built in, enabled by the user, or available to enable.
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_SCRIPT_FILE, USER_SCRIPT_ID_PREFIX, type ManifestContentScript, type SiteAccessApi } from './api';

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

export function originPattern(origin: string): string {
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
