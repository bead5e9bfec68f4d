/**
 * Ties the worker's verdict (article-verdict.ts) to the shield: what the article feature calls with
 * the page's one reading. Warnings, spoiler headlines and spoiler-filed pages blur block by block (each reveals on
 * its own); protection for a watched show blurs the whole body as one group, under a notice.
 * Reveals are remembered by key (article-targets.ts), so a block revealed once stays revealed.
 */
import type { ReadArticle } from '../articles/read-article';
import type { ArticleSpoilers } from './article-spoilers';
import { spoilerTargets, type BlurTarget } from './article-targets';
import type { ArticleSpoilerVerdict } from './article-verdict';
import { blurElements, revealHint, type RevealDetail, type ShieldOptions } from './shield';

/** The reveal key of a whole-body blur: revealing it (or having revealed it) shows the article. */
export const WHOLE_ARTICLE_KEY = 'article';

export interface ArticleShieldPlan {
  /** What the detector said, or null. */
  spoilers: ArticleSpoilers | null;
  /** Set when the whole body is blurred for a watched show: the notice to show above it. */
  notice: string | null;
  targets: BlurTarget[];
}

/** What to blur, from the worker's verdict: the whole body under a notice, else what the detector found. */
export function planArticleShield(
  read: ReadArticle,
  verdict: Pick<ArticleSpoilerVerdict, 'spoilers' | 'wholeBody'> & Partial<Pick<ArticleSpoilerVerdict, 'blurredKeys'>>,
  subjectNotice: string | null = null,
): ArticleShieldPlan {
  const { spoilers } = verdict;
  if (subjectNotice) {
    // One group: every block and picture takes the whole-article key (given for blocks, so none is hashed).
    const whole = verdict.wholeBody.map(() => WHOLE_ARTICLE_KEY);
    const targets = spoilerTargets(read, verdict.wholeBody, whole).map((t) => ({ ...t, key: WHOLE_ARTICLE_KEY }));
    if (targets.length) return { spoilers, notice: subjectNotice, targets };
  }
  return { spoilers, notice: null, targets: spoilers ? spoilerTargets(read, spoilers.blurred, verdict.blurredKeys) : [] };
}

export interface ArticleShieldOptions extends Pick<ShieldOptions, 'blurPx' | 'revealOn' | 'hoverDelayMs' | 'label'> {
  /** Keys revealed on an earlier visit. */
  revealed?: ReadonlySet<string>;
  onReveal?: (detail: RevealDetail) => void;
}

/** Targets blurred between two pauses of `shieldArticleInSlices`: a few milliseconds of work. */
export const SHIELD_SLICE = 250;

/** Blurs the plan's targets, except what was revealed before; returns the elements blurred. */
export function shieldArticle(plan: ArticleShieldPlan, options: ArticleShieldOptions = {}): Element[] {
  const blurred: Element[] = [];
  for (const step of shieldSteps(plan, options, blurred)) void step;
  return blurred;
}

/**
 * The same, in slices with a pause between them, so a long article's thousands of blocks never
 * hold the page in one task; stops (keeping what is done) once `current()` says a newer run took over.
 */
export async function shieldArticleInSlices(
  plan: ArticleShieldPlan,
  options: ArticleShieldOptions,
  pause: () => Promise<void>,
  current: () => boolean = () => true,
): Promise<Element[]> {
  const blurred: Element[] = [];
  let done = 0;
  for (const step of shieldSteps(plan, options, blurred)) {
    void step;
    if (++done % SHIELD_SLICE !== 0) continue;
    await pause();
    if (!current()) break;
  }
  return blurred;
}

/** One step per target; `blurred` collects the elements blurred. */
function* shieldSteps(plan: ArticleShieldPlan, options: ArticleShieldOptions, blurred: Element[]): Generator<void> {
  const { revealed, ...shield } = options;
  if (revealed?.has(WHOLE_ARTICLE_KEY)) return;
  // One accessible name for every block: asking the i18n API thousands of times costs the page.
  const label = shield.label ?? revealHint();
  for (const { element, key } of plan.targets) {
    if (revealed?.has(key)) continue;
    // A whole-body group is one tab stop (its first block); every block of it reveals it on click.
    const interactive = key !== WHOLE_ARTICLE_KEY || blurred.length === 0;
    blurred.push(...blurElements([element], { ...shield, label, key, interactive }));
    yield;
  }
}
