import { describe, expect, it } from 'vitest';
import { handleLookupTitles, handleSearchShows } from '@/utils/lookup/handlers';
import { LookupCache } from '@/utils/lookup/cache';
import { MemoryStore } from '../../support/memory-store';
import { LookupService } from '@/utils/lookup/service';
import { MAX_TITLES_PER_BATCH, MAX_TITLE_LENGTH } from '@/utils/messaging/protocol';
import type { TvmazeClient } from '@/utils/sources/tvmaze/client';
import { FLASH_2020, SEARCH_GIRLS_2019, recordedSearch, recordedShow } from '../../support/tvmaze-fixtures';
import { createTvmazeSource } from '@/utils/sources/tvmaze/source';

function setup() {
  const calls: string[] = [];
  const client: TvmazeClient = {
    singleSearch: async (q) => (calls.push(`singleSearch:${q}`), q === 'The Flash' ? recordedShow(FLASH_2020) : null),
    search: async (q) => (calls.push(`search:${q}`), recordedSearch(SEARCH_GIRLS_2019)),
    show: async (id) => (calls.push(`show:${id}`), null),
    lookupImdb: async (id) => (calls.push(`lookupImdb:${id}`), null),
    akas: async (id) => (calls.push(`akas:${id}`), []),
    lookupShow: async (by, id) => (calls.push(`lookupShow:${by}=${id}`), null),
    updates: async () => ({}),
  };
  const service = new LookupService({ source: createTvmazeSource(client), cache: new LookupCache(new MemoryStore()) });
  return { client, service, calls };
}

/** Calls the handler the way the messaging layer does: any failure becomes a rejection. */
const lookup = (service: LookupService, data: unknown) => (async () => handleLookupTitles(service, data))();

describe('handleLookupTitles', () => {
  it('a valid batch is looked up, in order', async () => {
    const { service } = setup();
    const results = await lookup(service, { titles: [{ title: 'The Flash' }, { title: 'Maggie Q' }], site: 'www.techradar.com' });
    expect(results.map((r) => [r.title, r.show?.ref.id ?? null])).toEqual([
      ['The Flash', 13],
      ['Maggie Q', null],
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object (a string)', 'The Flash', /\(root\)/],
    ['not an object (null)', null, /\(root\)/],
    ['titles missing', {}, /\btitles\b/],
    ['titles not an array', { titles: 'The Flash' }, /\btitles\b/],
    ['a title that is not a string', { titles: [{ title: 42 }] }, /titles\.0\.title/],
    ['a bare string instead of a title object', { titles: ['The Flash'] }, /titles\.0\b/],
    ['an empty title', { titles: [{ title: '' }] }, /titles\.0\.title/],
    ['a 10,000-char title', { titles: [{ title: 'A'.repeat(10_000) }] }, /titles\.0\.title/],
    [`${MAX_TITLES_PER_BATCH + 1} titles`, { titles: Array.from({ length: MAX_TITLES_PER_BATCH + 1 }, (_, i) => ({ title: `Show ${i}` })) }, /\btitles\b/],
    ['a malformed IMDb id', { titles: [{ title: 'X', hints: { imdbId: 'javascript:alert(1)' } }] }, /titles\.0\.hints\.imdbId/],
    ['a year that is not a number', { titles: [{ title: 'X', hints: { year: '2012' } }] }, /titles\.0\.hints\.year/],
    ['a 1,000-char site', { titles: [{ title: 'X' }], site: 'a'.repeat(1_000) }, /\bsite\b/],
  ])('rejects %s with an error naming the field', async (_label, data, field) => {
    const { service, calls } = setup();
    const error = await lookup(service, data).then(
      () => expect.fail('expected a rejection'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Invalid lookupTitles request: /);
    expect((error as Error).message).toMatch(field);
    expect(calls).toEqual([]);
  });

  it(`accepts exactly ${MAX_TITLES_PER_BATCH} titles of ${MAX_TITLE_LENGTH} characters`, async () => {
    const { service } = setup();
    const titles = Array.from({ length: MAX_TITLES_PER_BATCH }, (_, i) => ({ title: `${i}`.padEnd(MAX_TITLE_LENGTH, 'x') }));
    await expect(lookup(service, { titles })).resolves.toHaveLength(MAX_TITLES_PER_BATCH);
  });
});

describe('handleSearchShows', () => {
  it('passes the query on', async () => {
    const { client, calls } = setup();
    expect(await handleSearchShows(client, { query: 'girls' })).toHaveLength(10);
    expect(calls).toEqual(['search:girls']);
  });

  it('rejects an empty or missing query, naming it', async () => {
    const { client } = setup();
    await expect((async () => handleSearchShows(client, { query: '' }))()).rejects.toThrow(/query/);
    await expect((async () => handleSearchShows(client, {}))()).rejects.toThrow(/query/);
  });
});
