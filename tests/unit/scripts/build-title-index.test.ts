import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromApi } from '../../../scripts/build-title-index';
import { parseSeed } from '@/utils/title-index/seed';
import { startFakeTvmaze, type FakeTvmaze } from '../../support/fake-tvmaze';

const record = (id: number, name: string, weight: number, extra: Record<string, unknown> = {}) => ({
  id, name, weight, url: `https://www.tvmaze.com/shows/${id}/x`, status: 'Running', type: 'Scripted', premiered: '2016-07-15',
  network: null, webChannel: { name: 'Netflix' }, updated: Math.floor(Date.now() / 1000) - 86_400, ...extra,
});

let fake: FakeTvmaze;
beforeAll(async () => {
  fake = await startFakeTvmaze({
    shows: [
      record(1, 'Under the Dome', 90),
      record(300, 'Skam', 95, { _akas: [{ name: 'Shame', country: { code: 'GB' } }, { name: 'SKAM', country: null }] }),
      record(301, 'Obscure Local News', 10),
      record(760, 'Stranger Things', 99),
    ],
    rateLimit: false,
  });
});
afterAll(() => fake.close());

describe('npm run index:build --api, against the fake TVmaze', () => {
  it('pages through /shows until the 404, keeps widely discussed shows and their AKAs', async () => {
    const file = await fromApi(fake.url, 60, 85, 0);
    const { shows, skipped } = parseSeed(file);
    expect(skipped).toBe(0);
    expect(shows.map((s) => s.name)).toEqual(['Under the Dome', 'Skam', 'Stranger Things']);
    expect(shows.find((s) => s.ref.id === 300)?.akas).toEqual(['Shame', 'SKAM']);
    expect(shows.find((s) => s.ref.id === 760)).toMatchObject({ channel: 'Netflix', premieredYear: 2016 });
    // Pages 0 to 3, the 404 after them, and one AKA request per kept show of weight ≥ 85.
    expect(fake.requestsTo('/shows').filter((r) => r.path === '/shows').map((r) => r.query.page)).toEqual(['0', '1', '2', '3', '4']);
    expect(fake.requestsTo('/shows/').filter((r) => r.path.endsWith('/akas')).map((r) => r.path)).toEqual(['/shows/1/akas', '/shows/300/akas', '/shows/760/akas']);
  });
});
