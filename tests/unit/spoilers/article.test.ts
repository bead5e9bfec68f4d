import { findSpoilerBlocks } from '../../../utils/spoilers/article';
import { shieldArticle } from '../../../utils/spoilers/article-shield';
import { spoilerState } from '../../../utils/spoilers/shield';
import { loadSpoilerFixture } from '../../support/fixtures';

function root(doc: Document, selector: string): Element {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in fixture`);
  return el;
}

function paragraphStartingWith(doc: Document, prefix: string): Element {
  const found = [...doc.querySelectorAll('p')].find((p) => (p.textContent ?? '').startsWith(prefix));
  if (!found) throw new Error(`no paragraph starting with ${prefix}`);
  return found;
}

// Prefixes from the article labels: spoilerParagraphs must be blurred, safeParagraphs must not.
describe('findSpoilerBlocks on the TechRadar Ballard article', () => {
  const doc = loadSpoilerFixture('../articles/techradar-ballard-season-2-2025-07.html');
  const section = findSpoilerBlocks(root(doc, '#article-body'));

  it('finds the warning paragraph and keeps it readable', () => {
    expect(section?.warning.textContent).toBe('Spoilers for Ballard season 1 finale ahead.');
    expect(section?.blocks).not.toContain(section?.warning);
  });

  it.each(['Let’s recap what we know. Season 1 left off with the unexpec', 'We’ve not seen how Olivas died, but we did see Ballard draw '])(
    'blurs the spoiler paragraph %s…',
    (prefix) => {
      expect(section?.blocks).toContain(paragraphStartingWith(doc, prefix));
    },
  );

  it.each([
    'I want it, you want it, we all want it, but as it stands, th',
    'Ballard, which follows LAPD detective Renée Ballard (Maggie ',
    'But according to Maggie Q, there’s just as much chance that ',
  ])('leaves the safe paragraph %s… readable', (prefix) => {
    expect(section?.blocks).not.toContain(paragraphStartingWith(doc, prefix));
  });

  it('blurs every block after the warning to the end of the body, and no heading or caption before it', () => {
    const paragraphs = [...doc.querySelectorAll('#article-body p')];
    const warningIndex = paragraphs.findIndex((p) => p === section?.warning);
    expect(section?.blocks).toEqual(paragraphs.slice(warningIndex + 1));
  });
});

describe('findSpoilerBlocks on the Heavy article with an inline "(spoiler alert)"', () => {
  const doc = loadSpoilerFixture('../articles/heavy-end-of-the-f-ing-world-season-2-2019-11.html');
  const section = findSpoilerBlocks(root(doc, 'article'));

  it.each([
    'Luckily, the show was renewed for a second season, so fans w',
    'Season 2 left fans with a major cliffhanger during the final',
    'Taking this into account, it’s difficult to know if Lawther wi',
  ])('blurs the spoiler paragraph %s…', (prefix) => {
    expect(section?.blocks).toContain(paragraphStartingWith(doc, prefix));
  });

  it.each(['The long-awaited season 2 premiere of The End of the F***ing', 'The first season was centered around a young man named James'])(
    'leaves the safe paragraph %s… readable',
    (prefix) => {
      expect(section?.blocks).not.toContain(paragraphStartingWith(doc, prefix));
    },
  );

  it('blurs the section heading after the warning', () => {
    expect(section?.blocks).toContain(doc.querySelector('h2'));
  });
});

describe('findSpoilerBlocks on articles without a warning', () => {
  it('ignores "we won’t be revealing any spoilers" (Audiense)', () => {
    const doc = loadSpoilerFixture('audiense-twin-peaks-opening.html');
    expect(findSpoilerBlocks(root(doc, '.blog-post__body'))).toBeNull();
  });
});

describe('findSpoilerBlocks on built markup', () => {
  function body(...children: Element[]): Element {
    const el = document.createElement('div');
    el.append(...children);
    return el;
  }
  function make(tag: string, text = '', ...children: Element[]): Element {
    const el = document.createElement(tag);
    el.append(text, ...children);
    return el;
  }

  it('stops at an end marker and resumes at a later warning', () => {
    const blocks = [
      make('p', 'Intro.'),
      make('h2', 'Spoilers'),
      make('p', 'The twist.'),
      make('p', 'End of spoilers.'),
      make('p', 'Safe again.'),
      make('p', 'Major spoilers below.'),
      make('li', 'Second twist.'),
    ];
    const section = findSpoilerBlocks(body(...blocks));
    expect(section?.warning).toBe(blocks[1]);
    expect(section?.blocks).toEqual([blocks[2], blocks[6]]);
  });

  it('blurs a figure’s image but not its caption, and never the headline', () => {
    const img = make('img');
    const figure = make('figure', '', img, make('figcaption', 'Ballard (Maggie Q) in the finale'));
    const headline = make('h1', 'Ballard recap');
    const quote = make('blockquote', '', make('p', 'Quoted twist.'));
    const section = findSpoilerBlocks(body(make('p', 'This recap contains spoilers.'), headline, figure, quote));
    expect(section?.blocks).toEqual([img, quote]);
  });

  it('takes a text-only div as a block', () => {
    const twist = make('div', 'Olivas was the mole.');
    const section = findSpoilerBlocks(body(make('div', 'SPOILER ALERT'), twist));
    expect(section?.blocks).toEqual([twist]);
  });
});

describe('shieldArticle', () => {
  it('blurs the spoiler section of the seed once, however often it runs', () => {
    const doc = loadSpoilerFixture('../articles/techradar-ballard-season-2-2025-07.html');
    const body = root(doc, '#article-body');
    const first = shieldArticle(body);
    expect(shieldArticle(body)).toEqual(first);
    const states = [...body.querySelectorAll('p, h2, figure')].map((el) => spoilerState(el));
    expect(states).toEqual([null, null, null, null, null, null, 'blurred', 'blurred', 'blurred', 'blurred', 'blurred']);
  });
});
