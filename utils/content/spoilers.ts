import { findArticleBody } from '../articles/article-root';
import { normalizeTitle } from '../matching';
import { adapterForUrl } from '../sites/registry';
import { primeVideo } from '../sites/prime-video';
import { observeTitles } from '../annotate-site';
import { shieldArticle, shieldPrimeEpisodes, releasePrimeGuard } from '../spoilers/apply';
import { PRIME_GUARDED_SELECTOR } from '../spoilers/prime-video';
import { revealAll, unblurAll } from '../spoilers/shield';
import type { Settings } from '../storage/settings';
import { addRevealedEpisode, getRevealedEpisodes } from '../storage/revealed-episodes';
import { getWatchedShows } from '../storage/watched-shows';

/**
 * Applies the spoiler shield for the current settings: article passages after a spoiler warning,
 * and Prime Video episodes past the viewer's progress for watched shows with protection on.
 * Safe to call again after a settings change.
 */
export async function applySpoilerShield(settings: Settings): Promise<void> {
  if (!settings.spoilerBlurEnabled) {
    unblurAll(document);
    releasePrimeGuard(document);
    return;
  }
  const options = { blurPx: settings.blurStrength, revealOn: settings.revealOn };
  const adapter = adapterForUrl(new URL(location.href));
  if (adapter === primeVideo) {
    await shieldPrimeVideo(options);
    return;
  }
  if (adapter) return;
  const body = findArticleBody(document);
  if (body) shieldArticle(body, options);
}

async function shieldPrimeVideo(options: { blurPx: number; revealOn: 'click' | 'hover' }): Promise<void> {
  const detail = primeVideo.findTitles(document, new URL(location.href)).find((t) => t.placement === 'after-heading');
  const watched = detail && (await getWatchedShows()).find((show) => normalizeTitle(show.name) === normalizeTitle(detail.title));
  if (!watched?.protectSpoilers) {
    releasePrimeGuard(document);
    return;
  }
  shieldPrimeEpisodes(document, {
    ...options,
    progress: watched.progress,
    revealedKeys: await getRevealedEpisodes(watched.name),
    onReveal: ({ key }) => {
      if (key) void addRevealedEpisode(watched.name, key);
    },
  });
}

export function revealAllSpoilers(): number {
  const count = document.querySelectorAll('[data-greenlit-spoiler="blurred"]').length;
  revealAll(document);
  return count;
}

/** Settings changed: start over from a clean page so strength and reveal mode apply everywhere. */
export async function reapplySpoilerShield(settings: Settings): Promise<void> {
  unblurAll(document);
  await applySpoilerShield(settings);
}

/** Prime Video loads episode lists as you browse seasons: classify each new list (no polling). */
export function watchEpisodeLists(onNewEpisodes: () => void): MutationObserver | null {
  if (adapterForUrl(new URL(location.href)) !== primeVideo) return null;
  const unclassified = PRIME_GUARDED_SELECTOR.split(',')
    .map((selector) => `${selector.trim()}:not([data-greenlit-spoiler])`)
    .join(', ');
  // The shield's own attribute changes also reach the observer; only unclassified episodes matter.
  return observeTitles(document.body ?? document.documentElement, PRIME_GUARDED_SELECTOR, () => {
    if (document.querySelector(unclassified)) onNewEpisodes();
  });
}
