import { describe, expect, it } from 'vitest';
import { toWireReading, type ArticleReading } from '@/utils/articles/reading';
import { articleReadingSchema } from '@/utils/articles/spot/reading-schema';

const reading: ArticleReading = {
  url: 'https://news.example/story',
  pageTitle: 'Fallout renewed',
  headline: 'Fallout renewed',
  body: 'Fallout season 3\nPrime Video renewed it.\nA list item\nPhoto: Prime Video',
  blocks: [
    { start: 0, kind: 'heading', level: 2 },
    { start: 17, kind: 'text' },
    { start: 40, kind: 'item' },
    { start: 52, kind: 'caption' },
  ],
  spans: [{ start: 0, end: 7, kind: 'italic' }],
  tags: ['Fallout'],
};

describe('the reading as it travels', () => {
  it('sends the blocks as two flat lists and gets the same reading back', () => {
    const wire = toWireReading(reading);
    expect(wire.blocks).toEqual({ starts: [0, 17, 40, 52], kinds: '2tic' });
    expect(articleReadingSchema.parse(JSON.parse(JSON.stringify(wire)))).toEqual(reading);
  });

  it('refuses blocks whose lists disagree or whose kind is unknown, naming the field', () => {
    const wire = toWireReading(reading);
    const refused = (blocks: unknown) => articleReadingSchema.safeParse({ ...wire, blocks });
    expect(refused({ starts: [0, 17], kinds: '2' }).error?.issues[0]?.message).toMatch(/one kind for every block start/);
    expect(refused({ starts: [0], kinds: 'x' }).error?.issues[0]?.path).toEqual(['blocks', 'kinds']);
    expect(refused({ starts: [-1], kinds: 't' }).error?.issues[0]?.path).toEqual(['blocks', 'starts', 0]);
    expect(refused([{ start: 0, kind: 'text' }]).success).toBe(false);
  });
});
