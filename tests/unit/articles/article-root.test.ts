import { describe, expect, it } from 'vitest';
import { findArticleBody, findHeadline } from '@/utils/articles/article-root';
import { readPageText } from '@/utils/articles/page-text';
import { parseHtml } from '../../support/dom';
import { DAILY_STAR_ARTICLE, HEAVY_ARTICLE, SEED_ARTICLE, loadArticle } from '../../support/fixtures';

/** A paragraph with enough text (≥ 200 characters) to count as an article body. */
const longParagraph = (words: string) => `<p>${`${words} `.repeat(Math.ceil(220 / (words.length + 1))).trim()}</p>`;

const page = (body: string) => parseHtml(`<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`);

describe('findArticleBody', () => {
  it('the seed article → #article-body', () => {
    expect(findArticleBody(loadArticle(SEED_ARTICLE))?.id).toBe('article-body');
  });

  it('the Daily Star article → its [itemprop=articleBody] element', () => {
    const body = findArticleBody(loadArticle(DAILY_STAR_ARTICLE));
    expect(body?.getAttribute('itemprop')).toBe('articleBody');
    expect(body?.textContent).toContain('third player Megan was introduced');
  });

  it('the heavy.com article → its <article>', () => {
    expect(findArticleBody(loadArticle(HEAVY_ARTICLE))?.tagName).toBe('ARTICLE');
  });

  it('an [itemprop=articleBody] wins over a longer generic <article> wrapper', () => {
    const doc = page(
      `<article id="wrapper">${longParagraph('Wrapper teaser')}<div itemprop="articleBody" id="story">${longParagraph('Story text')}</div></article>`,
    );
    expect(findArticleBody(doc)?.id).toBe('story');
  });

  it('an article written in list items (a casting roundup) is an article; a list of short links is not', () => {
    const item = '<li>Dermot Mulroney has joined the cast of the upcoming drama, reuniting with a former co-star.</li>';
    const roundup = page(`<article id="story"><h2>AMAZON'S HOMECOMING</h2><ul>${item.repeat(3)}</ul></article>`);
    expect(findArticleBody(roundup)?.id).toBe('story');
    const links = page(`<article id="menu"><ul>${'<li><a href="/tv">TV news</a></li>'.repeat(40)}</ul></article>`);
    expect(findArticleBody(links)).toBeNull();
  });

  it('skips a candidate with too little paragraph text', () => {
    const doc = page(`<div class="article-body" id="stub"><p>Short.</p></div><article id="story">${longParagraph('Story text')}</article>`);
    expect(findArticleBody(doc)?.id).toBe('story');
  });

  it('null when nothing holds article text', () => {
    expect(findArticleBody(page('<div><p>Nothing much.</p></div>'))).toBeNull();
  });

  it.each([
    ['a nav', `<nav><article id="rail">${longParagraph('Menu teaser')}</article></nav>`],
    ['an aside', `<aside><article id="rail">${longParagraph('Rail teaser')}</article></aside>`],
    ['a related rail', `<div class="related-stories"><article id="rail">${longParagraph('Related teaser')}</article></div>`],
    ['a footer', `<footer><article id="rail">${longParagraph('Footer teaser')}</article></footer>`],
  ])('never picks an <article> card inside %s that comes before the story', (_label, rail) => {
    const doc = page(`${rail}<main><article id="story"><h1>Ballard season 2</h1>${longParagraph('Ballard story text')}</article></main>`);
    expect(findArticleBody(doc)?.id).toBe('story');
  });

  it('never picks a .article-body teaser inside a related rail', () => {
    const doc = page(
      `<aside class="related"><div class="article-body" id="rail">${longParagraph('Rail teaser')}</div></aside>` +
        `<div class="article-body" id="story">${longParagraph('Story text')}</div>`,
    );
    expect(findArticleBody(doc)?.id).toBe('story');
  });
});

describe('findHeadline', () => {
  it('the Daily Star h1, outside the body', () => {
    const doc = loadArticle(DAILY_STAR_ARTICLE);
    expect(findHeadline(doc, findArticleBody(doc))?.textContent).toMatch(/^Bradley Walsh says/);
  });

  it('none when the h1 is inside the body (the body scan covers it)', () => {
    const doc = page(`<article id="story"><h1>Ballard season 2</h1>${longParagraph('Story text')}</article>`);
    expect(findHeadline(doc, findArticleBody(doc))).toBeNull();
  });

  it('none when the only h1 sits in a nav or aside', () => {
    const doc = page(`<aside><h1>Most read</h1></aside><article>${longParagraph('Story text')}</article>`);
    expect(findHeadline(doc, findArticleBody(doc))).toBeNull();
  });
});

describe('readPageText', () => {
  it('leaves out nav, aside, related rails, scripts and existing badges, and breaks lines at blocks', () => {
    const doc = page(
      '<article id="a"><p>Ballard season 2</p><aside>Related: Bosch</aside><nav>Menu</nav>' +
        '<div class="related-links">More Bosch</div><script>var x = "Bosch";</script>' +
        '<p>Watch <em>Ballard</em><span data-greenlit-badge>Renewed</span> now</p></article>',
    );
    expect(readPageText(doc.getElementById('a')!).text).toBe('Ballard season 2\nWatch Ballard now');
  });

  it('the Daily Star body leaves out its "Read More / Related Articles" asides', () => {
    const doc = loadArticle(DAILY_STAR_ARTICLE);
    const text = readPageText(findArticleBody(doc)!).text;
    expect(text).toContain('Megan was introduced');
    expect(text).not.toContain('Related Articles');
    expect(text).not.toContain('Barry Humphries');
  });
});
