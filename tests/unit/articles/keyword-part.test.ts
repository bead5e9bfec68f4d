// A rule's keyword part stands in for the rule until the text has it: it must match wherever the rule does.
import { describe, expect, it } from 'vitest';
import { NETWORK, TITLE, keywordPart, titleCandidatesAt, titleCandidatesInText } from '@/utils/articles/title-patterns';

const rule = (before: string, after = '') => new RegExp(`${before}${TITLE}${after}`, 'gu');

describe('keywordPart', () => {
  it('is the pattern before the title, without the groups and the quote that open it', () => {
    expect(keywordPart(rule(String.raw`\b[Tt]itled\s+(`, ')'))?.source).toBe(String.raw`\b[Tt]itled\s+`);
    expect(keywordPart(rule(String.raw`\brights\s+to\s+[“"‘']?(`, ')'))?.source).toBe(String.raw`\brights\s+to\s+`);
    expect(keywordPart(rule(String.raw`\bseries\s+[“"]((?:`, ')?)[”"]'))?.source).toBe(String.raw`\bseries\s+`);
  });

  it('is the pattern before a network too', () => {
    const rule = new RegExp(String.raw`\b(?:airs|streams)\s+on\s+${NETWORK}\b`, 'gu');
    expect(keywordPart(rule)?.source).toBe(String.raw`\b(?:airs|streams)\s+on\s+`);
    expect(keywordPart(new RegExp(String.raw`\b${NETWORK}['’]s\s+`, 'gu'))?.source).toBe(String.raw`\b`);
  });

  it('keeps the rule\'s flags, without "g" (a test from the start each time)', () => {
    expect(keywordPart(rule(String.raw`\bcalled\s+(`, ')'))?.flags).toBe('u');
  });

  it('is none when the title sits inside an alternative, or the rule has no title', () => {
    expect(keywordPart(rule(String.raw`(?:\bcalled\s+(`, ')|\bnamed)'))).toBeNull();
    expect(keywordPart(/\bseason\s+\d+/gu)).toBeNull();
    expect(keywordPart(rule('(', ')'))).toBeNull();
  });

  it('matches wherever the rule matches', () => {
    const full = rule(String.raw`\b(?:[Tt]itled|[Cc]alled)\s+[“"‘']?(`, ')');
    const part = keywordPart(full)!;
    for (const text of ['Titled Fightland, the show focuses on boxing.', 'a comedy called “Snip” on NBC', 'nothing here']) {
      expect(part.test(text)).toBe(full.test(text));
      full.lastIndex = 0;
    }
  });

  it('leaves the rules\' candidates as they were', () => {
    const hints = titleCandidatesAt('Netflix has lost the rights to Friends, and fans binge Seinfeld instead.').map(([, title]) => title);
    expect(hints).toEqual(expect.arrayContaining(['Friends', 'Seinfeld']));
    expect(titleCandidatesInText('Titled Fightland, the show focuses on redemption.')).toContain('Fightland');
  });
});
