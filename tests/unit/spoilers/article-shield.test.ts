// The article shield on the page's one reading (utils/articles/read-article.ts): which elements the
// detector's blocks come back to, on saved articles and on built markup. Prefixes come from the labels.
import { readArticle, type ReadArticle } from '../../../utils/articles/read-article';
import {
  planArticleShield as planFromVerdict,
  SHIELD_SLICE,
  shieldArticle,
  shieldArticleInSlices,
  WHOLE_ARTICLE_KEY,
} from '../../../utils/spoilers/article-shield';
import { blurrableBlocks, detectArticleSpoilers } from '../../../utils/spoilers/article-spoilers';
import { articleSpoilerVerdict } from '../../../utils/spoilers/article-verdict';
import { revealElement, revealHint, spoilerState } from '../../../utils/spoilers/shield';
import { parseHtml } from '../../support/dom';
import { HEAVY_ARTICLE, SEED_ARTICLE, loadArticle, loadSpoilerFixture } from '../../support/fixtures';

const SEED_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const LONG = 'Kim Tate is found dead next week in Emmerdale after accusing Will Taylor of trying to poison her. '.repeat(3);

function read(doc: Document, url = 'https://news.example/tv/story'): ReadArticle {
  const found = readArticle(doc, url);
  if (!found) throw new Error('no article in this page');
  return found;
}

/** The plan from the verdict the worker would send (its whole-body blocks given even without a subject). */
function planArticleShield(read: ReadArticle, notice: string | null = null) {
  return planFromVerdict(read, { spoilers: detectArticleSpoilers(read.reading), wholeBody: blurrableBlocks(read.reading) }, notice);
}

const targetsOf = (doc: Document, url?: string) => planArticleShield(read(doc, url)).targets.map((t) => t.element);

function paragraphStartingWith(doc: Document, prefix: string): Element {
  const found = [...doc.querySelectorAll('p')].find((p) => (p.textContent ?? '').startsWith(prefix));
  if (!found) throw new Error(`no paragraph starting with ${prefix}`);
  return found;
}

describe('the TechRadar Ballard seed', () => {
  const doc = loadArticle(SEED_ARTICLE);
  const plan = planArticleShield(read(doc, SEED_URL));
  const targets = plan.targets.map((t) => t.element);

  it('blurs every block after the warning and keeps the warning readable', () => {
    const paragraphs = [...doc.querySelectorAll('#article-body p')];
    const warning = paragraphs.findIndex((el) => el.textContent === 'Spoilers for Ballard season 1 finale ahead.');
    expect(plan.spoilers?.form).toBe('warning');
    expect(warning).toBeGreaterThan(0);
    expect(targets).toEqual(paragraphs.slice(warning + 1));
  });

  it.each([
    'I want it, you want it, we all want it, but as it stands, th',
    'Ballard, which follows LAPD detective Renée Ballard (Maggie ',
    'But according to Maggie Q, there’s just as much chance that ',
  ])('leaves the safe paragraph %s… readable', (prefix) => {
    expect(targets).not.toContain(paragraphStartingWith(doc, prefix));
  });

  it('gives each block a reveal key from its text, the same on every visit', () => {
    const again = planArticleShield(read(loadArticle(SEED_ARTICLE), SEED_URL));
    expect(again.targets.map((t) => t.key)).toEqual(plan.targets.map((t) => t.key));
    expect(new Set(plan.targets.map((t) => t.key)).size).toBe(plan.targets.length);
  });

  it('takes the worker’s keys, which are the ones the page would work out itself', () => {
    const article = read(loadArticle(SEED_ARTICLE), SEED_URL);
    const fromWorker = planFromVerdict(article, articleSpoilerVerdict(article.reading, []));
    expect(fromWorker.targets.map((t) => t.key)).toEqual(plan.targets.map((t) => t.key));
    const told = planFromVerdict(article, { ...articleSpoilerVerdict(article.reading, []), blurredKeys: plan.targets.map(() => 'bsent') });
    expect(new Set(told.targets.map((t) => t.key))).toEqual(new Set(['bsent']));
  });

  it('blurs once however often it runs, and skips what was revealed before', () => {
    const page = loadArticle(SEED_ARTICLE);
    const again = planArticleShield(read(page, SEED_URL));
    const first = shieldArticle(again);
    expect(shieldArticle(again)).toEqual(first);
    const revealedKey = again.targets[0]!.key;
    const fresh = planArticleShield(read(loadArticle(SEED_ARTICLE), SEED_URL));
    const blurred = shieldArticle(fresh, { revealed: new Set([revealedKey]) });
    expect(blurred).toEqual(fresh.targets.slice(1).map((t) => t.element));
  });
});

