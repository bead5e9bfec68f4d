import type { ArticleReading, Region } from '../reading';

/**
 * Where the page writes in Title Case (a Title Case headline, a body heading such as "6 New TV Shows to
 * Watch This Week"): capitals there prove nothing, so a known title found only there needs a cue.
 */
export class TitleCaseText {
  private readonly headline: boolean;
  private readonly blocks: Map<number, boolean> = new Map();

  constructor(private readonly reading: ArticleReading) {
    this.headline = isTitleCase(reading.headline);
  }

  at(region: Region, offset: number): boolean {
    if (region === 'headline') return this.headline;
    const { blocks, body } = this.reading;
    // The last block starting at or before the offset.
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const block = blocks[lo];
    if (!block || block.start > offset || (block.kind !== 'heading' && block.kind !== 'item')) return false;
    let titleCase = this.blocks.get(lo);
    if (titleCase === undefined) {
      titleCase = isTitleCase(body.slice(block.start, blocks[lo + 1]?.start ?? body.length));
      this.blocks.set(lo, titleCase);
    }
    return titleCase;
  }
}

/** Short words Title Case styles leave in lowercase ("Renewed Through Season 17 with More"). */
const SMALL_WORDS = new Set('with from into onto over upon than that this your their what when'.split(' '));

/**
 * Every word of four letters or more capitalised, bar the small ones, and three at least: "Last Man
 * Standing: Could go either way" is a label and a sentence, not Title Case.
 */
export function isTitleCase(text: string): boolean {
  const words = text
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}{4,}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}
