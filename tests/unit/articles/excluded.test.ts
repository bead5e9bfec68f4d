import { describe, expect, it } from 'vitest';
import { EXCLUDED_SELECTOR, isExcludedElement } from '@/utils/articles/excluded';
import { parseHtml } from '../../support/dom';

// Each row: markup of one element, and whether it starts a subtree that is not article text.
const TABLE: Array<[string, boolean]> = [
  ['<nav>Home</nav>', true],
  ['<aside>Rail</aside>', true],
  ['<footer>About us</footer>', true],
  ['<form>Sign up</form>', true],
  ['<button>Share</button>', true],
  ['<noscript>Enable JavaScript</noscript>', true],
  ['<iframe src="/embed"></iframe>', true],
  ['<svg><title>Logo</title></svg>', true],
  ['<div role="navigation">Menu</div>', true],
  ['<div role="complementary">Rail</div>', true],
  ['<div role="main">Body</div>', false],
  ['<div aria-hidden="true">Hidden</div>', true],
  ['<div aria-hidden="false">Shown</div>', false],
  ['<div contenteditable="">Editor</div>', true],
  ['<div contenteditable="true">Editor</div>', true],
  ['<div contenteditable="false">Text</div>', false],
  ['<div class="post-Related-links">More</div>', true],
  ['<div class="NEWSLETTER-signup">Subscribe</div>', true],
  ['<div class="advertisement">Ad</div>', true],
  ['<div class="promo-box">Watch now</div>', true],
  ['<div class="social-share">Share</div>', true],
  ['<section class="comments">Comments</section>', true],
  ['<div id="relatedStories">More</div>', true],
  ['<div id="share-bar">Share</div>', false],
  ['<div class="article-body" id="main">Body</div>', false],
  ['<span data-greenlit-badge="">badge</span>', true],
  ['<div data-greenlit-spoiler-notice="">notice</div>', true],
  ['<p>Plain paragraph</p>', false],
  ['<header>Headline</header>', false],
];

describe('isExcludedElement', () => {
  it.each(TABLE)('%s → %s, as the selector matches it', (html, excluded) => {
    const element = parseHtml(`<!doctype html><html><body>${html}</body></html>`).body.firstElementChild!;
    expect(element.matches(EXCLUDED_SELECTOR)).toBe(excluded);
    expect(isExcludedElement(element)).toBe(excluded);
  });

  it('agrees with the selector on every element of a real article page', () => {
    const doc = parseHtml(
      `<!doctype html><html><body><header><nav><a href="/">Home</a></nav></header><main><article class="story">` +
        `<div class="share-tools"><button>Share</button></div><p>Text <em>Ballard</em></p><aside class="related">More</aside>` +
        `<div id="related-posts"><a href="/x">X</a></div><svg><path d=""/></svg></article></main><footer>Footer</footer></body></html>`,
    );
    for (const element of doc.querySelectorAll('*')) expect(isExcludedElement(element)).toBe(element.matches(EXCLUDED_SELECTOR));
  });
});