describe('the Heavy article with an inline "(spoiler alert)"', () => {
  const doc = loadArticle(HEAVY_ARTICLE);
  const targets = targetsOf(doc, 'https://heavy.com/entertainment/2019/11/the-end-of-the-fucking-world-cast-spoilers-schedule/');

  it.each([
    'Luckily, the show was renewed for a second season, so fans w',
    'Season 2 left fans with a major cliffhanger during the final',
    'Taking this into account, it’s difficult to know if Lawther wi',
  ])('blurs the spoiler paragraph %s…', (prefix) => {
    expect(targets).toContain(paragraphStartingWith(doc, prefix));
  });

  it.each(['The long-awaited season 2 premiere of The End of the F***ing', 'The first season was centered around a young man named James'])(
    'leaves the safe paragraph %s… readable',
    (prefix) => {
      expect(targets).not.toContain(paragraphStartingWith(doc, prefix));
    },
  );

  it('blurs the section heading after the warning', () => {
    expect(targets).toContain(doc.querySelector('h2'));
  });
});

describe('articles without a warning', () => {
  it('ignores "we won’t be revealing any spoilers" (Audiense)', () => {
    expect(targetsOf(loadSpoilerFixture('audiense-twin-peaks-opening.html'))).toEqual([]);
  });

  it('leaves the spoiler-free Daily Star article alone', () => {
    expect(targetsOf(loadArticle('dailystar-the-chase-bradley-walsh-2024-04.html'), 'https://www.dailystar.co.uk/tv/bradley-walsh-says-id-better-32646410')).toEqual([]);
  });
});

