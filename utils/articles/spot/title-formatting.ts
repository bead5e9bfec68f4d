import type { ReadingSpan } from '../reading';
import { SHOW_LINK } from './cue-candidates';

/**
 * The body's title formatting (italics, and links to show pages) sorted by start, so whether a mention
 * is formatted is a binary search rather than a scan of every span for every mention.
 */
export class TitleFormatting {
  private readonly spans: ReadingSpan[];

  constructor(spans: readonly ReadingSpan[]) {
    // Italics are house style for titles; a link counts only when it goes to a show page.
    this.spans = spans
      .filter((span) => span.kind === 'italic' || (span.kind === 'link' && SHOW_LINK.test(span.href ?? '')))
      .sort((a, b) => a.start - b.start);
  }

  /** Whether one formatted run holds [start, end) with at most 3 characters more (a comma, quotes). */
  covers(start: number, end: number): boolean {
    // Such a run ends at or after `end` and is at most 3 longer, so it starts within 3 before `start`.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < start - 3) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.spans.length && this.spans[i]!.start <= start; i++) {
      const span = this.spans[i]!;
      if (span.end >= end && span.end - span.start <= end - start + 3) return true;
    }
    return false;
  }
}
