// Worker only: how much of an article the cue and list rules read; the title index reads all of it.
import type { ArticleReading } from '../reading';

/**
 * Characters of body the cue and list rules read. Some thirty regular expressions run over what they
 * read: 200,000 characters cost the worker about 50 ms, 50,000 about 12. The longest real article among
 * the 383 labelled pages has 44,000 characters of body (New York magazine's Ailes story) and 380 of them
 * fewer than 20,000. Past the cap the title index still finds every show it knows.
 */
export const RULES_TEXT = 50_000;

/** The reading the rules see: the body up to the last block that starts within the cap. */
export function rulesReading(reading: ArticleReading, cap = RULES_TEXT): ArticleReading {
  if (reading.body.length <= cap) return reading;
  const cut = reading.blocks.findLast((block) => block.start > 0 && block.start <= cap)?.start ?? cap;
  return {
    ...reading,
    body: reading.body.slice(0, cut),
    blocks: reading.blocks.filter((block) => block.start < cut),
    spans: reading.spans.filter((span) => span.end <= cut),
  };
}
