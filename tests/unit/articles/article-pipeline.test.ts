// The whole article path in one process: the page's reading, the worker's spotting and answers, and the
// content script's placement of badges, on real articles and hostile markup.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArticle } from '@/utils/articles/read-article';
import { findArticleBody } from '@/utils/articles/article-root';
import { MAX_STRANGERS } from '@/utils/articles/spot/spot-article';
import { spotAndAnswer, type ArticlePlacement, type ArticleSpotterDeps } from '@/utils/articles/spot/article-spotter';
import { isConfidentMatch } from '@/utils/lookup/matching';
import { ArticleBadges } from '@/utils/page/article-badges';
import type { BadgeRequest } from '@/utils/page/contract';
import type { LookupResult, Show } from '@/utils/shows/show';
import { sameShow } from '@/utils/shows/show-ref';
import type { RenewalStatus } from '@/utils/shows/status';
import { TitleIndex } from '@/utils/title-index/title-index';
import { parseHtml } from '../../support/dom';
import { aShow } from '../../support/shows';
import { DAILY_STAR_ARTICLE, SEED_ARTICLE, loadArticle } from '../../support/fixtures';

const MARKER = '[data-test-marker]';

const summary = (id: number, name: string, status: RenewalStatus) => aShow(id, name, { status });
const BALLARD = summary(67084, 'Ballard', 'awaiting');
const BOSCH_LEGACY = summary(60125, 'Bosch: Legacy', 'ended');
const BOSCH = summary(1, 'Bosch', 'ended');
const THE_CHASE = summary(2710, 'The Chase', 'airing');

/**
 * Runs the article path with a lookup that confirms `shows` (confident matches only) and an index of
 * `known`; badges are plain marker elements, as the real host would be placed. Resolves when every
 * lookup has answered.
 */
async function annotate(doc: Document, shows: Show[], known: Show[] = []) {
  const asked: string[] = [];
  let open = 0;
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const track = async <T>(work: Promise<T>) => {
    open++;
    try {
      return await work;
    } finally {
      if (--open === 0) queueMicrotask(() => open === 0 && settle());
    }
  };
  const lookups: ArticleSpotterDeps['lookups'] = {
    cachedShow: async () => null,
    candidates: (title) => track(Promise.resolve(shows.filter((s) => isConfidentMatch(title, s)).map((s) => ({ ref: s.ref, name: s.name, channels: s.network ? [s.network] : [], premieredYear: s.premieredYear, weight: 50 })))),
    showByRef: (ref) => track(Promise.resolve(shows.find((s) => sameShow(s.ref, ref)) ?? null)),
    lookupMany: (queries) =>
      track(
        Promise.resolve(
          queries.map((q): LookupResult => {
            asked.push(q.title);
            const found = shows.find((s) => isConfidentMatch(q.title, s)) ?? null;
            return { title: q.title, status: found?.status ?? 'unknown', show: found, checkedAt: 1, stale: false };
          }),
        ),
      ),
  };
  const read = readArticle(doc, 'https://news.example/tv/story');
  if (!read) return { asked, badges: 0 };
  const mount = async (request: BadgeRequest) => {
    const host = doc.createElement('span');
    host.setAttribute('data-test-marker', request.title);
    host.setAttribute('data-greenlit-badge', '');
    request.insert(host);
    return { update: (result: LookupResult | null) => host.setAttribute('data-status', result?.status ?? ''), remove: () => host.remove() };
  };
  const badges = new ArticleBadges(read, mount);
  const pushed: Array<Promise<unknown>> = [];
  const index = new TitleIndex(known.map((s) => ({ ref: s.ref, name: s.name, akas: [], premieredYear: null, channel: null, type: null, weight: 50, status: s.status, asOf: '2026-01-01' })));
  const reply = await spotAndAnswer(read.reading, 'news.example', {
    index: async () => index,
    lookups,
    push: async (placements: ArticlePlacement[]) => void pushed.push(badges.place(placements)),
  });
  await badges.place(reply.placements);
  if (reply.pending) await settled;
  await Promise.all(pushed);
  return { asked, badges: doc.querySelectorAll(MARKER).length };
}

function textBefore(marker: Element, length = 40): string {
  let text = '';
  for (let node = marker.previousSibling; node && text.length < length; node = node.previousSibling) text = (node.textContent ?? '') + text;
  return text.slice(-length);
}

function textWithoutMarkers(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const marker of copy.querySelectorAll(MARKER)) marker.remove();
  return copy.textContent ?? '';
}

describe('the seed article (TechRadar, Ballard season 2)', () => {
  it('badges the first mention of Ballard and Bosch: Legacy, and Bosch once, leaving the text as it was', async () => {
    const doc = loadArticle(SEED_ARTICLE);
    const body = findArticleBody(doc)!;
    const before = body.textContent;
    await annotate(doc, [BALLARD, BOSCH_LEGACY], [BOSCH]);
    const markers = [...doc.querySelectorAll(MARKER)];
    const titles = markers.map((m) => m.getAttribute('data-test-marker'));
    expect(titles).toEqual(expect.arrayContaining(['Ballard', 'Bosch: Legacy']));
    expect(titles.filter((t) => t === 'Ballard')).toHaveLength(1);
    const legacy = markers.find((m) => m.getAttribute('data-test-marker') === 'Bosch: Legacy')!;
    expect(textBefore(legacy)).toMatch(/Bosch: Legacy$/);
    for (const notShow of ['Renée Ballard', 'Maggie Q', 'Prime Video', 'Rotten Tomatoes', 'The Hollywood Reporter', 'post-Ballard']) {
      expect(markers.filter((m) => textBefore(m).endsWith(notShow))).toEqual([]);
    }
    expect(textWithoutMarkers(body)).toBe(before);
  });
});

