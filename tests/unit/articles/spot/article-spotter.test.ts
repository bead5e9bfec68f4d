import { describe, expect, it } from 'vitest';
import { spotAndAnswer, type ArticlePlacement, type ArticleSpotterDeps } from '@/utils/articles/spot/article-spotter';
import type { Show } from '@/utils/shows/show';
import type { SourceCandidate } from '@/utils/sources/show-source';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { TitleIndex } from '@/utils/title-index/title-index';
import { reading, show } from './spot-support';
import { aShow, found } from '../../../support/shows';

const greys = show("Grey's Anatomy", { status: 'renewed', asOf: '2026-02-01' });
const summary = (id: number, name: string, status: Show['status'] = 'airing') => aShow(id, name, { status });
const notAShow = (title: string) => found(title, null);

/** A lookup service that answers when the test says so, and records the order of the calls. */
function fakeLookups(strangers: Record<string, Show | null>, known: Record<number, Show>, searches: Record<string, SourceCandidate[]> = {}) {
  const calls: string[] = [];
  const gates: Array<() => void> = [];
  const callWaiters: Array<() => void> = [];
  let released = false;
  const held = () => {
    callWaiters.splice(0).forEach((wake) => wake());
    return released ? Promise.resolve() : new Promise<void>((resolve) => gates.push(resolve));
  };
  const lookups: ArticleSpotterDeps['lookups'] = {
    async cachedShow() {
      return null;
    },
    async candidates(title) {
      calls.push(`search:${title}`);
      await held();
      return searches[title] ?? [];
    },
    async showByRef(ref) {
      calls.push(`id:${ref.id}`);
      await held();
      return known[ref.id] ?? null;
    },
    async lookupMany(queries) {
      calls.push(`title:${queries[0]!.title}`);
      await held();
      const answer = strangers[queries[0]!.title];
      return [answer ? found(queries[0]!.title, answer) : notAShow(queries[0]!.title)];
    },
  };
  return {
    lookups,
    calls,
    /** Answers every call made so far and every later one. */
    release: () => {
      released = true;
      gates.splice(0).forEach((open) => open());
    },
    async untilCalls(count: number): Promise<void> {
      while (calls.length < count) await new Promise<void>((resolve) => callWaiters.push(resolve));
    },
    async untilCalled(call: string): Promise<void> {
      while (!calls.includes(call)) await new Promise<void>((resolve) => callWaiters.push(resolve));
    },
  };
}

