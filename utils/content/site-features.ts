import { mountBadge } from '@/components/mount-badge';
import { SiteAnnotator, observeTitles } from '../annotate-site';
import { normalizeTitle } from '../matching';
import { primeVideo } from '../sites/prime-video';
import type { SiteAdapter } from '../sites/site-adapter';
import { releasePrimeGuard, shieldPrimeEpisodes } from '../spoilers/apply';
import { PRIME_GUARDED_SELECTOR } from '../spoilers/prime-video';
import { addRevealedEpisode, getRevealedEpisodes } from '../storage/revealed-episodes';
import { getWatchedShows } from '../storage/watched-shows';
import { lookupTitles } from './lookup-titles';
import type { PageFeatures } from './run-content';

/** A streaming or catalog site: its adapter's titles badged as the page changes; Prime Video episodes shielded. */
export function siteFeatures(adapter: SiteAdapter): PageFeatures {
  const isPrime = adapter === primeVideo;
  return {
    startBadges(ctx) {
      const annotator = new SiteAnnotator(adapter, { lookup: lookupTitles, mountBadge: (request) => mountBadge(ctx, request) });
      const scan = () => {
        annotator.scan(document, new URL(location.href)).catch((error) => console.warn('[Greenlit] scan failed:', error));
      };
      scan();
      const observer = observeTitles(document.body ?? document.documentElement, adapter.watchSelector, scan);
      ctx.onInvalidated(() => observer.disconnect());
      return {
        stop() {
          observer.disconnect();
          void annotator.clear();
        },
      };
    },
    shieldSpoilers: (settings) => (isPrime ? shieldPrimeVideo(adapter, settings.blurStrength, settings.revealOn) : Promise.resolve()),
    releaseSpoilers: () => releasePrimeGuard(document),
    watchForSpoilers: isPrime ? watchEpisodeLists : undefined,
  };
}

/** Episodes past the viewer's progress, for a watched show with protection on; the rest released. */
async function shieldPrimeVideo(adapter: SiteAdapter, blurPx: number, revealOn: 'click' | 'hover'): Promise<void> {
  const detail = adapter.findTitles(document, new URL(location.href)).find((t) => t.placement === 'after-heading');
  const watched = detail && (await getWatchedShows()).find((show) => normalizeTitle(show.name) === normalizeTitle(detail.title));
  if (!watched?.protectSpoilers) {
    releasePrimeGuard(document);
    return;
  }
  shieldPrimeEpisodes(document, {
    blurPx,
    revealOn,
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
    .map((selector) => `${selector.trim()}:not([data-greenlit-spoiler])`)
    .join(', ');
  // The shield's own attribute changes also reach the observer; only unclassified episodes matter.
  return observeTitles(document.body ?? document.documentElement, PRIME_GUARDED_SELECTOR, () => {
    if (document.querySelector(unclassified)) onNewEpisodes();
  });
}
