import { observeTitles } from '@/utils/page/observe';
import { SiteAnnotator, type SiteBadge } from '@/utils/page/site-annotator';
import type { BadgeRequest as SiteBadgeRequest } from '@/utils/page/contract';
import { queryKey, type TitleQuery } from '@/utils/shows/title-query';
import { MAX_TITLES_PER_BATCH } from '@/utils/messaging/protocol';
import type { LookupResult } from '@/utils/shows/show';
import type { SiteAdapter } from '@/utils/sites/site-adapter';

/** Every `.card[data-title]` is a series; the badge goes first in the card. */
const adapter: SiteAdapter = {
  id: 'test',
  name: 'Test',
  matches: ['https://example.test/*'],
  watchSelector: '.card',
  findTitles: (root) =>
    [...root.querySelectorAll('.card[data-title]')].map((anchor) => ({
      title: anchor.getAttribute('data-title')!.replace(/ - Season \d+$/, ''),
      rawTitle: anchor.getAttribute('data-title')!,
      anchor,
      placement: 'tile' as const,
    })),
};

function setup() {
  const messages: TitleQuery[][] = [];
  const badges: Array<{ request: SiteBadgeRequest; results: Array<LookupResult | null>; titles: string[]; removed: boolean }> = [];
  const annotator = new SiteAnnotator(adapter, {
    async lookup(queries) {
      messages.push(queries);
      return queries.map((q) => ({ title: q.title, status: 'ended', show: null, checkedAt: 1, stale: false }));
    },
    async mountBadge(request) {
      const record = { request, results: [] as Array<LookupResult | null>, titles: [request.title], removed: false };
      badges.push(record);
      const host = document.createElement('greenlit-badge');
      request.insert(host);
      const badge: SiteBadge = {
        update(result, title) {
          record.results.push(result);
          if (title) record.titles.push(title);
        },
        remove() {
          record.removed = true;
          host.remove();
        },
      };
      return badge;
    },
  });
  return { annotator, messages, badges };
}

function addCards(titles: string[]): HTMLElement[] {
  return titles.map((title) => {
    const card = document.createElement('article');
    card.className = 'card';
    card.setAttribute('data-title', title);
    document.body.append(card);
    return card;
  });
}

beforeEach(() => document.body.replaceChildren());

describe('SiteAnnotator', () => {
  it('badges every card and looks each distinct title up once, in one message', async () => {
    const { annotator, messages, badges } = setup();
    addCards(['Fallout - Season 1', 'Fallout - Season 2', 'Cross - Season 1', 'Fallout - Season 1']);
    await annotator.scan(document, new URL('https://example.test/'));
    expect(badges).toHaveLength(4);
    expect(messages).toEqual([[{ title: 'Fallout' }, { title: 'Cross' }]]);
    expect(badges.every((b) => b.results.at(-1)?.status === 'ended')).toBe(true);
  });

  it('splits more distinct titles than a message may carry into several messages', async () => {
    const { annotator, messages, badges } = setup();
    addCards(Array.from({ length: MAX_TITLES_PER_BATCH + 100 }, (_, i) => `Show ${i}`));
    await annotator.scan(document, new URL('https://example.test/'));
    expect(messages.map((m) => m.length)).toEqual([MAX_TITLES_PER_BATCH, 100]);
    expect(badges.every((b) => b.results.at(-1)?.status === 'ended')).toBe(true);
  });

  it('does nothing on a rescan of an unchanged page', async () => {
    const { annotator, messages } = setup();
    addCards(['Fallout - Season 1']);
    await annotator.scan(document, new URL('https://example.test/'));
    expect(await annotator.scan(document, new URL('https://example.test/'))).toBe(0);
    expect(messages).toHaveLength(1);
  });

  it('updates the badge of a card recycled for another title instead of adding one', async () => {
    const { annotator, badges } = setup();
    const [card] = addCards(['Fallout - Season 1']);
    await annotator.scan(document, new URL('https://example.test/'));
    card!.setAttribute('data-title', 'Cross - Season 1');
    await annotator.scan(document, new URL('https://example.test/'));
    expect(badges).toHaveLength(1);
    expect(badges[0]!.titles).toEqual(['Fallout', 'Fallout', 'Cross', 'Cross']);
  });

  it('names the badge by the cleaned title, and keeps it when the card only moves to another season', async () => {
    const { annotator, messages, badges } = setup();
    const [card] = addCards(['Reacher - Season 2']);
    await annotator.scan(document, new URL('https://example.test/'));
    expect(badges.map((b) => b.request.title)).toEqual(['Reacher']);
    card!.setAttribute('data-title', 'Reacher - Season 3');
    expect(await annotator.scan(document, new URL('https://example.test/'))).toBe(0);
    expect(messages).toEqual([[{ title: 'Reacher' }]]);
    expect(badges[0]!.titles).toEqual(['Reacher', 'Reacher']);
  });

  it('lets go of badges whose cards left the page', async () => {
    const { annotator, badges } = setup();
    const cards = addCards(['A', 'B']);
    await annotator.scan(document, new URL('https://example.test/'));
    cards[0]!.remove();
    await annotator.scan(document, new URL('https://example.test/'));
    await Promise.resolve();
    expect(badges.map((b) => b.removed)).toEqual([true, false]);
  });
});

