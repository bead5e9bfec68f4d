import { describe, expect, it } from 'vitest';
import { RULES_TEXT, rulesReading } from '@/utils/articles/spot/rules-text';
import { TitleIndex } from '@/utils/title-index/title-index';
import { reading, show, strangers, badged } from './spot-support';

// Filler of real length: one ordinary paragraph, repeated past the cap.
const PARAGRAPH = 'The weather held all week, and the market in the square was busier than anyone could remember.';
const filler = (characters: number) => Array.from({ length: Math.ceil(characters / (PARAGRAPH.length + 1)) }, () => PARAGRAPH).join('\n');

describe('how much of a page the cue rules read', () => {
  it('leaves a reading of real length whole', () => {
    const r = reading(`${filler(40_000)}\nThe NBC series Zorblax returns.`);
    expect(rulesReading(r)).toBe(r);
  });

  it('cuts a very long body at the last block that starts within the cap, with its spans', () => {
    const r = reading(filler(RULES_TEXT + 5_000), { spans: [{ start: 0, end: 3, kind: 'italic' }, { start: RULES_TEXT + 10, end: RULES_TEXT + 20, kind: 'italic' }] });
    const cut = rulesReading(r);
    expect(cut.body.length).toBeLessThanOrEqual(RULES_TEXT);
    expect(cut.body.length).toBeGreaterThan(RULES_TEXT - PARAGRAPH.length - 2);
    expect(r.blocks.some((b) => b.start === cut.body.length)).toBe(true);
    expect(cut.blocks.every((b) => b.start < cut.body.length)).toBe(true);
    expect(cut.spans).toEqual([{ start: 0, end: 3, kind: 'italic' }]);
  });

  it('past the cap a cue proposes no stranger, and the index still badges the shows it knows', () => {
    const fargo = show('Fargo', { coined: true });
    const index = new TitleIndex([fargo]);
    const early = reading(`The NBC series Zorblax returns.\n${filler(RULES_TEXT + 1_000)}\nThe NBC series Quintaro returns. Fargo season 5 too.`);
    expect(strangers(index, early)).toEqual(['Zorblax']);
    expect(badged(index, early)).toEqual([['Fargo', fargo.id]]);
  });
});
