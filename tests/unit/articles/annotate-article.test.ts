import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotateArticle, type ArticleDeps, type ArticleBadgeRequest as BadgeRequest } from '@/utils/articles/annotate-article';
import { findArticleBody } from '@/utils/articles/article-root';
import { MAX_CANDIDATES } from '@/utils/articles/article-scan';
import { isConfidentMatch } from '@/utils/lookup/matching';
import type { LookupResult, Show } from '@/utils/shows/show';
import type { RenewalStatus } from '@/utils/shows/status';
import { parseHtml } from '../../support/dom';
import { DAILY_STAR_ARTICLE, SEED_ARTICLE, loadArticle } from '../../support/fixtures';
import { tvmazeRef } from '@/utils/shows/show-ref';

const MARKER = '[data-test-marker]';

const show = (id: number, name: string, status: RenewalStatus): Show => ({
  ref: tvmazeRef(id),
  name,
  url: `https://www.tvmaze.com/shows/${id}`,
  network: null,
  premieredYear: null,
  endedYear: null,
  sourceStatus: null,
  status,
  nextEpisode: null,
  nextSeason: null,
  imdbId: null,
});

const BALLARD = show(67084, 'Ballard', 'awaiting');
const BOSCH_LEGACY = show(60125, 'Bosch: Legacy', 'ended');
const BOSCH = show(1, 'Bosch', 'ended');
const THE_CHASE = show(2710, 'The Chase', 'airing');

/**
 * A lookup that confirms the given shows (confident matches only) and calls everything else not a show,
 * and a mountBadge that inserts a visible marker element, as the real badge host would be.
 */
function fakeDeps(doc: Document, shows: Show[]) {
  const batches: string[][] = [];
  const mounted: BadgeRequest[] = [];
  const deps: ArticleDeps = {
    async lookup(titles) {
      batches.push(titles);
      return titles.map((title): LookupResult => {
        const found = shows.find((s) => isConfidentMatch(title, s)) ?? null;
        return { title, status: found?.status ?? 'unknown', show: found, checkedAt: 1, stale: false };
      });
    },
    async mountBadge(request) {
      mounted.push(request);
      const host = doc.createElement('span');
      host.setAttribute('data-test-marker', request.title);
      host.setAttribute('data-greenlit-badge', '');
      if (request.result.show) host.setAttribute('data-greenlit-show-id', `tvmaze:${request.result.show.ref.id}`);
      host.textContent = `[${request.result.status}]`;
      request.insert(host);
    },
  };
  return { deps, batches, mounted };
}

/** The text right before a marker, within its parent. */
function textBefore(marker: Element, length = 40): string {
  let text = '';
  for (let node = marker.previousSibling; node && text.length < length; node = node.previousSibling) text = (node.textContent ?? '') + text;
  return text.slice(-length);
}

function textAfter(marker: Element, length = 20): string {
  let text = '';
  for (let node = marker.nextSibling; node && text.length < length; node = node.nextSibling) text += node.textContent ?? '';
  return text.slice(0, length);
}

/** textContent without the markers. */
function textWithoutMarkers(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const marker of copy.querySelectorAll(MARKER)) marker.remove();
  return copy.textContent ?? '';
}