describe('SiteAnnotator.refresh', () => {
  it('gives every badge of a title the fresher answer the worker pushes, and no other badge', async () => {
    const { annotator, badges } = setup();
    addCards(['Reacher - Season 2', 'Reacher - Season 2', 'Fallout']);
    await annotator.scan(document, new URL('https://example.test/'));
    const fresh: LookupResult = { title: 'Reacher', status: 'renewed', show: null, checkedAt: 2, stale: false };
    annotator.refresh(queryKey({ title: 'Reacher' }), fresh);
    await Promise.resolve();
    expect(badges.map((b) => b.results.at(-1)?.status)).toEqual(['renewed', 'renewed', 'ended']);
  });
});

describe('observeTitles', () => {
  it('reports added cards once per frame, and ignores its own badges and unrelated nodes', async () => {
    const frames: Array<() => void> = [];
    const onChange = vi.fn();
    const observer = observeTitles(document.body, '.card', onChange, (run) => frames.push(run));
    document.body.append(document.createElement('p'));
    const badge = document.createElement('greenlit-badge');
    badge.setAttribute('data-greenlit-badge', '');
    document.body.append(badge);
    await Promise.resolve();
    expect(frames).toHaveLength(0);
    addCards(['A', 'B', 'C']);
    await Promise.resolve();
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(onChange).toHaveBeenCalledTimes(1);
    observer.disconnect();
  });
});

describe('SiteAnnotator: a push that overtakes the answer it corrects', () => {
  it('keeps the real answer, not the index’s provisional one', async () => {
    let push: (() => void) | undefined;
    const provisional: LookupResult = { title: 'Homeland', status: 'ended', show: null, checkedAt: null, stale: true, asOf: '2026-01-01' };
    const real: LookupResult = { title: 'Homeland', status: 'unknown', show: null, checkedAt: 5, stale: false };
    const seen: Array<LookupResult | null> = [];
    const annotator = new SiteAnnotator(adapter, {
      async lookup(queries) {
        // The worker pushes the real answer before its provisional reply is handled.
        push = () => annotator.refresh(queryKey(queries[0]!), real);
        push();
        return [provisional];
      },
      async mountBadge(request) {
        request.insert(document.createElement('greenlit-badge'));
        return { update: (result) => void seen.push(result), remove: () => {} };
      },
    });
    addCards(['Homeland']);
    await annotator.scan(document, new URL('https://example.test/'));
    expect(seen.at(-1)).toEqual(real);
  });
});
