/** Ties article detection to the shield: what the article content script calls on a body. */
import { findSpoilerBlocks } from './article';
import { blurElements, type ShieldOptions } from './shield';

type SharedOptions = Omit<ShieldOptions, 'key' | 'interactive'>;

/** Blurs the spoiler section of an article body; returns the blurred blocks (none without a warning). */
export function shieldArticle(articleRoot: Element, options: SharedOptions = {}): Element[] {
  const section = findSpoilerBlocks(articleRoot);
  return section ? blurElements(section.blocks, options) : [];
}
