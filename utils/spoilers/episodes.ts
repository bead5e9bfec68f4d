/**
 * Episode lists on any site: which episodes are past the viewer's progress, and blurring them.
 * A site adapter reads its own markup into `Episode`s (its `spoilers` capability); this file decides.
 */
import { i18n } from '../i18n/messages';
import { blurElements, markClear, spoilerState, unblurAll, type ShieldOptions } from './shield';

export interface Episode {
  season: number;
  episode: number;
  /** Stable id for remembering reveals: "s1e3". */
  key: string;
  /** Synopsis elements (a page may keep several copies); all are blurred. */
  synopses: Element[];
  /** The episode's title ("3. The Game Is Afoot"): a title can give the plot away too. */
  titles: Element[];
  still: Element | null;
  /** 0..1 from the page's progress bar; 1 when the page marks the episode watched. */
  watchedFraction: number;
}

export interface EpisodeProgress {
  season: number;
  episode: number;
}

export function episodeKey(season: number, episode: number): string {
  return `s${season}e${episode}`;
}

export function compareEpisodes(a: EpisodeProgress, b: EpisodeProgress): number {
  return a.season - b.season || a.episode - b.episode;
}

/**
 * Episodes past the viewer's progress. Without a stored progress, the furthest episode the page
 * shows any progress on counts as the progress; with none at all, every episode is past it.
 */
export function episodesToBlur<T extends Episode>(episodes: readonly T[], progress: EpisodeProgress | null): T[] {
  let limit: EpisodeProgress | null = progress;
  if (!limit) {
    for (const ep of episodes) {
      if (ep.watchedFraction > 0 && (!limit || compareEpisodes(ep, limit) > 0)) limit = ep;
    }
  }
  if (!limit) return [...episodes];
  const last = limit;
  return episodes.filter((ep) => compareEpisodes(ep, last) > 0);
}

export interface EpisodeShieldOptions extends Omit<ShieldOptions, 'key' | 'interactive'> {
  /** Stored progress for this show, or null to go by the page's progress bars. */
  progress: EpisodeProgress | null;
  /** Episode keys the viewer revealed before (see onReveal). */
  revealedKeys?: Iterable<string>;
}

function parts(ep: Episode): Element[] {
  return [...ep.titles, ...ep.synopses, ...(ep.still ? [ep.still] : [])];
}

/**
 * Blurs the title, synopsis and still of each episode past the progress and clears the rest (re-running
 * after progress moved un-blurs what is now watched). Returns the episodes now blurred.
 */
export function shieldEpisodes<T extends Episode>(episodes: readonly T[], options: EpisodeShieldOptions): T[] {
  const { progress, revealedKeys, ...shield } = options;
  const revealed = new Set(revealedKeys ?? []);
  const hidden = new Set(episodesToBlur(episodes, progress).filter((ep) => !revealed.has(ep.key)));
  for (const ep of episodes) {
    if (hidden.has(ep)) {
      const label = i18n.t('spoilers.hiddenEpisode', [ep.episode]);
      blurElements(ep.synopses, { ...shield, key: ep.key, label });
      // One tab stop per episode (its synopsis); the title and still reveal with it.
      const extras = ep.still ? [...ep.titles, ep.still] : ep.titles;
      blurElements(extras, { ...shield, key: ep.key, interactive: false });
    } else {
      for (const el of parts(ep)) if (spoilerState(el) === 'blurred') unblurAll(el);
      markClear(parts(ep));
    }
  }
  return episodes.filter((ep) => hidden.has(ep));
}

/** Lets a no-flash guard go: everything it hides is marked classified. */
export function releaseGuard(root: ParentNode, guardedSelector: string): void {
  markClear(root.querySelectorAll(guardedSelector));
}
