/**
 * Site access: Greenlit reads pages only where its content script runs. The manifest covers the
 * streaming and news sites; any other https site can be added by the user, which grants the optional
 * host permission for that origin and registers the content script there.
 */
export { CONTENT_SCRIPT_FILE, USER_SCRIPT_ID_PREFIX, extensionSiteAccessApi, type SiteAccessApi } from './api';
export { originOf, runsByDefault, siteAccessFor, userScriptId, type SiteAccess } from './access';
export { disableSite, enableSite, type SiteAccessResult } from './enable';
export { syncSiteAccess } from './sync';
