import { describe, expect, it } from 'vitest';
import { ApiError } from '@/utils/lookup/http';
import { LookupCache } from '@/utils/lookup/cache';
import { MemoryStore } from '../../support/memory-store';
import { LookupService, type CorrectionLookup } from '@/utils/lookup/service';
import { queryKey } from '@/utils/shows/title-query';
import { summarizeShow } from '@/utils/sources/tvmaze/summarize';
import type { TvmazeClient } from '@/utils/sources/tvmaze/client';
import type { TvmazeAka, TvmazeSearchResult, TvmazeShow } from '@/utils/sources/tvmaze/schemas';
import { FLASH_2020, HOUSE_2017, SEARCH_GIRLS_2019, SHADOWHUNTERS_2024, recordedSearch, recordedShow } from '../../support/tvmaze-fixtures';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { createTvmazeSource } from '@/utils/sources/tvmaze/source';
import { findShow, loadFixtureShows } from '../../support/catalog';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-11-26T12:00:00Z');

const flash = recordedShow(FLASH_2020);
const house = recordedShow(HOUSE_2017);
const shadowhunters = recordedShow(SHADOWHUNTERS_2024);
const girlsSearch = recordedSearch(SEARCH_GIRLS_2019);
const hboGirls = girlsSearch.find((r) => r.show.id === 139)!.show;
const mongolianGirls = girlsSearch.find((r) => r.show.id === 41734)!.show;
const catalog = loadFixtureShows();
const catalogShow = (id: number) => findShow(catalog, id) as TvmazeShow;
const boschLegacy: TvmazeShow = { id: 60125, url: 'https://www.tvmaze.com/shows/60125/bosch-legacy', name: 'Bosch: Legacy', status: 'Ended' };

interface FakeAnswers {
  singleSearch?: (query: string) => TvmazeShow | null;
  search?: (query: string) => TvmazeSearchResult[];
  show?: (id: number) => TvmazeShow | null;
  lookupImdb?: (imdbId: string) => number | null;
  akas?: (id: number) => TvmazeAka[];
  lookupShow?: (by: 'imdb' | 'thetvdb', id: string) => TvmazeShow | null;
}

