// "Enable on this site" and back: the origin's permission, the registered content script, the remembered list.
import { i18n } from '../i18n/messages';
import { getSettings, updateSettings } from '../storage/settings';
import { originPattern, userScriptId } from './access';
import { CONTENT_SCRIPT_FILE, type SiteAccessApi } from './api';

export type SiteAccessResult = { ok: true } | { ok: false; message: string };

/**
 * Asks for the origin's permission, registers the content script there for future visits, runs it in
 * the open tab and remembers the origin. Call it straight from the click handler: the permission
 * request needs the user gesture, so nothing may be awaited before it.
 */
export function enableSite(api: SiteAccessApi, origin: string, tabId: number | undefined): Promise<SiteAccessResult> {
  const granted = api.permissions.request({ origins: [originPattern(origin)] });
  return granted.then(
    async (ok) => {
      if (!ok) return { ok: false, message: i18n.t('siteAccess.refused', [new URL(origin).host]) };
      try {
        await registerSite(api, origin);
        if (tabId !== undefined) await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
        await rememberSite(origin, true);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: i18n.t('siteAccess.startFailed', [new URL(origin).host, errorText(error)]) };
      }
    },
    (error: unknown) => ({ ok: false, message: i18n.t('siteAccess.askFailed', [errorText(error)]) }),
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
    return { ok: false, message: i18n.t('siteAccess.stopFailed', [new URL(origin).host, errorText(error)]) };
  }
}

export async function registerSite(api: SiteAccessApi, origin: string): Promise<void> {
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
