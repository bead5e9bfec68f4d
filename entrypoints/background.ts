import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  handleCorrectTitle,
  handleLookupTitles,
  handleSearchShows,
  handleShowByRef,
  handleArticleShown,
  handleSpotArticle,
  handleSubjectNotices,
} from '@/utils/lookup/handlers';
import { createLookupService, createTvmazeForExtension } from '@/utils/lookup/setup';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { registerFirstRun } from '@/utils/onboarding/first-run';
import { ScanGates } from '@/utils/articles/spot/scan-gates';
import { createIndexProvider, indexedFromWatched } from '@/utils/title-index/worker-index';
import { getWatchedShows, watchWatchedShows } from '@/utils/storage/watched-shows';
import { extensionSiteAccessApi, syncSiteAccess } from '@/utils/site-access';
import { getCorrection } from '@/utils/storage/corrections';
import { answerPageRequests, handleProtectedShows } from '@/utils/storage/page-requests';
import { createTmdbForExtension, getTmdbKey, handleSetTmdbKey } from '@/utils/sources/tmdb';
import { createTvmazeSource } from '@/utils/sources/tvmaze/source';
import { registerSync } from '@/utils/sync/setup';
import { handleCheckWatchedNow, handleWatchShow, handleWatchState, registerWatchChecker } from '@/utils/watching';
import { handleNextEpisodesCalendar } from '@/utils/watching/calendar';
import {
  createImportRunner,
  handleImportCancel,
  handleImportConfirm,
  handleImportPick,
  handleImportStart,
} from '@/utils/watching/imports/handlers';

export default defineBackground(() => {
  const tvmaze = createTvmazeForExtension();
  const source = createTvmazeSource(tvmaze);
  const tmdb = createTmdbForExtension();
  const lookups = createLookupService(source, getCorrection, tmdb.enrich);

  const titles = createIndexProvider(async () => (await getWatchedShows()).map(indexedFromWatched));
  watchWatchedShows((shows) => titles.learn(shows.map(indexedFromWatched)));
  // Built as the worker starts, so the first article's badges do not wait for it.
  void titles.index();
  onMessage('lookupTitles', ({ data, sender }) =>
    handleLookupTitles(lookups, data, {
      index: titles.index,
      push: async (results) => {
        if (sender.tab?.id === undefined) return;
        await sendMessage('titleResults', { results }, { tabId: sender.tab.id, frameId: sender.frameId ?? 0 });
      },
    }),
  );
  const scans = new ScanGates();
  onMessage('articleShown', ({ data }) => handleArticleShown(scans, data));
  onMessage('spotArticle', ({ data, sender }) =>
    handleSpotArticle({ index: titles.index, learn: titles.learn, lookups, corrections: getCorrection, protectedShows: handleProtectedShows, gates: scans }, data, async (scanId, placements) => {
      if (sender.tab?.id === undefined) return;
      await sendMessage('articleResults', { scanId, placements }, { tabId: sender.tab.id, frameId: sender.frameId ?? 0 });
    }),
  );
  onMessage('subjectNotices', ({ data }) => handleSubjectNotices(handleProtectedShows, data));
  onMessage('searchShows', ({ data }) => handleSearchShows(tvmaze, data));
  onMessage('showByRef', ({ data }) => handleShowByRef(lookups, data));
  onMessage('correctTitle', ({ data }) => handleCorrectTitle(lookups, data));
  onMessage('watchState', ({ data }) => handleWatchState(data));
  onMessage('watchShow', ({ data }) => handleWatchShow(data));
  onMessage('setTmdbKey', ({ data }) => handleSetTmdbKey(tmdb.client, data));
  // Pages read storage through the worker, so no storage code or zod ships in content scripts.
  answerPageRequests();
  onMessage('tmdbKeyStatus', async () => ({ saved: (await getTmdbKey()) !== null }));

  // Registered in the worker's first turn so alarms, notification clicks and the install event can wake it.
  registerFirstRun();
  const watchChecker = registerWatchChecker({ source, lookups });
  onMessage('checkWatchedNow', () => handleCheckWatchedNow(watchChecker));

  // History imports: a job left matching when the worker stopped carries on now.
  const imports = createImportRunner(lookups);
  onMessage('importStart', ({ data }) => handleImportStart(imports, data));
  onMessage('importResume', () => imports.resume());
  onMessage('importPick', ({ data }) => handleImportPick(imports, data));
  onMessage('importCancel', ({ data }) => handleImportCancel(imports, data));
  onMessage('importConfirm', ({ data }) => handleImportConfirm(imports, data));
  void imports.resume();

  onMessage('nextEpisodesCalendar', () => handleNextEpisodesCalendar(lookups));

  // The watched list and preferences follow the user through the browser's own sync.
  registerSync();

  // Sites enabled from the popup follow the permissions the user keeps (or revokes in the browser).
  const syncSites = () => void syncSiteAccess(extensionSiteAccessApi).catch((e) => console.warn('[Greenlit] site sync:', e));
  syncSites();
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
});