describe('annotateArticle on the seed article (TechRadar, Ballard season 2)', () => {
  async function annotateSeed() {
    const doc = loadArticle(SEED_ARTICLE);
    const body = findArticleBody(doc)!;
    const before = body.textContent;
    const fake = fakeDeps(doc, [BALLARD, BOSCH_LEGACY, BOSCH]);
    const added = await annotateArticle(doc, fake.deps);
    return { doc, body, before, added, ...fake, markers: [...doc.querySelectorAll(MARKER)] };
  }

  it('asks once, with every candidate in one batch', async () => {
    const { batches } = await annotateSeed();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toContain('Ballard');
    expect(batches[0]!.length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it('badges the first mention of Ballard, Bosch: Legacy and Bosch, once each', async () => {
    const { added, markers, mounted } = await annotateSeed();
    expect(added).toBe(3);
    expect(markers.map((m) => m.getAttribute('data-test-marker'))).toEqual(['Ballard', 'Bosch: Legacy', 'Bosch']);
    expect(mounted.every((r) => r.placement === 'inline')).toBe(true);
    expect(mounted.map((r) => [r.title, r.result.show?.ref.id, r.result.title]).sort()).toEqual([
      ['Ballard', 67084, 'Ballard'],
      ['Bosch', 1, 'Bosch'],
      ['Bosch: Legacy', 60125, 'Bosch: Legacy'],
    ]);
  });

  it('puts exactly one marker after "Ballard" in the first paragraph', async () => {
    const { body, markers } = await annotateSeed();
    const firstParagraph = body.querySelector('p')!;
    const inFirst = [...firstParagraph.querySelectorAll(MARKER)];
    expect(inFirst.map((m) => m.getAttribute('data-test-marker'))).toEqual(['Ballard', 'Bosch: Legacy']);
    const ballard = markers[0]!;
    expect(textBefore(ballard)).toMatch(/confirming Ballard$/);
    expect(textAfter(ballard)).toMatch(/^ season 2\. The Bosch/);
  });

  it('puts one marker after "Bosch: Legacy", none inside it', async () => {
    const { markers } = await annotateSeed();
    expect(textBefore(markers[1]!)).toMatch(/The Bosch: Legacy$/);
    expect(textAfter(markers[1]!)).toMatch(/^ spinoff has had/);
    expect(textBefore(markers[2]!)).toMatch(/strongest Bosch$/);
  });

  it.each(['Renée Ballard', 'Maggie Q', 'Prime Video', 'Rotten Tomatoes', 'The Hollywood Reporter', 'post-Ballard'])(
    'puts no marker after %j',
    async (name) => {
      const { markers } = await annotateSeed();
      for (const marker of markers) expect(textBefore(marker)).not.toMatch(new RegExp(`${name}$`));
    },
  );

  it("leaves the article's text unchanged", async () => {
    const { body, before } = await annotateSeed();
    expect(textWithoutMarkers(body)).toBe(before);
  });

  it('adds nothing when run again', async () => {
    const { doc, body, before } = await annotateSeed();
    const again = fakeDeps(doc, [BALLARD, BOSCH_LEGACY, BOSCH]);
    expect(await annotateArticle(doc, again.deps)).toBe(0);
    expect(again.mounted).toEqual([]);
    expect(doc.querySelectorAll(MARKER)).toHaveLength(3);
    expect(textWithoutMarkers(body)).toBe(before);
  });

  it('adds nothing when no candidate is a show', async () => {
    const doc = loadArticle(SEED_ARTICLE);
    const fake = fakeDeps(doc, []);
    expect(await annotateArticle(doc, fake.deps)).toBe(0);
    expect(fake.mounted).toEqual([]);
  });
});

describe('annotateArticle: links and headlines', () => {
  const filler = 'The detective drama follows a cold case unit in Los Angeles, and critics have been kind to it so far. '.repeat(3);

  it('a mention inside a link gets its marker after the link, not inside', async () => {
    const doc = parseHtml(
      `<html><body><article id="story"><p>Prime Video has yet to renew <a href="https://example.com/tv/ballard">Ballard</a> for season 2. ${filler}</p></article></body></html>`,
    );
    const before = doc.getElementById('story')!.textContent;
    const fake = fakeDeps(doc, [BALLARD]);
    expect(await annotateArticle(doc, fake.deps)).toBe(1);
    const link = doc.querySelector('a')!;
    expect(link.querySelector(MARKER)).toBeNull();
    expect(link.textContent).toBe('Ballard');
    expect(link.nextElementSibling?.matches(MARKER)).toBe(true);
    expect(textWithoutMarkers(doc.getElementById('story')!)).toBe(before);
  });

  it('the Daily Star article: The Chase in the headline and after its link in the body', async () => {
    const doc = loadArticle(DAILY_STAR_ARTICLE);
    const h1 = doc.querySelector('h1')!;
    const headline = h1.textContent;
    const fake = fakeDeps(doc, [THE_CHASE]);
    expect(await annotateArticle(doc, fake.deps)).toBe(2);

    const inHeadline = h1.querySelector(MARKER)!;
    expect(textBefore(inHeadline)).toMatch(/as The Chase$/);
    expect(textWithoutMarkers(h1)).toBe(headline);

    const firstLink = findArticleBody(doc)!.querySelector('a')!;
    expect(firstLink.textContent).toBe('The Chase');
    expect(firstLink.nextElementSibling?.matches(MARKER)).toBe(true);
    expect(firstLink.querySelector(MARKER)).toBeNull();
  });
});

describe('annotateArticle on hostile pages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('markup written as text stays text: no element, no script, no handler runs', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const hostile = '&lt;img src=x onerror=alert(1)&gt;';
    const doc = parseHtml(
      `<html><head><title>${hostile} Ballard season 2</title></head><body>` +
        `<h1>${hostile} Ballard season 2</h1><article id="story">` +
        `<p>${hostile} Ballard season 2 is "${hostile}" and the series "&lt;script&gt;alert(1)&lt;/script&gt;" too. ${'Filler words for the body. '.repeat(10)}</p>` +
        `<p><em>${hostile}</em> <i>&lt;b&gt;Bold&lt;/b&gt;</i></p></article></body></html>`,
    );
    const fake = fakeDeps(doc, [BALLARD]);
    await expect(annotateArticle(doc, fake.deps)).resolves.toBe(2);
    expect(doc.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(doc.querySelector('h1')!.textContent).toContain('<img src=x onerror=alert(1)> Ballard');
    expect(alert).not.toHaveBeenCalled();
    for (const title of fake.batches.flat()) expect(title).not.toMatch(/[<>]/);
  });

  it.each([
    ['one repeated capitalised word', 'Ballard '.repeat(1_250)],
    ['title-like words with connectors', 'Night of the Living Dead and '.repeat(345)],
    ['a run of connectors after one capital', `A ${'of the '.repeat(1_430)}`],
    ['one 10,000-char word', 'B'.repeat(10_000)],
    ['quotes and possessives', '“Ballard’s Season’s “The '.repeat(400)],
  ])('a 10,000-char paragraph of %s: no throw, bounded candidates, quick', async (_label, text) => {
    const doc = parseHtml(`<html><body><article><p>${text.slice(0, 10_000)} season 2</p></article></body></html>`);
    const fake = fakeDeps(doc, [BALLARD]);
    const started = performance.now();
    await annotateArticle(doc, fake.deps);
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const batch of fake.batches) expect(batch.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(doc.querySelectorAll(MARKER).length).toBeLessThanOrEqual(1);
  });

  it('a 30,000-char unbroken word (a pasted hash or data blob) is scanned in linear time, not quadratic', async () => {
    const doc = parseHtml(`<html><body><article><p>${'B'.repeat(30_000)} season 2</p><p>${'Filler words. '.repeat(20)}</p></article></body></html>`);
    const fake = fakeDeps(doc, [BALLARD]);
    const started = performance.now();
    await annotateArticle(doc, fake.deps);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('5,000 paragraphs each naming a show: no throw, at most MAX_CANDIDATES looked up', async () => {
    const paragraphs = Array.from({ length: 5_000 }, (_, i) => `<p>Show Number ${i} season 2 is confirmed.</p>`).join('');
    const doc = parseHtml(`<html><body><article>${paragraphs}</article></body></html>`);
    const fake = fakeDeps(doc, [BALLARD, show(7, 'Show Number 7', 'renewed')]);
    const started = performance.now();
    expect(await annotateArticle(doc, fake.deps)).toBe(1);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(fake.batches).toHaveLength(1);
    expect(fake.batches[0]!.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(fake.batches[0]!.slice(0, 3)).toEqual(['Show Number 0', 'Show Number 1', 'Show Number 2']);
  });

  it('a page without an article body: nothing looked up', async () => {
    const doc = parseHtml('<html><body><nav><p>Ballard season 2</p></nav></body></html>');
    const fake = fakeDeps(doc, [BALLARD]);
    expect(await annotateArticle(doc, fake.deps)).toBe(0);
    expect(fake.batches).toEqual([]);
  });
});
