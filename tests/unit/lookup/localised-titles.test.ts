// @vitest-environment node
// Localised store titles against the fake TVmaze over HTTP: the real client, source and lookup service,
// the catalog's records, and AKAs served from a record's `_akas` the way /shows/:id/akas answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LookupCache } from '@/utils/lookup/cache';
import { createJsonFetcher } from '@/utils/lookup/http';
import { RateLimiter } from '@/utils/lookup/rate-limiter';
import { LookupService } from '@/utils/lookup/service';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { cleanTitle } from '@/utils/sites/clean-title';
import { createTvmazeClient } from '@/utils/sources/tvmaze/client';
import { createTvmazeSource } from '@/utils/sources/tvmaze/source';
import { findShow, loadFixtureShows } from '../../support/catalog';
import { startFakeTvmaze, type FakeTvmaze } from '../../support/fake-tvmaze';
import { MemoryStore } from '../../support/memory-store';

// Hand-written in the shape of TVmaze's AKA lists: the names stores in Germany and France sell these under.
const SIMPSONS_AKAS = [
  { name: 'Die Simpsons', country: { name: 'Germany', code: 'DE', timezone: 'Europe/Busingen' } },
  { name: 'Les Simpson', country: { name: 'France', code: 'FR', timezone: 'Europe/Paris' } },
];
const HOUSE_AKAS = [{ name: 'Dr. House', country: { name: 'Germany', code: 'DE', timezone: 'Europe/Busingen' } }];

let fake: FakeTvmaze;

beforeAll(async () => {
  const shows = loadFixtureShows().map((show) => {
    if (show.id === 83) return { ...show, _akas: SIMPSONS_AKAS };
    if (show.id === 118) return { ...show, _akas: HOUSE_AKAS };
    return show;
  });
  fake = await startFakeTvmaze({ shows, rateLimit: false });
});
afterAll(() => fake.close());

function lookups() {
  const getJson = createJsonFetcher({ limiter: new RateLimiter({ limit: 1000, windowMs: 1000 }) });
  return new LookupService({ source: createTvmazeSource(createTvmazeClient(fake.url, getJson)), cache: new LookupCache(new MemoryStore()) });
}

describe('a store title in the store\'s language', () => {
  it.each([
    ['Die Simpsons - Staffel 35 [dt./OV]', 83],
    ['Les Simpson - Saison 34', 83],
    ['Dr. House - Staffel 8', 118],
  ])('%s is the show TVmaze knows by that AKA', async (storeTitle, id) => {
    fake.reset();
    const [result] = await lookups().lookupMany([{ title: cleanTitle(storeTitle) }]);
    expect(result?.show?.ref).toEqual(tvmazeRef(id));
    expect(result?.show?.name).toBe(findShow(loadFixtureShows(), id).name);
    expect(fake.requests.map((r) => r.path)).toEqual(['/singlesearch/shows', `/shows/${id}/akas`]);
  });

  it('asks for a show\'s AKAs once, however many of its localised titles a page shows', async () => {
    fake.reset();
    const service = lookups();
    const results = await service.lookupMany([{ title: 'Die Simpsons' }]);
    results.push(...(await service.lookupMany([{ title: 'Les Simpson' }])));
    expect(results.map((r) => r.show?.ref.id)).toEqual([83, 83]);
    expect(fake.requestsTo('/shows/').map((r) => r.path)).toEqual(['/shows/83/akas']);
  });

  it('is not a show when the best match has no such AKA', async () => {
    fake.reset();
    const [result] = await lookups().lookupMany([{ title: 'Die Simpsonfamilie' }]);
    expect(result).toMatchObject({ show: null, status: 'unknown' });
    expect(result?.error).toBeUndefined();
  });
});
