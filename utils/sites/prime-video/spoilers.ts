import { observeTitles } from '../../page/observe';
import { normalizeTitle } from '../../shows/names';
import { primeVideo } from './adapter';
import { releasePrimeGuard, shieldPrimeEpisodes } from '../../spoilers/apply';
import { PRIME_GUARDED_SELECTOR } from './episodes';
import { addRevealedEpisode, getRevealedEpisodes } from '../../storage/revealed-episodes';
import type { Settings } from '../../storage/settings';
import { getWatchedShows } from '../../storage/watched-shows';
import { SPOILER_ATTR } from '../../page/contract';
import type { PageFeatures } from '../../page/run';

type SpoilerFeatures = Pick<PageFeatures, 'shieldSpoilers' | 'releaseSpoilers' | 'watchForSpoilers'>;

/** Prime Video episode lists: blur episodes past the viewer's progress for watched shows with protection on. */
export const primeSpoilers: SpoilerFeatures = {
  shieldSpoilers: shieldPrimeVideo,
  releaseSpoilers: () => releasePrimeGuard(document),
  watchForSpoilers: watchEpisodeLists,
};

async function shieldPrimeVideo(settings: Settings): Promise<void> {
  const detail = primeVideo.findTitles(document, new URL(location.href)).find((t) => t.placement === 'after-heading');
  const watched = detail && (await getWatchedShows()).find((show) => normalizeTitle(show.name) === normalizeTitle(detail.title));
  if (!watched?.protectSpoilers) {
    releasePrimeGuard(document);
    return;
  }
  shieldPrimeEpisodes(document, {
    blurPx: settings.blurStrength,
    revealOn: settings.revealOn,
    progress: watched.progress,
    revealedKeys: await getRevealedEpisodes(watched.name),
    onReveal: ({ key }) => {
      if (key) void addRevealedEpisode(watched.name, key);
    },
  });
}

/** Prime Video loads episode lists as you browse seasons: classify each new list (no polling). */
function watchEpisodeLists(onNewEpisodes: () => void): MutationObserver {
  const unclassified = PRIME_GUARDED_SELECTOR.split(',')
    .map((selector) => `${selector.trim()}:not([${SPOILER_ATTR}])`)
    .join(', ');
  // The shield's own attribute changes also reach the observer; only unclassified episodes matter.
  return observeTitles(document.body ?? document.documentElement, PRIME_GUARDED_SELECTOR, () => {
    if (document.querySelector(unclassified)) onNewEpisodes();
  });
}
