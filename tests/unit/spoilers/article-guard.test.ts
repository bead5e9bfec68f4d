// The document_start guard, fed blocks one by one as a parser would deliver them.
import { GUARDED_ATTR } from '../../../utils/page/contract';
import { guardArticle, releaseArticleGuard } from '../../../utils/spoilers/article-guard';
import { parseHtml } from '../../support/dom';

const guarded = (doc: Document) => [...doc.querySelectorAll(`[${GUARDED_ATTR}]`)].map((el) => el.textContent);
/**
 * Resolves once the document's observers have been told of the next changes. Observers hear of a
 * change in the order they were made, so the guard's (made first) has read them by then.
 */
function nextObserved(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(doc, { subtree: true, childList: true, characterData: true });
  });
}

/** Adds markup and waits until the guard has seen it: one parser task. */
async function addSeen(parent: Element, html: string): Promise<void> {
  const seen = nextObserved(parent.ownerDocument);
  add(parent, html);
  await seen;
}

/** Markup as nodes of `doc`, parsed the way a browser parses a page. */
function add(parent: Element, html: string): void {
  const parsed = parseHtml(`<html><head>${html}</head><body>${html}</body></html>`);
  const from = parent.tagName === 'HEAD' ? parsed.head : parsed.body;
  parent.append(...[...from.childNodes].map((node) => parent.ownerDocument.importNode(node, true)));
}

/** Appends each block in its own task, after the observer saw the previous one. */
async function deliver(parent: Element, html: string[]): Promise<void> {
  for (const part of html) await addSeen(parent, part);
}

function freshDocument(): Document {
  return document.implementation.createHTMLDocument('article');
}

describe('guardArticle', () => {
  it('hides every block after a warning in the warning’s article, and nothing before it or elsewhere', async () => {
    const doc = freshDocument();
    const stop = guardArticle(doc, 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2');
    await addSeen(doc.body, '<div id="article-body"></div><aside id="rail"></aside>');
    const body = doc.getElementById('article-body')!;
    await deliver(body, [
      '<p>I want it, you want it, we all want it.</p>',
      '<h2>Ballard season 2: what happened in season 1?</h2>',
      '<p>Spoilers for Ballard season 1 finale ahead.</p>',
      '<p>Let’s recap what we know.</p>',
      '<figure><img src="olivas.jpg"><figcaption>Olivas</figcaption></figure>',
    ]);
    await deliver(doc.getElementById('rail')!, ['<p>Read more: another story</p>']);
    expect(guarded(doc)).toEqual(['Let’s recap what we know.', '']);
    expect(body.querySelector('img')?.hasAttribute(GUARDED_ATTR)).toBe(true);
    expect(doc.querySelector('style')?.textContent).toContain('blur(');
    stop();
    expect(guarded(doc)).toEqual([]);
    expect(doc.querySelector('style')).toBeNull();
  });

  it('reads a page delivered in one piece in document order, whatever order the insertions are reported in', async () => {
    const doc = freshDocument();
    guardArticle(doc, 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2');
    const seen = nextObserved(doc);
    const main = doc.createElement('main');
    doc.body.append(main);
    // One task: the container and then each of its blocks, as Chromium reports a fast parse.
    add(main, '<div id="article-body"></div>');
    const body = doc.getElementById('article-body')!;
    add(body, '<p>I want it, you want it, we all want it.</p><p>Spoilers for Ballard season 1 finale ahead.</p><p>Let’s recap what we know.</p>');
    await seen;
    expect(guarded(doc)).toEqual(['Let’s recap what we know.']);
  });

  it('hides an inline warning block itself, read once its text is complete', async () => {
    const doc = freshDocument();
    guardArticle(doc, 'https://heavy.com/entertainment/2019/11/the-end-of-the-fucking-world-cast-spoilers-schedule/');
    await addSeen(doc.body, '<article></article>');
    const article = doc.querySelector('article')!;
    await addSeen(article, '<p>Luckily, the show was renewed for a second season, </p>');
    article.querySelector('p')!.append('and if (spoiler alert), James survived being shot last season.');
    await deliver(article, ['<p>Season 2 left fans with a major cliffhanger.</p>']);
    expect(guarded(doc)).toHaveLength(2);
  });

  it.each([
    ['a spoiler headline', 'https://www.thescottishsun.co.uk/tv/7276102/emmerdale/', '', '<h1>Seven huge Emmerdale spoilers for next week</h1>'],
    ['a /spoilers/ folder', 'https://www.whattowatch.com/spoilers/eastenders-sam-mitchell-flees-walford', '', '<h1>Sam Mitchell flees Walford?</h1>'],
    ['its section meta', 'https://news.example/tv/story', '<meta property="article:section" content="Soap Spoilers">', '<h1>Sam Mitchell flees Walford?</h1>'],
  ])('hides the whole body of a page filed as spoilers by %s, never the headline', async (_case, url, head, headline) => {
    const doc = freshDocument();
    add(doc.head, head);
    guardArticle(doc, url);
    await deliver(doc.body, [headline, '<article></article>']);
    await deliver(doc.querySelector('article')!, ['<p>Kim is found dead.</p>', '<p>Will is arrested.</p>']);
    await deliver(doc.body, ['<footer><p>Contact us</p></footer>']);
    expect(guarded(doc)).toEqual(['Kim is found dead.', 'Will is arrested.']);
  });

  it.each([
    ['no warning', '<p>The Chase returned.</p>'],
    ['a look-alike', '<p>No spoilers for the finale here.</p>'],
  ])('touches nothing on a page with %s', async (_case, block) => {
    const doc = freshDocument();
    guardArticle(doc, 'https://www.dailystar.co.uk/tv/bradley-walsh-says-id-better-32646410');
    await deliver(doc.body, ['<h1>Bradley Walsh says he had better watch out</h1>', `<article>${block}</article>`, '<article><p>More text.</p></article>']);
    expect(guarded(doc)).toEqual([]);
  });

  it('leaves out a related box nested in the article after a warning, and what the box holds', async () => {
    const doc = freshDocument();
    guardArticle(doc, 'https://news.example/tv/story');
    await deliver(doc.body, ['<article></article>']);
    const article = doc.querySelector('article')!;
    await deliver(article, ['<p>Major spoilers below.</p>', '<div class="box"><div class="related-links"><ul></ul></div><p>The twist.</p></div>']);
    await deliver(article.querySelector('ul')!, ['<li>Another story</li>', '<li><p>And another</p></li>']);
    expect(guarded(doc)).toEqual(['The twist.']);
  });

  it('leaves the page to the article script when the first 500 blocks hold no warning', async () => {
    const doc = freshDocument();
    guardArticle(doc, 'https://news.example/tv/story');
    await addSeen(doc.body, '<article></article>');
    const article = doc.querySelector('article')!;
    await addSeen(article, '<p>Quiet.</p>'.repeat(501));
    await deliver(article, ['<p>Major spoilers below.</p>', '<p>The twist.</p>', '<p>More.</p>']);
    expect(guarded(doc)).toEqual([]);
  });

  it('stops once the article script has let go', async () => {
    const doc = freshDocument();
    guardArticle(doc, 'https://news.example/tv/story');
    await deliver(doc.body, ['<article><p>Major spoilers below.</p></article>']);
    releaseArticleGuard(doc);
    await deliver(doc.querySelector('article')!, ['<p>The twist.</p>', '<p>More.</p>']);
    expect(guarded(doc)).toEqual([]);
  });
});