describe('links and headlines', () => {
  const filler = 'The detective drama follows a cold case unit in Los Angeles, and critics have been kind to it so far. '.repeat(3);

  it('a mention inside a link gets its badge after the link, never inside', async () => {
    const doc = parseHtml(
      `<html><body><article id="story"><p>Prime Video has yet to renew <a href="https://example.com/tv/ballard">Ballard</a> for season 2. ${filler}</p></article></body></html>`,
    );
    const before = doc.getElementById('story')!.textContent;
    await annotate(doc, [BALLARD]);
    const link = doc.querySelector('a')!;
    expect(link.querySelector(MARKER)).toBeNull();
    expect(link.nextElementSibling?.matches(MARKER)).toBe(true);
    expect(textWithoutMarkers(doc.getElementById('story')!)).toBe(before);
  });

  it('the Daily Star article: The Chase in the headline and after its link in the body', async () => {
    const doc = loadArticle(DAILY_STAR_ARTICLE);
    const h1 = doc.querySelector('h1')!;
    const headline = h1.textContent;
    await annotate(doc, [THE_CHASE], [THE_CHASE]);
    expect(textBefore(h1.querySelector(MARKER)!)).toMatch(/as The Chase$/);
    expect(textWithoutMarkers(h1)).toBe(headline);
    const firstLink = findArticleBody(doc)!.querySelector('a')!;
    expect(firstLink.textContent).toBe('The Chase');
    expect(firstLink.nextElementSibling?.matches(MARKER)).toBe(true);
  });

  it('badges pushed later land right even after earlier badges split the same text', async () => {
    const doc = parseHtml(`<html><body><article><p>Ballard season 2, Dietland season 3 and Severance season 4 are coming. ${filler}</p></article></body></html>`);
    await annotate(doc, [BALLARD, summary(5, 'Dietland', 'cancelled'), summary(6, 'Severance', 'renewed')], [BALLARD]);
    const before = [...doc.querySelectorAll(MARKER)].map((m) => [m.getAttribute('data-test-marker'), textBefore(m, 12)]);
    expect(before).toEqual([['Ballard', 'Ballard'], ['Dietland', ' 2, Dietland'], ['Severance', 'nd Severance']]);
  });
});

describe('hostile pages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('markup written as text stays text: no element, no script, no handler runs', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const hostile = '&lt;img src=x onerror=alert(1)&gt;';
    const doc = parseHtml(
      `<html><head><title>${hostile} Ballard season 2</title></head><body><h1>${hostile} Ballard season 2</h1><article id="story">` +
        `<p>${hostile} Ballard season 2 is "${hostile}" and the series "&lt;script&gt;alert(1)&lt;/script&gt;" too. ${'Filler words for the body. '.repeat(10)}</p>` +
        `<p><em>${hostile}</em> <i>&lt;b&gt;Bold&lt;/b&gt;</i></p></article></body></html>`,
    );
    const { asked } = await annotate(doc, [BALLARD]);
    expect(doc.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(doc.querySelector('h1')!.textContent).toContain('<img src=x onerror=alert(1)> Ballard');
    expect(alert).not.toHaveBeenCalled();
    for (const title of asked) expect(title).not.toMatch(/[<>]/);
  });

  it.each([
    ['one repeated capitalised word', 'Ballard '.repeat(1_250)],
    ['title-like words with connectors', 'Night of the Living Dead and '.repeat(345)],
    ['a run of connectors after one capital', `A ${'of the '.repeat(1_430)}`],
    ['one 10,000-char word', 'B'.repeat(10_000)],
    ['quotes and possessives', '“Ballard’s Season’s “The '.repeat(400)],
  ])('a 10,000-char paragraph of %s: bounded lookups, at most one badge', async (_label, text) => {
    const doc = parseHtml(`<html><body><article><p>${text.slice(0, 10_000)} season 2</p></article></body></html>`);
    const { asked, badges } = await annotate(doc, [BALLARD]);
    expect(asked.length).toBeLessThanOrEqual(MAX_STRANGERS);
    expect(badges).toBeLessThanOrEqual(1);
  });

  it('5,000 paragraphs each naming a show: at most MAX_STRANGERS lookups, in page order', async () => {
    const paragraphs = Array.from({ length: 5_000 }, (_, i) => `<p>Show Number ${i} season 2 is confirmed.</p>`).join('');
    const doc = parseHtml(`<html><body><article>${paragraphs}</article></body></html>`);
    const { asked, badges } = await annotate(doc, [summary(7, 'Show Number 7', 'renewed')]);
    expect(asked.length).toBeLessThanOrEqual(MAX_STRANGERS);
    expect(asked.slice(0, 3)).toEqual(['Show Number 0', 'Show Number 1', 'Show Number 2']);
    expect(badges).toBe(1);
  });

  it('a page without an article body: nothing read, nothing looked up', async () => {
    const doc = parseHtml('<html><body><nav><p>Ballard season 2</p></nav></body></html>');
    expect(await annotate(doc, [BALLARD])).toEqual({ asked: [], badges: 0 });
  });
});
