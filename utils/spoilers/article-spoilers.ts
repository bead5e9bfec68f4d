/**
 * Where an article's spoilers start, decided on a plain reading of the page (no DOM), so it can
 * run in the content script or the worker.
 *
 * Three kinds of evidence, as a copy editor would read them:
 * - a warning in the body ("Spoilers for the finale ahead.", "This recap contains spoilers"): the
 *   blocks after it (and the warning itself when it carries plot) are spoilers;
 * - a headline that files the article as spoilers ("Emmerdale spoilers: …"): the whole body is;
 * - the site filing the page as spoilers (a /spoilers/ folder, section, tag, keyword): the whole body.
 * The headline, h1s and captions always stay readable; an end marker ("End of spoilers") closes a
 * section and a later warning opens the next.
 */
import { detectHeadlineWarning, detectSpoilerWarning, isSpoilerEndMarker } from './detect';
import { findSpoilerFiling, type PageFiling, type SpoilerFiling } from './filed-as-spoilers';

export type ReadBlockKind =
  | 'p'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'li'
  | 'blockquote'
  | 'figcaption'
  /** A figure: its media may be blurred, its caption (the text here) is not. */
  | 'figure'
  /** An image, picture, video or embed on its own. */
  | 'media'
  | 'other';

export interface ReadBlock {
  kind: ReadBlockKind;
  text: string;
}

/** What the page reads once: plain data, safe to send to the worker. */
export interface ArticleReading extends PageFiling {
  /** The page headline when it sits outside the body (an h1 inside the body is a block). */
  headline?: string;
  /** The body's blocks in document order. */
  blocks: readonly ReadBlock[];
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
  /** Blocks to blur, ascending. */
  blurred: number[];
}

const HEADING = /^h[1-6]$/;
/** Never blurred: the headline and captions are how a reader decides whether to read on. */
const ALWAYS_READABLE = new Set<ReadBlockKind>(['h1', 'figcaption']);
/** Never read for a warning: caption text talks about the picture. */
const NOT_WARNING_SOURCES = new Set<ReadBlockKind>(['figure', 'figcaption', 'media']);

function headlineOf(reading: ArticleReading): string | null {
  if (reading.headline?.trim()) return reading.headline.trim();
  // Wrapped or simple pages put the headline inside the body, before any text.
  const first = reading.blocks.find((b) => b.text.trim());
  return first?.kind === 'h1' ? first.text.trim() : null;
}

function pageLevel(reading: ArticleReading): { form: 'headline' | 'filed'; reason: string } | null {
  const headline = headlineOf(reading);
  if (headline && detectHeadlineWarning(headline)) return { form: 'headline', reason: `headline “${headline}”` };
  const filing: SpoilerFiling | null = findSpoilerFiling(reading);
  if (filing) return { form: 'filed', reason: `filed as spoilers by ${filing.signal} “${filing.evidence}”` };
  return null;
}

function isBlurrable(block: ReadBlock): boolean {
  if (ALWAYS_READABLE.has(block.kind)) return false;
  return block.kind === 'figure' || block.kind === 'media' || block.text.trim() !== '';
}

function warningIn(block: ReadBlock) {
  if (NOT_WARNING_SOURCES.has(block.kind) || !block.text.trim()) return null;
  return detectSpoilerWarning(block.text, { heading: HEADING.test(block.kind) });
}

export function detectArticleSpoilers(reading: ArticleReading): ArticleSpoilers | null {
  const page = pageLevel(reading);
  const blurred: number[] = [];
  let inSection = page !== null;
  let first: Omit<ArticleSpoilers, 'blurred'> | null = null;
  reading.blocks.forEach((block, index) => {
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
      reason: block.text.trim().slice(0, 160),
    };
  });
  if (page) {
    if (!blurred.length) return null;
    return { form: page.form, start: blurred[0] ?? 0, warningIndex: null, reason: page.reason, blurred };
  }
  return first ? { ...(first as Omit<ArticleSpoilers, 'blurred'>), blurred } : null;
}
