import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleLookupTitles, handleSearchShows, handleShowByRef } from '@/utils/lookup/handlers';
import { createLookupService, createTvmazeForExtension } from '@/utils/lookup/setup';
import { onMessage } from '@/utils/messaging/protocol';
import { extensionSiteAccessApi, syncSiteAccess } from '@/utils/site-access';
import { getCorrection } from '@/utils/storage/corrections';
import { createTmdbForExtension, getTmdbKey, handleSetTmdbKey } from '@/utils/sources/tmdb';
import { createTvmazeSource } from '@/utils/sources/tvmaze/source';
import { handleCheckWatchedNow, registerWatchChecker } from '@/utils/watching';

export default defineBackground(() => {
  const tvmaze = createTvmazeForExtension();
  const source = createTvmazeSource(tvmaze);
  const tmdb = createTmdbForExtension();
  const lookups = createLookupService(source, getCorrection, tmdb.enrich);

  onMessage('lookupTitles', ({ data }) => handleLookupTitles(lookups, data));
  onMessage('searchShows', ({ data }) => handleSearchShows(tvmaze, data));
  onMessage('showByRef', ({ data }) => handleShowByRef(lookups, data));
  onMessage('setTmdbKey', ({ data }) => handleSetTmdbKey(tmdb.client, data));
  onMessage('tmdbKeyStatus', async () => ({ saved: (await getTmdbKey()) !== null }));

  // Registered in the worker's first turn so alarms and notification clicks can wake it.
  const watchChecker = registerWatchChecker({ source, lookups });
  onMessage('checkWatchedNow', () => handleCheckWatchedNow(watchChecker));

  // Sites enabled from the popup follow the permissions the user keeps (or revokes in the browser).
  const syncSites = () => void syncSiteAccess(extensionSiteAccessApi).catch((e) => console.warn('[Greenlit] site sync:', e));
  syncSites();
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
});
