/** Ties detection to the shield: what a content script calls on an article or a Prime Video page. */
import { findSpoilerBlocks } from './article';
import { episodesToBlur, parsePrimeEpisodes, PRIME_GUARDED_SELECTOR, type EpisodeProgress, type PrimeEpisode } from '../sites/prime-video/episodes';
import { blurElements, markClear, spoilerState, unblurAll, type ShieldOptions } from './shield';

type SharedOptions = Omit<ShieldOptions, 'key' | 'interactive'>;

/** Blurs the spoiler section of an article body; returns the blurred blocks (none without a warning). */
export function shieldArticle(articleRoot: Element, options: SharedOptions = {}): Element[] {
  const section = findSpoilerBlocks(articleRoot);
  return section ? blurElements(section.blocks, options) : [];
}

export interface PrimeShieldOptions extends SharedOptions {
  /** Stored progress for this show, or null to go by the page's progress bars. */
  progress: EpisodeProgress | null;
  /** Episode keys the viewer revealed before (see onReveal). */
  revealedKeys?: Iterable<string>;
}

function parts(ep: PrimeEpisode): Element[] {
  return ep.still ? [...ep.synopses, ep.still] : ep.synopses;
}

/**
 * Blurs the synopsis and still of each episode past the progress, clears the rest (re-running
 * after progress moved un-blurs what is now watched) and releases the no-flash guard.
 * Returns the episodes now blurred.
 */
export function shieldPrimeEpisodes(root: ParentNode, options: PrimeShieldOptions): PrimeEpisode[] {
  const { progress, revealedKeys, ...shield } = options;
  const episodes = parsePrimeEpisodes(root);
  const revealed = new Set(revealedKeys ?? []);
  const hidden = new Set(episodesToBlur(episodes, progress).filter((ep) => !revealed.has(ep.key)));
  for (const ep of episodes) {
    if (hidden.has(ep)) {
      const label = `Spoiler hidden: synopsis of episode ${ep.episode}, press Enter to reveal`;
      blurElements(ep.synopses, { ...shield, key: ep.key, label });
      if (ep.still) blurElements([ep.still], { ...shield, key: ep.key, interactive: false });
    } else {
      for (const el of parts(ep)) if (spoilerState(el) === 'blurred') unblurAll(el);
      markClear(parts(ep));
    }
  }
  releasePrimeGuard(root);
  return episodes.filter((ep) => hidden.has(ep));
}

/** Lets the no-flash guard go everywhere (protection off for this show, or nothing to classify). */
export function releasePrimeGuard(root: ParentNode): void {
  markClear(root.querySelectorAll(PRIME_GUARDED_SELECTOR));
}
