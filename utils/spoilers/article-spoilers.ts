/**
 * Where an article's spoilers start, decided on the article's one reading (utils/articles/reading.ts:
 * plain text and offsets, no DOM), so it can run in the content script or the worker.
 *
 * Three kinds of evidence, as a copy editor would read them:
 * - a warning in the body ("Spoilers for the finale ahead.", "This recap contains spoilers"): the
 *   blocks after it (and the warning itself when it carries plot) are spoilers;
 * - a headline that files the article as spoilers ("Emmerdale spoilers: …"): the whole body is;
 * - the site filing the page as spoilers (a /spoilers/ folder, section, tag, keyword): the whole body.
 * The headline (an h1 in the body too) and captions always stay readable; an end marker ("End of
 * spoilers") closes a section and a later warning opens the next. Media between blurred blocks are
 * the content side's to find (article-targets.ts): the reading holds text only.
 */
import type { ArticleReading, BlockKind } from '../articles/reading';
import { detectHeadlineWarning, detectSpoilerWarning, isSpoilerEndMarker } from './detect';
import { findSpoilerFiling, type SpoilerFiling } from './filed-as-spoilers';

export interface TextBlock {
  kind: BlockKind;
  level?: number;
  text: string;
}

export type SpoilerForm =
  /** A block that only warns; spoilers start after it. */
  | 'warning'
  /** A warning inside a block that carries plot too ("(spoiler alert), James survived"). */
  | 'inline-warning'
  /** The headline names the page as spoilers or warns. */
  | 'headline'
  /** The site files the page as spoilers. */
  | 'filed';

export interface ArticleSpoilers {
  form: SpoilerForm;
  /** First block to blur. */
  start: number;
  /** The warning block, or null when the headline or the filing said so. */
  warningIndex: number | null;
  /** Short, human: the sentence, headline or filing that decided. */
  reason: string;
  /** Blocks to blur (indices into `reading.blocks`), ascending. */
  blurred: number[];
}

/** Each block's text, in reading order. */
export function readingBlocks(reading: ArticleReading): TextBlock[] {
  return reading.blocks.map((block, i) => ({
    kind: block.kind,
    ...(block.level ? { level: block.level } : {}),
    text: reading.body.slice(block.start, reading.blocks[i + 1]?.start ?? reading.body.length).trim(),
  }));
}

/** Never blurred: the headline and captions are how a reader decides whether to read on. */
function isAlwaysReadable(block: TextBlock): boolean {
  return block.kind === 'caption' || (block.kind === 'heading' && block.level === 1);
}

function isBlurrable(block: TextBlock): boolean {
  return !isAlwaysReadable(block) && block.text !== '';
}

/** Blocks a whole-body blur covers, from `from` on. */
export function blurrableBlocks(reading: ArticleReading, from = 0, blocks: readonly TextBlock[] = readingBlocks(reading)): number[] {
  return blocks.flatMap((block, i) => (i >= from && isBlurrable(block) ? [i] : []));
}

/** The article's headline: outside the body, else an h1 opening the body, else the page title. */
export function articleHeadline(reading: ArticleReading, blocks: readonly TextBlock[] = readingBlocks(reading)): string | null {
  if (reading.headline.trim()) return reading.headline.trim();
  // Wrapped or simple pages put the headline inside the body, before any text.
  const first = blocks.find((b) => b.text);
  if (first?.kind === 'heading' && first.level === 1) return first.text;
  return reading.pageTitle.trim() || null;
}

function splitTags(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => tag.split(';')).map((tag) => tag.trim()).filter(Boolean);
}

function filingOf(reading: ArticleReading): SpoilerFiling | null {
  const filing = reading.filing;
  return findSpoilerFiling({
    url: reading.url,
    sections: [...(reading.section ? [reading.section] : []), ...(filing?.sections ?? [])],
    keywords: [...splitTags(reading.tags), ...(filing?.keywords ?? [])],
    labels: filing?.labels ?? [],
  });
}

function pageLevel(reading: ArticleReading, blocks: readonly TextBlock[]): { form: 'headline' | 'filed'; reason: string } | null {
  const headline = articleHeadline(reading, blocks);
  if (headline && detectHeadlineWarning(headline)) return { form: 'headline', reason: `headline “${headline}”` };
  const filing = filingOf(reading);
  if (filing) return { form: 'filed', reason: `filed as spoilers by ${filing.signal} “${filing.evidence}”` };
  return null;
}

function warningIn(block: TextBlock) {
  if (block.kind === 'caption' || !block.text) return null;
  return detectSpoilerWarning(block.text, { heading: block.kind === 'heading' });
}

export function detectArticleSpoilers(reading: ArticleReading, blocks: readonly TextBlock[] = readingBlocks(reading)): ArticleSpoilers | null {
  const page = pageLevel(reading, blocks);
  const blurred: number[] = [];
  let inSection = page !== null;
  let first: Omit<ArticleSpoilers, 'blurred'> | null = null;
  blocks.forEach((block, index) => {
    if (inSection) {
      if (isSpoilerEndMarker(block.text)) {
        inSection = false;
        return;
      }
      // A page-level spoiler page may still open with a plain warning line: it stays readable.
      const warning = page && !blurred.length ? warningIn(block) : null;
      if (warning?.kind === 'block') return;
      if (isBlurrable(block)) blurred.push(index);
      return;
    }
    const warning = warningIn(block);
    if (!warning) return;
    inSection = true;
    const inline = warning.kind === 'inline' && isBlurrable(block);
    if (inline) blurred.push(index);
    first ??= {
      form: inline ? 'inline-warning' : 'warning',
      start: inline ? index : index + 1,
      warningIndex: index,
      reason: block.text.slice(0, 160),
    };
  });
  if (page) {
    if (!blurred.length) return null;
    return { form: page.form, start: blurred[0] ?? 0, warningIndex: null, reason: page.reason, blurred };
  }
  return first ? { ...(first as Omit<ArticleSpoilers, 'blurred'>), blurred } : null;
}
