/**
 * The worker's spoiler verdict on an article's reading, sent back with its badges: what the detector
 * blurs, and what a watched show's protection would blur under which notice. The content script only
 * maps block indices to elements and blurs them (utils/page/article-spoiler-shield.ts).
 */
import type { ArticleReading } from '../articles/reading';
import type { ShowRef } from '../shows/show-ref';
import { blurrableBlocks, detectArticleSpoilers, readingBlocks, type ArticleSpoilers } from './article-spoilers';
import type { EpisodeSubject } from './episode-subject';
import type { BodyHeadline } from './headline-shows';
import { blockKey } from './reveal-keys';
import { articleSubject, bodyHeadline, subjectNotices, type FollowedShow } from './subject-protection';

export interface SubjectNotice {
  ref: ShowRef;
  notice: string;
}

export interface ArticleSpoilerVerdict {
  /** What the detector found: a warning, a spoiler headline or a page filed as spoilers, and the blocks to blur. */
  spoilers: ArticleSpoilers | null;
  /** The reveal key of each of `spoilers.blurred`'s blocks (reveal-keys.ts), worked out here rather than on the page. */
  blurredKeys: string[];
  /** The episode or season the article covers, if it names one. */
  subject: EpisodeSubject | null;
  /** Blocks a whole-body blur covers; empty when the article has no subject. */
  wholeBody: number[];
  /** Where the body's opening h1 is, when the headline sits there: shows placed in it are the headline's. */
  bodyHeadline: BodyHeadline | null;
  /** Each followed show with protection on whose progress the subject goes past, with its notice. */
  notices: SubjectNotice[];
}

export function articleSpoilerVerdict(reading: ArticleReading, followed: readonly FollowedShow[]): ArticleSpoilerVerdict {
  const blocks = readingBlocks(reading); // once: on a long article each pass over it costs
  const subject = articleSubject(reading, blocks);
  const spoilers = detectArticleSpoilers(reading, blocks);
  return {
    spoilers,
    // The trimmed text gives the same key as the raw block (blockKey collapses and trims whitespace).
    blurredKeys: (spoilers?.blurred ?? []).map((i) => blockKey(blocks[i]!.text)),
    subject,
    wholeBody: subject ? blurrableBlocks(reading, 0, blocks) : [],
    bodyHeadline: bodyHeadline(reading, blocks),
    notices: subjectNotices(subject, followed),
  };
}