describe('built markup', () => {
  const page = (body: string, head = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

  it('stops at an end marker and resumes at a later warning', () => {
    const doc = page(
      `<article><p>${LONG}</p><h2>Spoilers</h2><p>The twist.</p><p>End of spoilers.</p><p>Safe again.</p><p>Major spoilers below.</p><ul><li>Second twist.</li></ul></article>`,
    );
    expect(targetsOf(doc).map((el) => el.textContent)).toEqual(['The twist.', 'Second twist.']);
  });

  it('blurs a figure’s image but not its caption, and never the headline', () => {
    const doc = page(
      `<article><p>${LONG}</p><p>This recap contains spoilers.</p><h1>Ballard recap</h1><figure><img src="finale.jpg"><figcaption>Ballard (Maggie Q) in the finale</figcaption></figure><blockquote><p>Quoted twist.</p></blockquote></article>`,
    );
    expect(targetsOf(doc)).toEqual([doc.querySelector('img'), doc.querySelector('blockquote p')]);
  });

  it('takes a text-only div as a block', () => {
    const doc = page(`<article><p>${LONG}</p><div>SPOILER ALERT</div><div>Olivas was the mole.</div></article>`);
    expect(targetsOf(doc).map((el) => el.textContent)).toEqual(['Olivas was the mole.']);
  });

  it('blurs a filed page from the top: the image, not its caption, and not the headline outside the body', () => {
    const doc = page(
      `<h1>Kim Tate found dead</h1><article><figure><img src="x.jpg"><figcaption>Kim</figcaption></figure><p>${LONG}</p></article>`,
      '<meta property="article:section" content="Soap Spoilers">',
    );
    const plan = planArticleShield(read(doc, 'https://www.example.co.uk/tv/kim-tate/'));
    expect(plan.spoilers?.form).toBe('filed');
    expect(plan.targets.map((t) => t.element)).toEqual([doc.querySelector('img'), doc.querySelector('article p')]);
  });

  it('blurs a picture between the headline and the first spoiler, with whitespace around it as real pages have', () => {
    const doc = loadArticle('whattowatch-eastenders-spoilers-sam-mitchell-2022.html');
    const plan = planArticleShield(read(doc, 'https://www.whattowatch.com/spoilers/eastenders-spoilers-sam-mitchell-flees-walford'));
    expect(plan.spoilers?.form).toBe('headline');
    expect(plan.targets.map((t) => t.element)).toEqual([doc.querySelector('img'), ...doc.querySelectorAll('article p')]);
  });

  it('never blurs the body itself or an element holding a readable block', () => {
    const doc = page(`<article><p>${LONG}</p><p>Spoilers ahead.</p>Olivas was the mole. <p>He dies.</p><figure><figcaption>Caption</figcaption></figure></article>`);
    const plan = planArticleShield(read(doc));
    expect(plan.spoilers?.blurred).toHaveLength(2); // the stray text is a block of the body itself
    expect(plan.targets.map((t) => t.element)).toEqual([doc.querySelectorAll('p')[2]]);
  });

  it('leaves an element alone that holds a caption, which must stay readable', () => {
    const doc = page(`<article><p>${LONG}</p><p>Spoilers ahead.</p><div>Olivas dies. <figure><img src="a.jpg"><figcaption>Olivas</figcaption></figure></div><p>He dies.</p></article>`);
    const targets = targetsOf(doc);
    expect(targets).not.toContain(doc.querySelector('div'));
    expect(targets).toContain(doc.querySelectorAll('article > p')[2]);
  });

  it('maps a 5,000-block article with a warning half way in, in time linear in its size', () => {
    const paragraphs = Array.from({ length: 5_000 }, (_, i) => `<p>Paragraph ${i} with <em>emphasis</em>.</p>`);
    paragraphs.splice(2_500, 0, '<p>Major spoilers below.</p>');
    const doc = page(`<article>${paragraphs.join('')}<figure><img src="end.jpg"><figcaption>End</figcaption></figure></article>`);
    const article = read(doc);
    const started = performance.now();
    const plan = planArticleShield(article);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(plan.targets).toHaveLength(2_501);
    expect(plan.targets.at(-1)?.element).toBe(doc.querySelector('img'));
  });
});

describe('a long article, blurred in slices', () => {
  const longArticle = () => {
    const paragraphs = Array.from({ length: 1_000 }, (_, i) => `<p>Paragraph ${i} of the recap.</p>`);
    return parseHtml(`<html><body><article><p>${LONG}</p><p>Major spoilers below.</p>${paragraphs.join('')}</article></body></html>`);
  };

  it('pauses between slices, so the page gets its turn, and ends as the one-go shield does', async () => {
    const doc = longArticle();
    const plan = planArticleShield(read(doc));
    let pauses = 0;
    const blurred = await shieldArticleInSlices(plan, {}, async () => void pauses++);
    expect(blurred).toHaveLength(1_000);
    expect(pauses).toBe(Math.floor(1_000 / SHIELD_SLICE));
    expect(blurred.every((el) => spoilerState(el) === 'blurred' && el.getAttribute('aria-label') === revealHint())).toBe(true);
  });

  it('stops after the slice in which a newer run took over, keeping what it did', async () => {
    const doc = longArticle();
    let current = true;
    const blurred = await shieldArticleInSlices(planArticleShield(read(doc)), {}, async () => void (current = false), () => current);
    expect(blurred).toHaveLength(SHIELD_SLICE);
    expect(doc.querySelectorAll('[data-greenlit-spoiler="blurred"]')).toHaveLength(SHIELD_SLICE);
  });
});

describe('protection for a watched show', () => {
  it('blurs the whole body as one group with a notice, one tab stop, and reveals it all from any block', () => {
    const doc = loadArticle(SEED_ARTICLE);
    const plan = planArticleShield(read(doc, SEED_URL), "Ballard: you're at S1E2 — this recap covers S1E5");
    expect(plan.notice).toContain('S1E5');
    const blurred = shieldArticle(plan);
    const paragraphs = [...doc.querySelectorAll('#article-body p')];
    expect(blurred).toEqual(expect.arrayContaining(paragraphs));
    expect(blurred.filter((el) => el.getAttribute('tabindex') === '0')).toEqual([blurred[0]]);
    revealElement(blurred.at(-1)!);
    expect(blurred.every((el) => spoilerState(el) === 'revealed')).toBe(true);
  });

  it('shows the article at once when it was revealed before', () => {
    const plan = planArticleShield(read(loadArticle(SEED_ARTICLE), SEED_URL), 'notice');
    expect(shieldArticle(plan, { revealed: new Set([WHOLE_ARTICLE_KEY]) })).toEqual([]);
  });
});