/** The page's side of the pushes: everything received, and a wait for what a test expects to arrive. */
function pushes() {
  const received: ArticlePlacement[][] = [];
  const waiters: Array<() => void> = [];
  return {
    received,
    push: async (placements: ArticlePlacement[]) => {
      received.push(placements);
      waiters.splice(0).forEach((wake) => wake());
    },
    async until(done: (all: ArticlePlacement[]) => boolean): Promise<void> {
      while (!done(received.flat())) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

describe('spotAndAnswer', () => {
  const index = new TitleIndex([greys]);
  const body = "Grey's Anatomy returns. The comedy series Dietland was cancelled. Shows such as Better Things and The Weekly return.";

  it('answers at once with the index’s show and its status as of the index, before any lookup lands', async () => {
    const { lookups } = fakeLookups({}, {});
    const reply = await spotAndAnswer(reading(body), 'news.example', { index: async () => index, lookups, push: async () => {} });
    expect(reply.placements.map((p) => [p.title, p.result.show?.ref.id, p.result.status, p.result.asOf])).toEqual([
      ["Grey's Anatomy", greys.id, 'renewed', '2026-02-01'],
    ]);
    expect(reply.pending).toBeGreaterThan(0);
  });

  it('looks up in order of likelihood: the headline’s show, cue-backed titles, then refreshes of plain known mentions', async () => {
    const { lookups, calls, release, untilCalled } = fakeLookups({}, {});
    const r = reading(body, { headline: 'The drama series Station 19 is renewed' });
    await spotAndAnswer(r, undefined, { index: async () => index, lookups, push: async () => {} });
    release();
    await untilCalled(`id:${greys.id}`);
    expect(calls[0]).toBe('title:Station 19');
    expect(calls.indexOf('title:Dietland')).toBeLessThan(calls.indexOf(`id:${greys.id}`));
  });

  it('refreshes a cue-backed known show whose badge already shows the index’s status after the cue-backed strangers, not a loading one', async () => {
    const loading = show('Station 19', { status: null, asOf: null });
    const both = new TitleIndex([greys, loading]);
    const { lookups, calls, release, untilCalls } = fakeLookups({}, {});
    const r = reading("Grey's Anatomy season 21 is coming. Station 19 season 7 is coming. The comedy series Dietland was cancelled.");
    await spotAndAnswer(r, undefined, { index: async () => both, lookups, push: async () => {} });
    await untilCalls(2);
    // The refresh of a badge that already shows a status waits for the others to settle.
    expect(calls).toEqual([`id:${loading.id}`, 'title:Dietland']);
    release();
    await untilCalls(3);
    expect(calls).toEqual([`id:${loading.id}`, 'title:Dietland', `id:${greys.id}`]);
  });

  it('pushes each stranger’s badge as its own lookup lands, and a run that is no show gives way to its parts', async () => {
    const { lookups, release } = fakeLookups(
      { Dietland: summary(901, 'Dietland', 'cancelled'), 'Better Things': summary(902, 'Better Things'), 'The Weekly': summary(903, 'The Weekly') },
      { [greys.id]: summary(greys.id, "Grey's Anatomy", 'renewed') },
    );
    const channel = pushes();
    await spotAndAnswer(reading(body), undefined, { index: async () => index, lookups, push: channel.push });
    release();
    await channel.until((all) => [901, 902, 903, greys.id].every((id) => all.some((p) => p.result.show?.ref.id === id)));
    const titles = channel.received.flat().map((p) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['Dietland', 'Better Things', 'The Weekly']));
    expect(titles).not.toContain('Better Things and The Weekly');
    // The known show's fresh status replaces the index's, at the same place.
    const refreshed = channel.received.flat().find((p) => p.result.show?.ref.id === greys.id);
    expect(refreshed?.result.asOf).toBeUndefined();
  });

  it('a "Wrong show?" correction wins over the index: "not a show" places nothing', async () => {
    const { lookups } = fakeLookups({}, {});
    const reply = await spotAndAnswer(reading("Grey's Anatomy returns."), 'news.example', {
      index: async () => index,
      lookups,
      corrections: async (title) => (title === "Grey's Anatomy" ? { ref: null } : null),
      push: async () => {},
    });
    expect(reply.placements).toEqual([]);
    expect(reply.pending).toBe(0);
  });

  it('learns the shows its lookups confirm', async () => {
    const { lookups, release } = fakeLookups({ Dietland: summary(901, 'Dietland') }, {});
    const learned: number[] = [];
    const channel = pushes();
    await spotAndAnswer(reading('The comedy series Dietland was cancelled.'), undefined, {
      index: async () => index,
      lookups,
      learn: (shows) => learned.push(...shows.map((s) => s.ref.id)),
      push: channel.push,
    });
    release();
    await channel.until((all) => all.length > 0);
    expect(learned).toEqual([901]);
  });

  describe('a reboot the index lacks', () => {
    const original = show('MacGyver', { premieredYear: 1985, endedYear: 1992, channel: 'ABC', weight: 90, status: 'ended' });
    const macIndex = new TitleIndex([original]);
    const candidate = (id: number, premieredYear: number, weight: number): SourceCandidate => ({ ref: tvmazeRef(id), name: 'MacGyver', channels: ['CBS'], premieredYear, weight });
    const search = { MacGyver: [candidate(original.id, 1985, 90), candidate(1500, 2016, 97)] };
    const body = 'CBS has renewed MacGyver for a third season.';

    it('on a page written years after the show ended, the newer namesake takes the same place', async () => {
      const { lookups, release } = fakeLookups({}, { 1500: summary(1500, 'MacGyver', 'renewed') }, search);
      const channel = pushes();
      const learned: number[] = [];
      const reply = await spotAndAnswer(reading(body, { published: '2017-05-01' }), undefined, {
        index: async () => macIndex,
        lookups,
        learn: (shows) => learned.push(...shows.map((s) => s.ref.id)),
        push: channel.push,
      });
      expect(reply.placements.map((p) => [p.start, p.result.show?.ref.id])).toEqual([[16, original.id]]);
      release();
      await channel.until((all) => all.some((p) => p.result.show?.ref.id === 1500));
      expect(channel.received.flat().map((p) => [p.start, p.title, p.result.show?.ref.id, p.result.status])).toEqual([[16, 'MacGyver', 1500, 'renewed']]);
      expect(learned).toEqual([1500]);
    });

    it('checks for the namesake before it refreshes the other badges’ statuses', async () => {
      const { lookups, calls, release, untilCalled } = fakeLookups({}, {}, search);
      const text = "ABC renewed Grey's Anatomy for season 14. Fans of MacGyver wait.";
      await spotAndAnswer(reading(text, { published: '2017-05-01' }), undefined, { index: async () => new TitleIndex([greys, original]), lookups, push: async () => {} });
      release();
      await untilCalled(`id:${greys.id}`);
      expect(calls.indexOf('search:MacGyver')).toBeGreaterThanOrEqual(0);
      expect(calls.indexOf('search:MacGyver')).toBeLessThan(calls.indexOf(`id:${greys.id}`));
    });

    it('not on a page of the original’s own years, nor where the page gives its year', async () => {
      for (const [text, published] of [
        [body, '1991-05-01'],
        ['The 1985 MacGyver returns to CBS screens in a new cut.', '2017-05-01'],
      ] as const) {
        const { lookups, calls, release } = fakeLookups({}, { [original.id]: summary(original.id, 'MacGyver', 'ended') }, search);
        const channel = pushes();
        await spotAndAnswer(reading(text, { published }), undefined, { index: async () => macIndex, lookups, push: channel.push });
        release();
        await channel.until((all) => all.length > 0);
        expect(calls).toEqual([`id:${original.id}`]);
      }
    });

    it('an obscure namesake, or no answer from the source, leaves the index’s show and refreshes it', async () => {
      const obscure = { MacGyver: [candidate(1600, 2016, 12)] };
      for (const searches of [obscure, undefined]) {
        const { lookups, calls, release } = fakeLookups({}, { [original.id]: summary(original.id, 'MacGyver', 'ended') }, searches);
        if (!searches) lookups.candidates = async () => Promise.reject(new Error('offline'));
        const channel = pushes();
        await spotAndAnswer(reading(body, { published: '2017-05-01' }), undefined, { index: async () => macIndex, lookups, push: channel.push });
        release();
        await channel.until((all) => all.length > 0);
        expect(channel.received.flat().map((p) => p.result.show?.ref.id)).toEqual([original.id]);
        expect(calls.at(-1)).toBe(`id:${original.id}`);
      }
    });
  });
});
