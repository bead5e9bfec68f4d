import { describe, expect, it } from 'vitest';
import { sentences } from '@/utils/articles/spot/sentences';

const split = (text: string) => [...sentences(text)].map((s) => s.text);

describe('sentences', () => {
  it('splits after each run of stops and at each line break', () => {
    const text = 'Ballard season 2: what we know\nIt is back! Is it? Yes;  and more... The end';
    expect(split(text)).toEqual(['Ballard season 2: what we know', 'It is back!', ' Is it?', ' Yes;', '  and more...', ' The end']);
    expect(split('')).toEqual([]);
    expect(split('...\n\n')).toEqual([]);
  });

  it('a line of its own is a sentence: a roundup writes its lists so', () => {
    expect(split('Renewed: Castle, Scandal, Nashville\nCancelled: Revenge, Forever')).toEqual(['Renewed: Castle, Scandal, Nashville', 'Cancelled: Revenge, Forever']);
  });

  it('an abbreviation or an initial does not end a sentence', () => {
    expect(split('Honourable mentions: Barry, Jury Duty and Mrs. Davis. Then more.')).toEqual(['Honourable mentions: Barry, Jury Duty and Mrs. Davis.', ' Then more.']);
    expect(split('A.P. Bio and Chicago P.D. are back. Dr. Who? No.')).toEqual(['A.P. Bio and Chicago P.D. are back.', ' Dr. Who?', ' No.']);
    // A word of four letters or more ends one as usual, and so does a stop at the end of a line.
    expect(split('It ends with Jr.\nNext')).toEqual(['It ends with Jr.', 'Next']);
    expect(split('The show. The end.')).toEqual(['The show.', ' The end.']);
  });

  it('a title’s own "!" or "?" inside a sentence does not end it', () => {
    expect(split('Dark, Happy!, Preacher, Riverdale (doh!), and The Terror. Then more!')).toEqual(['Dark, Happy!, Preacher, Riverdale (doh!), and The Terror.', ' Then more!']);
    expect(split('What If…? was renewed. Great!')).toEqual(['What If…? was renewed.', ' Great!']);
  });

  it('a full stop between digits is a decimal point or a clock’s, not a sentence’s end', () => {
    expect(split('Magpie Murders, BBC One, 9.15pm. Kin, RTÉ One, 9:30pm')).toEqual(['Magpie Murders, BBC One, 9.15pm.', ' Kin, RTÉ One, 9:30pm']);
    expect(split('It drew 4.2 million viewers. Then 3.')).toEqual(['It drew 4.2 million viewers.', ' Then 3.']);
  });

  it('offsets point into the text', () => {
    const text = 'One. Two!\nThree';
    for (const s of sentences(text)) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text);
  });
});
