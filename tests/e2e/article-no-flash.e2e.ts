// No flash on the seed article: in real Chromium, no animation frame (each one precedes a paint) shows a
// paragraph after the spoiler warning without a blur, from the first parsed byte until long after the
// article script has classified the page; and the paragraphs before the warning are never hidden.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows } from '../support/catalog';
import { startFakeWhenFree } from '../support/harness';
import type { FakeTvmaze } from '../support/fake-tvmaze';

const ARTICLE_URL = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const ARTICLE_FIXTURE = 'tests/fixtures/articles/techradar-ballard-season-2-2025-07.html';
const WARNING = 'Spoilers for Ballard season 1 finale ahead.';

interface Frame {
  at: number;
  /** Paragraphs after the warning on the page so far, and those of them painted without a blur. */
  spoilers: number;
  clearSpoilers: string[];
  /** Paragraphs before the warning painted blurred (the guard must keep the page readable). */
  hiddenSafe: string[];
  /** Whether the article script had classified anything yet. */
  classified: boolean;
}

/** Runs in the page before anything else; samples at every animation frame, i.e. before every paint. */
function recordFrames(args: { warning: string }) {
  const frames: Frame[] = [];
  const blurred = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement) if (getComputedStyle(node).filter.includes('blur(')) return true;
    return false;
  };
  const sample = () => {
    const paragraphs = [...document.querySelectorAll('#article-body > p')];
    const warning = paragraphs.findIndex((p) => (p.textContent ?? '').trim() === args.warning);
    const after = warning === -1 ? [] : paragraphs.slice(warning + 1);
    const before = warning === -1 ? paragraphs : paragraphs.slice(0, warning + 1);
    frames.push({
      at: performance.now(),
      spoilers: after.length,
      clearSpoilers: after.filter((p) => !blurred(p)).map((p) => (p.textContent ?? '').slice(0, 40)),
      hiddenSafe: before.filter(blurred).map((p) => (p.textContent ?? '').slice(0, 40)),
      classified: document.querySelector('[data-greenlit-spoiler]') !== null,
    });
    if (frames.length < 3000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  Object.assign(window, { greenlitFrames: frames });
}

let browser: ExtensionBrowser;
let fake: FakeTvmaze;
let page: Page;
let frames: Frame[];

beforeAll(async () => {
  fake = await startFakeWhenFree(loadFixtureShows());
  browser = await launchWithExtension();
  serveFixture(browser.context, ARTICLE_URL, ARTICLE_FIXTURE);
  page = await browser.context.newPage();
  await page.addInitScript(recordFrames, { warning: WARNING });
  await page.goto(ARTICLE_URL, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-greenlit-spoiler="blurred"]', { state: 'attached', timeout: 15_000 });
  // Well past the classification, so a late un-blur would be seen too.
  await page.waitForFunction(() => {
    const all = (window as unknown as { greenlitFrames: Frame[] }).greenlitFrames;
    const first = all.findIndex((f) => f.classified);
    return first !== -1 && all.length - first > 20;
  });
  frames = await page.evaluate(() => (window as unknown as { greenlitFrames: Frame[] }).greenlitFrames);
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('the TechRadar seed article, parsed and painted in real Chromium', () => {
  it('paints frames with the spoiler paragraphs present before the article script classified them', () => {
    // Only the document_start guard can be blurring them in these frames: the test would see a flash without it.
    const beforeClassified = frames.filter((f) => f.spoilers > 0 && !f.classified);
    console.log(`${frames.length} frames sampled, ${beforeClassified.length} with spoiler paragraphs painted before classification`);
    expect(beforeClassified.length).toBeGreaterThan(0);
  });

  it('never paints a spoiler paragraph unblurred', () => {
    const leaks = frames.filter((f) => f.clearSpoilers.length > 0);
    expect(leaks.slice(0, 3)).toEqual([]);
    expect(frames.at(-1)!.spoilers).toBe(5);
  });

  it('never hides the paragraphs up to and including the warning', () => {
    expect(frames.filter((f) => f.hiddenSafe.length > 0).slice(0, 3)).toEqual([]);
  });
});
