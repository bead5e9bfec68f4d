import { describe, expect, it } from 'vitest';
import { findArticleBody } from '@/utils/articles/article-root';
import { firstMentions, isStandaloneMention } from '@/utils/articles/mentions';
import { readPageText } from '@/utils/articles/page-text';
import { TitleAutomaton } from '@/utils/articles/title-automaton';
import { parseHtml } from '../../support/dom';
import { SEED_ARTICLE, loadArticle } from '../../support/fixtures';

/** Whether the first "Ballard" in `text` counts as a mention of the show. */
const ballardIn = (text: string) => {
  const start = text.indexOf('Ballard');
  return isStandaloneMention(text, start, start + 'Ballard'.length);
};

describe('isStandaloneMention', () => {
  it.each<[string, boolean]>([
    ['Ballard, which follows a detective', true],
    ['Watch Ballard on Prime Video', true],
    ['confirming Ballard season 2', true],
    ['The new Ballard trailer', true],
    ['“Ballard” is back', true],
    ['(Ballard)', true],
    ['Meanwhile Ballard is arrested', true],
    ['LAPD detective Renée Ballard (Maggie Q)', false],
    ['to get yourself out of a post-Ballard slump', false],
    ['the Ballards of this world', false],
    ['Ballard2 is not a word', false],
    ['Detective Ballard', false],
    ['as Dr. Ballard explains', false],
  ])('%j → %s', (text, standalone) => {
    expect(ballardIn(text)).toBe(standalone);
  });

  it('after a sentence that ends with a capitalised word ("…on Prime Video. Ballard …")', () => {
    expect(ballardIn('It streams on Prime Video. Ballard is the most streamed show.')).toBe(true);
  });
});

describe('firstMentions', () => {
  const automaton = new TitleAutomaton<string>([
    ['Ballard', 'ballard'],
    ['Bosch', 'bosch'],
    ['Bosch: Legacy', 'legacy'],
  ]);

  it('leftmost-longest: "Bosch: Legacy" wins over "Bosch" at the same place', () => {
    const pageText = readPageText(parseHtml('<p>The Bosch: Legacy spinoff, unlike Bosch itself.</p>').body);
    const mentions = firstMentions(pageText, automaton);
    expect([...mentions.keys()]).toEqual(['legacy', 'bosch']);
    expect(pageText.text.slice(mentions.get('legacy')!.start, mentions.get('legacy')!.end)).toBe('Bosch: Legacy');
    expect(pageText.text.slice(mentions.get('bosch')!.start, mentions.get('bosch')!.end)).toBe('Bosch');
    expect(mentions.get('bosch')!.start).toBe(pageText.text.lastIndexOf('Bosch'));
  });

  it('skips "Renée Ballard" and "post-Ballard", takes the first standalone one', () => {
    const pageText = readPageText(parseHtml('<p>Renée Ballard and post-Ballard; Watch Ballard, and Ballard again.</p>').body);
    const mention = firstMentions(pageText, automaton).get('ballard')!;
    expect(mention.start).toBe(pageText.text.indexOf('Watch Ballard') + 'Watch '.length);
  });

  it('on the seed article: the first Ballard is "confirming Ballard season 2"', () => {
    const pageText = readPageText(findArticleBody(loadArticle(SEED_ARTICLE))!);
    const mentions = firstMentions(pageText, automaton);
    expect(mentions.get('ballard')!.start).toBe(pageText.text.indexOf('Ballard season 2. The Bosch'));
    expect(pageText.text.slice(mentions.get('legacy')!.start - 4, mentions.get('legacy')!.end + 8)).toBe('The Bosch: Legacy spinoff');
    expect(pageText.text.slice(mentions.get('bosch')!.start - 10, mentions.get('bosch')!.end)).toBe('strongest Bosch');
  });

  it('nothing when every occurrence is part of something longer', () => {
    const pageText = readPageText(parseHtml('<p>Renée Ballard in a post-Ballard world.</p>').body);
    expect(firstMentions(pageText, automaton).size).toBe(0);
  });
});

describe('firstMentions stopping early', () => {
  it('still finds a show whose first standalone mention comes after a longer title covered it', () => {
    const automaton = new TitleAutomaton<string>([
      ['Bosch: Legacy', 'legacy'],
      ['Bosch', 'bosch'],
    ]);
    const text = 'The Bosch: Legacy spinoff. ' + 'Filler words here. '.repeat(50) + 'The strongest Bosch spinoff.';
    const first = firstMentions({ text, nodes: [], starts: [] }, automaton);
    expect(first.get('legacy')).toEqual({ start: 4, end: 17 });
    expect(first.get('bosch')?.start).toBe(text.lastIndexOf('Bosch'));
  });
});
