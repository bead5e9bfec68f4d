// Every warning form, each on a saved page of real sentences at its real address, in real Chromium:
// the shield blurs from the right block on, keeps what comes before (headline, warning, captions)
// readable, and a settings change (blur strength) reaches the blurred blocks without a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows } from '../support/catalog';
import type { FakeTvmaze } from '../support/fake-tvmaze';
import { startFakeWhenFree } from '../support/harness';

interface FormPage {
  form: string;
  url: string;
  fixture: string;
  /** The first text block to blur, by its opening words; everything before it stays readable. */
  firstBlurred: string;
}

const FORMS: FormPage[] = [
  {
    form: 'a warning line announcing the article (Den of Geek)',
    url: 'https://www.denofgeek.com/tv/succession-romans-words-about-kendalls-kids-bring-new-meaning-to-his-ceo-obsession/',
    fixture: 'denofgeek-succession-finale-roman-kendall-2023-05.html',
    firstBlurred: 'Succession’s harrowing four-season run',
  },
  {
    form: 'a stop-reading directive (Variety)',
    url: 'https://variety.com/2018/tv/news/walking-dead-recap-season-8-finale-recap-1202752214/',
    fixture: 'variety-walking-dead-season-8-finale-recap-2018-04.html',
    firstBlurred: '“The Walking Dead” closed out its eighth season',
  },
  {
    form: 'an inline “(spoiler alert)” inside a paragraph (Heavy)',
    url: 'https://heavy.com/entertainment/2019/11/the-end-of-the-fucking-world-cast-spoilers-schedule/',
    fixture: 'heavy-end-of-the-f-ing-world-season-2-2019-11.html',
    firstBlurred: 'Luckily, the show was renewed for a second season',
  },
  {
    form: 'a headline that is the warning (The Scottish Sun)',
    url: 'https://www.thescottishsun.co.uk/tv/7276102/emmerdale-spoilers-kim-tate-death-will-taylor/',
    fixture: 'thescottishsun-emmerdale-spoilers-kim-tate-will-taylor-2021.html',
    firstBlurred: 'KIM Tate is found dead next week',
  },
  {
    form: 'a page the site files under /spoilers/ (What to Watch)',
    url: 'https://www.whattowatch.com/spoilers/eastenders-spoilers-sam-mitchell-flees-walford',
    fixture: 'whattowatch-eastenders-spoilers-sam-mitchell-2022.html',
    firstBlurred: 'Sam Mitchell is ready to cut her losses',
  },
];

interface Block {
  tag: string;
  text: string;
  blurred: boolean;
  filter: string;
}

/** The article's blocks in order: text blocks, captions and pictures, with whether each paints blurred. */
function readBlocks(page: Page): Promise<Block[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('article :is(p, li, h1, h2, h3, figcaption, img)')].map((el) => ({
      tag: el.tagName,
      text: (el.textContent ?? '').trim(),
      blurred: el.getAttribute('data-greenlit-spoiler') === 'blurred',
      filter: getComputedStyle(el).filter,
    })),
  );
}

let browser: ExtensionBrowser;
let fake: FakeTvmaze;

beforeAll(async () => {
  fake = await startFakeWhenFree(loadFixtureShows());
  browser = await launchWithExtension();
  for (const page of FORMS) serveFixture(browser.context, page.url, `tests/fixtures/articles/${page.fixture}`);
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe.each(FORMS)('$form', ({ url, firstBlurred }) => {
  let page: Page;
  let blocks: Block[];

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-greenlit-spoiler="blurred"]', { state: 'attached', timeout: 15_000 });
    blocks = await readBlocks(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('blurs from the right block to the end of the body', () => {
    const first = blocks.findIndex((b) => b.text.startsWith(firstBlurred));
    expect(first, 'first spoiler block not found').toBeGreaterThanOrEqual(0);
    for (const block of blocks.slice(first)) {
      if (block.tag === 'FIGCAPTION') continue;
      expect(block.blurred, block.text.slice(0, 50)).toBe(true);
      expect(block.filter, block.text.slice(0, 50)).toContain('blur(');
    }
  });

  it('keeps everything before it readable, and the headline and captions always', () => {
    const first = blocks.findIndex((b) => b.text.startsWith(firstBlurred));
    const beforeIt = blocks.slice(0, first).filter((b) => b.tag !== 'IMG');
    for (const block of [...beforeIt, ...blocks.filter((b) => b.tag === 'H1' || b.tag === 'FIGCAPTION')]) {
      expect(block.filter, block.text.slice(0, 50)).not.toContain('blur(');
    }
  });

  it('blurs a picture in the spoiler section but not its caption', () => {
    const pictures = blocks.filter((b) => b.tag === 'IMG');
    for (const picture of pictures) expect(picture.filter).toContain('blur(');
  });
});

describe('a settings change on an open article', () => {
  it('applies the new blur strength to the blurred blocks without a reload', async () => {
    const { url } = FORMS[3]!;
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-greenlit-spoiler="blurred"]', { timeout: 15_000 });
    await page.evaluate(() => Object.assign(window, { greenlitSamePage: true }));
    await browser.serviceWorker.evaluate(async () => {
      type Local = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      const { settings } = (await local.get('settings')) as { settings?: Record<string, unknown> };
      await local.set({ settings: { ...(settings ?? {}), blurStrength: 14 } });
    });
    const filters = () => page.locator('[data-greenlit-spoiler="blurred"]').evaluateAll((els) => els.map((el) => getComputedStyle(el).filter));
    await expect.poll(async () => [...new Set(await filters())], { timeout: 5000 }).toEqual(['blur(14px)']);
    expect(await page.evaluate(() => 'greenlitSamePage' in window)).toBe(true);
    await page.close();
  });
});