/** A TvmazeClient that answers from functions, counts every call and can hold answers until released. */
function fakeClient(answers: FakeAnswers) {
  const calls = {
    singleSearch: [] as string[], search: [] as string[], show: [] as number[], lookupImdb: [] as string[],
    akas: [] as number[], lookupShow: [] as string[], updates: 0,
  };
  let gate: Promise<void> = Promise.resolve();
  let release = () => {};
  const answer = async <T>(fn: (() => T) | undefined, fallback: T): Promise<T> => {
    await gate;
    return fn ? fn() : fallback;
  };
  const client: TvmazeClient = {
    singleSearch: (q) => (calls.singleSearch.push(q), answer(answers.singleSearch && (() => answers.singleSearch!(q)), null)),
    search: (q) => (calls.search.push(q), answer(answers.search && (() => answers.search!(q)), [])),
    show: (id) => (calls.show.push(id), answer(answers.show && (() => answers.show!(id)), null)),
    lookupImdb: (id) => (calls.lookupImdb.push(id), answer(answers.lookupImdb && (() => answers.lookupImdb!(id)), null)),
    akas: (id) => (calls.akas.push(id), answer(answers.akas && (() => answers.akas!(id)), [])),
    lookupShow: (by, id) => (calls.lookupShow.push(`${by}=${id}`), answer(answers.lookupShow && (() => answers.lookupShow!(by, id)), null)),
    updates: async () => (calls.updates++, {}),
  };
  const total = () =>
    calls.singleSearch.length + calls.search.length + calls.show.length + calls.lookupImdb.length + calls.akas.length + calls.lookupShow.length + calls.updates;
  return {
    client,
    calls,
    total,
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

const offline = () => {
  throw new ApiError('offline', 'Network error for https://api.tvmaze.com/x: TypeError: Failed to fetch');
};

function setup(answers: FakeAnswers, corrections?: CorrectionLookup) {
  let now = T0;
  const store = new MemoryStore();
  const cache = new LookupCache(store, () => now);
  const fake = fakeClient(answers);
  const service = new LookupService({ source: createTvmazeSource(fake.client), cache, now: () => now, corrections });
  return { ...fake, service, cache, store, setNow: (t: number) => (now = t) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('queryKey', () => {
  it.each([
    [{ title: 'Bosch: Legacy' }, 'bosch legacy'],
    [{ title: 'Girls', hints: { network: 'HBO' } }, 'girls|n=hbo'],
    [{ title: 'Girls', hints: { network: 'HBO', year: 2012 } }, 'girls|n=hbo|y=2012'],
    [{ title: 'Shadowhunters', hints: { imdbId: 'tt4145054', network: 'Freeform' } }, 'imdb:tt4145054'],
    [{ title: 'Girls', read: 'article' as const }, 'girls|article'],
  ])('%j → %s', (query, key) => {
    expect(queryKey(query)).toBe(key);
  });
});

describe('LookupService', () => {
  it('a title found by single search → its summary, cached under its key', async () => {
    const { service, calls, store } = setup({ singleSearch: () => flash });
    const [result] = await service.lookupMany([{ title: 'The Flash' }]);
    expect(result).toMatchObject({ title: 'The Flash', status: 'renewed', stale: false, checkedAt: T0, show: { ref: tvmazeRef(13), nextSeason: 7 } });
    expect(result!.error).toBeUndefined();
    expect(calls.singleSearch).toEqual(['The Flash']);
    expect(store.data.get('title:the flash')).toEqual({ show: tvmazeRef(13), checkedAt: T0 });
    expect(store.data.get('show:tvmaze:13')).toMatchObject({ show: { ref: tvmazeRef(13), status: 'renewed' }, checkedAt: T0 });
  });

  it('the same title 5 times in one batch → 1 client call, 5 answers each with its own spelling', async () => {
    const { service, total } = setup({ singleSearch: () => flash });
    const titles = ['The Flash', 'The Flash', 'the flash', 'THE FLASH', 'The Flash'];
    const results = await service.lookupMany(titles.map((title) => ({ title })));
    expect(total()).toBe(1);
    expect(results.map((r) => r.title)).toEqual(titles);
    expect(results.every((r) => r.show?.ref.id === 13 && r.status === 'renewed')).toBe(true);
  });

  it('lookupEach: a cached title answers while another in the same batch is still being fetched', async () => {
    const fake = setup({ singleSearch: (q) => (q === 'The Flash' ? flash : null) });
    await fake.service.lookupMany([{ title: 'The Flash' }]);
    fake.hold();
    const [cached, fetching] = fake.service.lookupEach([{ title: 'The Flash' }, { title: 'Some Film' }]);
    let fetched = false;
    void fetching!.then(() => (fetched = true));
    expect((await cached!).show?.ref).toEqual(tvmazeRef(13));
    expect(fetched).toBe(false);
    fake.release();
    expect((await fetching!).show).toBeNull();
  });

  it('the same title in two concurrent batches → 1 client call', async () => {
    const fake = setup({ singleSearch: () => flash });
    fake.hold();
    const first = fake.service.lookupMany([{ title: 'The Flash' }, { title: 'House' }]);
    const second = fake.service.lookupMany([{ title: 'The Flash' }]);
    await settle();
    fake.release();
    const [a, b] = await Promise.all([first, second]);
    expect(fake.calls.singleSearch).toEqual(['The Flash', 'House']);
    expect(a[0]!.show?.ref.id).toBe(13);
    expect(b[0]!.show?.ref.id).toBe(13);
  });

  it('the same title in two batches started together, answered at once → 1 client call', async () => {
    const { service, calls } = setup({ singleSearch: () => flash });
    const results = await Promise.all([service.lookupMany([{ title: 'The Flash' }]), service.lookupMany([{ title: 'The Flash' }])]);
    expect(calls.singleSearch).toHaveLength(1);
    expect(results.flat().map((r) => r.show?.ref.id)).toEqual([13, 13]);
  });

  it('a non-confident fuzzy answer ("Bosch" → Bosch: Legacy) with no such AKA is not a show, and that is cached', async () => {
    const { service, calls, total, store } = setup({ singleSearch: () => boschLegacy, akas: () => [{ name: 'Bosch: El legado' }] });
    const [first] = await service.lookupMany([{ title: 'Bosch' }]);
    expect(first).toMatchObject({ title: 'Bosch', show: null, status: 'unknown', stale: false });
    expect(first!.error).toBeUndefined();
    expect(store.data.get('title:bosch')).toEqual({ show: null, checkedAt: T0 });
    expect(store.data.has('show:60125')).toBe(false);
    expect(calls.akas).toEqual([60125]);
    expect(total()).toBe(2);

    const [second] = await service.lookupMany([{ title: 'Bosch' }]);
    expect(second).toMatchObject({ show: null, status: 'unknown' });
    expect(total()).toBe(2);
  });

  it('an article\'s short name for the best match ("Generations" → Generations: The Legacy) is that show, with no AKA request', async () => {
    const legacy = { ...boschLegacy, id: 990020, name: 'Generations: The Legacy', network: { id: 1, name: 'SABC 1', country: null } };
    const { service, calls, total } = setup({ singleSearch: () => legacy });
    const [result] = await service.lookupMany([{ title: 'Generations' }]);
    expect(result?.show).toMatchObject({ ref: tvmazeRef(990020), name: 'Generations: The Legacy' });
    expect(calls.akas).toEqual([]);
    expect(total()).toBe(1);
    // The page's network says it is another Generations.
    const [elsewhere] = await service.lookupMany([{ title: 'Generations', hints: { network: 'NBC' } }]);
    expect(elsewhere?.show).toBeNull();
  });

  describe('a localised store title', () => {
    // TVmaze's record for The Simpsons (tests/fixtures/catalog); its AKAs hand-written in the shape /shows/83/akas answers.
    const simpsons = catalogShow(83);
    const simpsonsAkas: TvmazeAka[] = [{ name: 'Die Simpsons' }, { name: 'Les Simpson' }, { name: 'Los Simpson' }];

    it('resolves through the best match\'s AKAs, and the AKAs are cached for the next title', async () => {
      const { service, calls, store } = setup({ singleSearch: () => simpsons, akas: (id) => (id === 83 ? simpsonsAkas : []) });
      const [german] = await service.lookupMany([{ title: 'Die Simpsons', hints: { year: 1989 } }]);
      expect(german).toMatchObject({ title: 'Die Simpsons', show: { ref: tvmazeRef(83), name: 'The Simpsons' } });
      expect(store.data.get('akas:tvmaze:83')).toEqual({ akas: ['Die Simpsons', 'Les Simpson', 'Los Simpson'], checkedAt: T0 });

      const [french] = await service.lookupMany([{ title: 'Les Simpson' }]);
      expect(french?.show?.ref).toEqual(tvmazeRef(83));
      expect(calls.akas).toEqual([83]);
    });

    it('is not that show when no AKA is it, or when the page\'s year contradicts it', async () => {
      const { service } = setup({ singleSearch: () => simpsons, akas: () => simpsonsAkas });
      const [other] = await service.lookupMany([{ title: 'Die Simpsonfamilie' }]);
      expect(other?.show).toBeNull();
      const [wrongYear] = await service.lookupMany([{ title: 'Die Simpsons', hints: { year: 2021 } }]);
      expect(wrongYear?.show).toBeNull();
    });

    it('an article\'s English title is settled without the AKA request; a title in another language still asks', async () => {
      const { service, calls } = setup({ singleSearch: () => simpsons, akas: (id) => (id === 83 ? simpsonsAkas : []) });
      const [english] = await service.lookupMany([{ title: 'Simpsons Reruns', read: 'article' }]);
      expect(english?.show).toBeNull();
      expect(calls.akas).toEqual([]);
      // A store's title of the same spelling is its own question, with its AKAs asked.
      const [store] = await service.lookupMany([{ title: 'Simpsons Reruns' }]);
      expect(store?.show).toBeNull();
      expect(calls.akas).toEqual([83]);
      const [german] = await service.lookupMany([{ title: 'Die Simpsons', read: 'article' }]);
      expect(german?.show?.ref).toEqual(tvmazeRef(83));
      expect(calls.singleSearch).toHaveLength(3);
    });

    it('an AKA list that fails to load is an error, not "not a show", and nothing is cached', async () => {
      const { service, store } = setup({ singleSearch: () => simpsons, akas: offline });
      const [result] = await service.lookupMany([{ title: 'Die Simpsons' }]);
      expect(result).toMatchObject({ show: null, status: 'unknown', checkedAt: null });
      expect(result?.error).toMatch(/Offline/);
      expect(store.data.has('title:die simpsons')).toBe(false);
    });
  });

  it('no answer at all (TVmaze null) is not a show, and cached', async () => {
    const { service, total } = setup({ singleSearch: () => null });
    await service.lookupMany([{ title: 'Maggie Q' }]);
    await service.lookupMany([{ title: 'Maggie Q' }]);
    expect(total()).toBe(1);
  });

  it('a fresh cache answers with 0 client calls', async () => {
    const { service, cache, total, setNow } = setup({ singleSearch: () => flash });
    await cache.putTitle('house', tvmazeRef(118));
    await cache.putShow(summarizeShow(house, new Date(T0)));
    setNow(T0 + 5 * DAY);
    const [result] = await service.lookupMany([{ title: 'House' }]);
    expect(result).toMatchObject({ title: 'House', status: 'ended', stale: false, checkedAt: T0, show: { ref: tvmazeRef(118), endedYear: 2012 } });
    expect(total()).toBe(0);
  });

  it('an expired show entry → the stale answer at once, and one refresh behind the scenes', async () => {
    const fake = setup({ show: () => flash });
    const { service, cache, calls, store, setNow } = fake;
    const old = { ...summarizeShow(flash, new Date(T0)), status: 'airing' as const };
    await cache.putTitle('the flash', tvmazeRef(13));
    await cache.putShow(old);
    setNow(T0 + 13 * HOUR); // airing answers keep 12 h

    fake.hold(); // the refresh cannot finish before the answer
    const [stale] = await service.lookupMany([{ title: 'The Flash' }]);
    expect(stale).toMatchObject({ status: 'airing', stale: true, checkedAt: T0, show: { ref: tvmazeRef(13) } });
    expect(calls.show).toEqual([13]);

    fake.release();
    await settle();
    expect(store.data.get('show:tvmaze:13')).toMatchObject({ checkedAt: T0 + 13 * HOUR, show: { status: 'renewed' } });

    const [fresh] = await service.lookupMany([{ title: 'The Flash' }]);
    expect(fresh).toMatchObject({ status: 'renewed', stale: false });
    expect(calls.show).toEqual([13]);
    expect(calls.singleSearch).toEqual([]);
  });

  it('offline with a stale entry → the stale answer, with an error', async () => {
    const { service, cache, setNow } = setup({ singleSearch: offline, show: offline });
    await cache.putTitle('house', tvmazeRef(118));
    await cache.putShow(summarizeShow(house, new Date(T0)));
    setNow(T0 + 40 * DAY); // both the title and the show entry expired
    const [result] = await service.lookupMany([{ title: 'House' }]);
    expect(result).toMatchObject({ title: 'House', status: 'ended', stale: true, checkedAt: T0, show: { ref: tvmazeRef(118) } });
    expect(result!.error).toMatch(/offline/i);
  });

  it('offline with a stale "not a show" entry → still not a show, stale, with an error', async () => {
    const { service, cache, setNow } = setup({ singleSearch: offline });
    await cache.putTitle('maggie q', null);
    setNow(T0 + 4 * DAY);
    const [result] = await service.lookupMany([{ title: 'Maggie Q' }]);
    expect(result).toMatchObject({ show: null, status: 'unknown', stale: true, checkedAt: T0 });
    expect(result!.error).toMatch(/offline/i);
  });

  it('offline with nothing cached → unknown, with an error, and nothing cached', async () => {
    const { service, store, calls } = setup({ singleSearch: offline });
    const [result] = await service.lookupMany([{ title: 'Ballard' }]);
    expect(result).toMatchObject({ title: 'Ballard', status: 'unknown', show: null, checkedAt: null, stale: false });
    expect(result!.error).toMatch(/offline/i);
    expect(store.data.size).toBe(0);
    // Nothing was remembered, so the next page asks again.
    await service.lookupMany([{ title: 'Ballard' }]);
    expect(calls.singleSearch).toHaveLength(2);
  });

  it('a malformed answer → unknown with the API error message, nothing cached', async () => {
    const { service, store } = setup({
      singleSearch: () => {
        throw new ApiError('malformed', 'TVmaze sent a malformed show: id expected number');
      },
    });
    const [result] = await service.lookupMany([{ title: 'Ballard' }]);
    expect(result).toMatchObject({ status: 'unknown', show: null, error: 'TVmaze sent a malformed show: id expected number' });
    expect(store.data.size).toBe(0);
  });

  it('context contradiction → search is consulted and the same-name alternative chosen', async () => {
    const { service, calls, store } = setup({
      singleSearch: () => mongolianGirls,
      search: () => girlsSearch,
      show: (id) => (id === 139 ? hboGirls : null),
    });
    const [result] = await service.lookupMany([{ title: 'Girls', hints: { network: 'HBO' } }]);
    expect(result).toMatchObject({ title: 'Girls', status: 'ended', show: { ref: tvmazeRef(139), network: 'HBO' } });
    expect(calls).toMatchObject({ singleSearch: ['Girls'], search: ['Girls'], show: [139] });
    expect(store.data.get('title:girls|n=hbo')).toMatchObject({ show: tvmazeRef(139) });
  });

  it('context that agrees with the single search → no extra search', async () => {
    const { service, calls } = setup({ singleSearch: () => hboGirls, search: () => girlsSearch });
    const [result] = await service.lookupMany([{ title: 'Girls', hints: { network: 'HBO' } }]);
    expect(result!.show?.ref.id).toBe(139);
    expect(calls.search).toEqual([]);
  });

  it('an IMDb hint → lookupImdb, then show, never a title search', async () => {
    const { service, calls } = setup({ lookupImdb: () => 2158, show: (id) => (id === 2158 ? shadowhunters : null) });
    const [result] = await service.lookupMany([{ title: 'Shadowhunters', hints: { imdbId: 'tt4145054' } }]);
    expect(result).toMatchObject({ title: 'Shadowhunters', status: 'ended', show: { ref: tvmazeRef(2158), endedYear: 2019 } });
    expect(calls).toMatchObject({ lookupImdb: ['tt4145054'], show: [2158], singleSearch: [] });
  });

  it('an IMDb id TVmaze does not know → the page\'s title and year decide', async () => {
    // A catalog lists a special under an id of its own; the show is still the show.
    const { service, calls } = setup({ lookupImdb: () => null, singleSearch: () => shadowhunters });
    const title = 'Shadowhunters: The Mortal Instruments';
    const [result] = await service.lookupMany([{ title, hints: { imdbId: 'tt9999991', year: 2016 } }]);
    expect(result).toMatchObject({ title, show: { ref: tvmazeRef(2158) } });
    expect(calls).toMatchObject({ lookupImdb: ['tt9999991'], singleSearch: [title], show: [] });
  });

  it('an IMDb id TVmaze does not know, and a title that finds no confident match → not a show', async () => {
    const { service, calls } = setup({ lookupImdb: () => null, singleSearch: () => boschLegacy });
    const [result] = await service.lookupMany([{ title: 'Unknown', hints: { imdbId: 'tt0000001' } }]);
    expect(result).toMatchObject({ show: null, status: 'unknown' });
    expect(calls.show).toEqual([]);
    expect(calls.singleSearch).toEqual(['Unknown']);
  });

  it('an IMDb id TVmaze does not know, and a page year that contradicts the title\'s show → not a show', async () => {
    const { service } = setup({ lookupImdb: () => null, singleSearch: () => shadowhunters });
    const [result] = await service.lookupMany([{ title: 'Shadowhunters: The Mortal Instruments', hints: { imdbId: 'tt9999992', year: 1998 } }]);
    expect(result?.show).toBeNull();
  });

  it('a correction to "not a show" wins over TVmaze, with no call', async () => {
    const asked: Array<[string, string | undefined]> = [];
    const corrections: CorrectionLookup = async (title, site) => {
      asked.push([title, site]);
      return { ref: null };
    };
    const { service, total } = setup({ singleSearch: () => flash }, corrections);
    const [result] = await service.lookupMany([{ title: 'The Flash' }], 'www.techradar.com');
    expect(result).toMatchObject({ title: 'The Flash', show: null, status: 'unknown' });
    expect(total()).toBe(0);
    expect(asked).toEqual([['The Flash', 'www.techradar.com']]);
  });

  it('a correction to a show id → that show, without a title search', async () => {
    const corrections: CorrectionLookup = async (title) => (title === 'Girls' ? { ref: tvmazeRef(139) } : null);
    const { service, calls } = setup({ singleSearch: () => mongolianGirls, show: (id) => (id === 139 ? hboGirls : null) }, corrections);
    const [result] = await service.lookupMany([{ title: 'Girls' }], 'www.hbo.com');
    expect(result).toMatchObject({ title: 'Girls', show: { ref: tvmazeRef(139) }, status: 'ended' });
    expect(calls).toMatchObject({ singleSearch: [], show: [139] });
  });

  it('a corrected title is served from the cache the second time (0 calls)', async () => {
    const corrections: CorrectionLookup = async () => ({ ref: tvmazeRef(139) });
    const { service, calls } = setup({ show: (id) => (id === 139 ? hboGirls : null) }, corrections);
    await service.lookupMany([{ title: 'Girls' }]);
    const [again] = await service.lookupMany([{ title: 'Girls' }]);
    expect(again).toMatchObject({ show: { ref: tvmazeRef(139) }, stale: false });
    expect(calls.show).toEqual([139]);
  });

  it('showByRef: cache first, then TVmaze', async () => {
    const { service, cache, calls, setNow } = setup({ show: () => house });
    await cache.putShow(summarizeShow(house, new Date(T0)));
    setNow(T0 + DAY);
    expect(await service.showByRef(tvmazeRef(118))).toMatchObject({ ref: tvmazeRef(118) });
    expect(calls.show).toEqual([]);
    expect(await service.showByRef(tvmazeRef(118), HOUR)).toMatchObject({ ref: tvmazeRef(118) });
    expect(calls.show).toEqual([118]);
  });
});

describe('LookupService for history imports', () => {
  it('candidates: one search per title, cached for a week, shared while in flight, stale when offline', async () => {
    let fail = false;
    const fake = setup({ search: () => (fail ? offline() : girlsSearch) });
    const [a, b] = await Promise.all([fake.service.candidates('Girls'), fake.service.candidates('girls')]);
    expect(fake.calls.search).toEqual(['Girls']);
    expect(a).toEqual(b);
    expect(a.find((c) => c.ref.id === 139)).toMatchObject({ name: 'Girls', channels: ['HBO'], country: 'US', premieredYear: 2012 });
    fake.setNow(T0 + 6 * DAY);
    await fake.service.candidates('Girls');
    expect(fake.calls.search).toHaveLength(1);
    fake.setNow(T0 + 8 * DAY);
    fail = true;
    expect(await fake.service.candidates('Girls')).toEqual(a);
    expect(fake.calls.search).toHaveLength(2);
    await expect(fake.service.candidates('Lost')).rejects.toMatchObject({ kind: 'offline' });
  });

  it('byExternalId: one lookup, cached, and a miss is remembered too', async () => {
    const fake = setup({ lookupShow: (by, id) => (by === 'thetvdb' && id === '295837' ? shadowhunters : null) });
    expect(await fake.service.byExternalId('thetvdb', '295837')).toMatchObject({ ref: tvmazeRef(2158), name: 'Shadowhunters: The Mortal Instruments' });
    expect(await fake.service.byExternalId('thetvdb', '295837')).toMatchObject({ ref: tvmazeRef(2158) });
    expect(await fake.service.byExternalId('imdb', 'tt0000001')).toBeNull();
    expect(await fake.service.byExternalId('imdb', 'tt0000001')).toBeNull();
    expect(fake.calls.lookupShow).toEqual(['thetvdb=295837', 'imdb=tt0000001']);
  });
});
