// Words of TV talk and dates name no work and are never looked up; a title with a word of its own is.
import { describe, expect, it } from 'vitest';
import { namesNoWork } from '@/utils/articles/spot/gates';

describe('namesNoWork', () => {
  it.each(['season 8', 'spoilers ahead', 'new tv shows', 'trending stories', 'september 27', 'april 28th', 'outstanding drama series', 'series debut', 'shows after just', 'best of',
    'best of the rest', 'whats on the bubble', 'upfronts', 'cable', 'ott releases for this week', 'what tv shows'])(
    '%j names no work',
    (key) => expect(namesNoWork(key)).toBe(true),
  );

  it.each(['1923', '24', 'the bear', 'outstanding drama series the crown', 'debut of ballard', 'the 100', 'the 4400', 'the first 48', 'the after',
    'the early show', 'the fall', 'catch 22', 'cable girls'])('%j may name a work', (key) =>
    expect(namesNoWork(key)).toBe(false),
  );
});
