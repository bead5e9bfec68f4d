import { lookupTitles } from './lookup-titles';
import { observeTitles } from './observe';
import type { PageFeatures } from './run';
import { BADGE_SELECTOR, SHOW_ID_ATTR, SPOILER_ATTR, showIdOf } from './contract';
import { sameShow, type ShowRef } from '../shows/show-ref';
import type { EpisodeSpoilers, SiteAdapter } from '../sites/site-adapter';
import { releaseGuard, shieldEpisodes } from '../spoilers/episodes';
import { protectedShows, rememberRevealedEpisode, revealedEpisodes } from './stored-state';

export type SpoilerFeatures = Pick<PageFeatures, 'shieldSpoilers' | 'releaseSpoilers' | 'watchForSpoilers'>;

/** The episode shield of an adapter with the `spoilers` capability; nothing to shield otherwise. */
export function episodeShieldFor(adapter: SiteAdapter): SpoilerFeatures {
  return adapter.spoilers ? episodeShield(adapter, adapter.spoilers) : { shieldSpoilers: async () => {}, releaseSpoilers: () => {} };
}

/**
 * Any site with an episode list: blur episodes past the viewer's progress for a watched show with
 * protection on. The show is the one the page's own title's badge resolved (`data-greenlit-show-id`,
 * which follows a "Wrong show?" correction too); before that badge has answered, the worker is asked
 * with the badge's own query (answered from its cache or its request in flight). Either way a
 * localised or renamed title still finds the watched show.
 */
export function episodeShield(adapter: SiteAdapter, spoilers: EpisodeSpoilers): SpoilerFeatures {
  const release = () => releaseGuard(document, spoilers.guardedSelector);
  const resolved = new Map<string, Promise<ShowRef | null>>();

  const pageShow = (): Promise<ShowRef | null> => {
    const detail = adapter.findTitles(document, new URL(location.href)).find((t) => t.placement === 'after-heading');
    if (!detail) return Promise.resolve(null);
    const badge = detail.anchor.querySelector(`:scope > ${BADGE_SELECTOR}`);
    const badgeRef = badge && showIdOf(badge);
    if (badgeRef) return Promise.resolve(badgeRef);
    const key = `${detail.title}|${JSON.stringify(detail.hints ?? {})}`;
    let ref = resolved.get(key);
    if (!ref) {
      ref = lookupTitles([{ title: detail.title, hints: detail.hints }]).then(([result]) => result?.show?.ref ?? null);
      resolved.set(key, ref);
    }
    return ref;
  };

  return {
    async shieldSpoilers(settings) {
      const followed = await protectedShows();
      const ref = followed.length ? await pageShow().catch(() => null) : null;
      const watched = ref && followed.find((show) => sameShow(show.ref, ref));
      if (!watched) {
        release();
        return;
      }
      shieldEpisodes(spoilers.episodes(document), {
        blurPx: settings.blurStrength,
        revealOn: settings.revealOn,
        progress: watched.progress,
        revealedKeys: await revealedEpisodes(watched.ref),
        onReveal: ({ key }) => {
          if (key) void rememberRevealedEpisode(watched.ref, key);
        },
      });
      release();
    },
    releaseSpoilers: release,
    /** Sites load episode lists as you browse seasons: classify each new list (no polling). */
    watchForSpoilers(onNewEpisodes) {
      const unclassified = spoilers.guardedSelector
        .split(',')
        .map((selector) => `${selector.trim()}:not([${SPOILER_ATTR}])`)
        .join(', ');
      // The shield's own attribute changes also reach the observer; only unclassified episodes matter.
      const episodes = observeTitles(document.body ?? document.documentElement, spoilers.guardedSelector, () => {
        if (document.querySelector(unclassified)) onNewEpisodes();
      });
      // The page title's badge answered, or a correction on its card named another show: follow it.
      const badges = new MutationObserver((records) => {
        if (records.some((r) => (r.target as Element).matches?.(BADGE_SELECTOR))) onNewEpisodes();
      });
      badges.observe(document.body ?? document.documentElement, { subtree: true, attributes: true, attributeFilter: [SHOW_ID_ATTR] });
      return {
        disconnect() {
          episodes.disconnect();
          badges.disconnect();
        },
      };
    },
  };
}

