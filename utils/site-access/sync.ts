// Keeps registrations and the enabled-sites setting in step with the permissions the user keeps.
import { TMDB_API_BASE } from '../sources/tmdb/client';
import { getSettings, updateSettings } from '../storage/settings';
import { userScriptId } from './access';
import { USER_SCRIPT_ID_PREFIX, type SiteAccessApi } from './api';
import { registerSite } from './enable';

/** Optional hosts granted for an API (the TMDB key), not as a site to read. */
const API_ORIGINS = new Set([new URL(TMDB_API_BASE).origin]);

/**
 * Makes registrations and `enabledSites` follow the granted permissions: a site whose permission
 * was removed in the browser's settings is dropped, one granted while the popup was closing is
 * registered. Meant for the background, at startup and on permissions.onAdded/onRemoved.
 */
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
