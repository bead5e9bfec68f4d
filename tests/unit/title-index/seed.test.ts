import { describe, expect, it } from 'vitest';
import seedFile from '@/utils/title-index/seed-index.json';
import { seedShowsFromRecords } from '@/utils/title-index/build-seed';
import { parseSeed, SEED_VERSION, toRow } from '@/utils/title-index/seed';

describe('the shipped title index', () => {
  it('parses whole, from real recorded TVmaze records only', () => {
    const { shows, skipped, builtAt } = parseSeed(seedFile);
    expect(skipped).toBe(0);
    expect(shows.length).toBeGreaterThan(3_000);
    expect(builtAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Synthetic fixture records (ids 900000+) stand in for shows the recordings lack; never shipped.
    expect(shows.filter((s) => s.ref.id >= 900_000)).toEqual([]);
  });

  it('a bad row costs one show; a bad file costs nothing but the index', () => {
    const file = { version: SEED_VERSION, source: 'tvmaze', builtAt: '2026-01-01', from: 'test', shows: [[1, 'Lost', [], 2004, 'ABC', 'Scripted', 90, 'ended', '2025-01-01'], ['junk']] };
    expect(parseSeed(file).shows.map((s) => s.name)).toEqual(['Lost']);
    expect(parseSeed(file).skipped).toBe(1);
    expect(parseSeed({ version: 99 }).shows).toEqual([]);
  });

  it('a row may end with the coined flag and the year the show ended; rows written before either still parse', () => {
    const rows = [
      [1, 'Lost', [], 2004, 'ABC', 'Scripted', 90, 'ended', '2025-01-01', 0, 2010],
      [2, 'Emmerdale', [], 1972, 'ITV1', 'Scripted', 93, 'airing', '2025-01-01', 1],
      [3, 'Dallas', [], 1978, 'CBS', 'Scripted', 90, 'ended', '2025-01-01'],
      [4, 'Bad flag', [], 1978, 'CBS', 'Scripted', 90, 'ended', '2025-01-01', 7, 1991],
      [5, 'Too long', [], 1978, 'CBS', 'Scripted', 90, 'ended', '2025-01-01', 0, 1991, 3],
    ];
    const { shows, skipped } = parseSeed({ version: SEED_VERSION, source: 'tvmaze', builtAt: '2026-01-01', from: 'test', shows: rows });
    expect(shows.map((s) => [s.name, s.endedYear ?? null, s.coined ?? false])).toEqual([['Lost', 2010, false], ['Emmerdale', null, true], ['Dallas', null, false]]);
    expect(skipped).toBe(2);
    expect(shows.map(toRow)).toEqual(rows.slice(0, 3));
    expect(parseSeed(seedFile).shows.find((s) => s.name === 'Lost')?.endedYear).toBe(2010);
  });

  it('a row may end with 1: its name is coined; rows round-trip with and without it', () => {
    const file = { version: SEED_VERSION, source: 'tvmaze', builtAt: '2026-01-01', from: 'test', shows: [[1, 'Emmerdale', [], 1972, 'ITV1', 'Scripted', 93, 'airing', '2025-01-01', 1], [2, 'Lost', [], 2004, 'ABC', 'Scripted', 90, 'ended', '2025-01-01'], [3, 'Bad', [], null, null, null, 1, null, null, 2]] };
    const { shows, skipped } = parseSeed(file);
    expect(shows.map((s) => [s.name, s.coined ?? false])).toEqual([['Emmerdale', true], ['Lost', false]]);
    expect(skipped).toBe(1);
    expect(shows.map(toRow)).toEqual(file.shows.slice(0, 2));
    expect(parseSeed(seedFile).shows.find((s) => s.name === 'Emmerdale')?.coined).toBe(true);
    expect(parseSeed('not json').shows).toEqual([]);
  });
});

describe('seedShowsFromRecords', () => {
  const builtAt = new Date('2026-02-04T00:00:00Z');
  const record = (id: number, updated: string, status: string) => ({
    id, name: `Show ${id}`, status, premiered: '2019-05-01', weight: 77, type: 'Scripted',
    network: { name: 'NBC' }, webChannel: null, updated: Date.parse(updated) / 1000,
  });

  it('keeps the status only when the record is recent enough to say anything about today', () => {
    const [recent, old] = seedShowsFromRecords([record(1, '2026-01-20', 'Ended'), record(2, '2016-01-20', 'Running')] as never, builtAt, new Map([[1, ['Show One', 'Show 1']]]));
    expect(recent).toMatchObject({ status: 'ended', asOf: '2026-01-20', channel: 'NBC', premieredYear: 2019, endedYear: null, akas: ['Show One'] });
    expect(old).toMatchObject({ status: null, asOf: null });
    expect(toRow(recent!)).toEqual([1, 'Show 1', ['Show One'], 2019, 'NBC', 'Scripted', 77, 'ended', '2026-01-20']);
  });
});
