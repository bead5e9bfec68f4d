import { describe, expect, it } from 'vitest';
import type { WatchedShow } from '@/utils/storage/watched-shows';
import {
  exportFileName,
  exportWatchedShows,
  MAX_IMPORT_BYTES,
  mergeImportedShows,
  parseImportFile,
  type PortableShow,
} from '@/utils/watching/import-export';
import { tvmazeRef } from '@/utils/shows/show-ref';

const friends: WatchedShow = {
  ref: tvmazeRef(431),
  name: 'Friends',
  progress: { season: 2, episode: 5 },
  protectSpoilers: true, inCalendar: true,
  addedAt: 1_600_000_000_000,
  lastStatus: 'ended',
  lastCheckedAt: 1_700_000_000_000,
};
const ballard: WatchedShow = { ref: tvmazeRef(67084), name: 'Ballard', progress: null, protectSpoilers: false, inCalendar: true, addedAt: 1_700_000_000_000 };
const concierge: WatchedShow = {
  ref: tvmazeRef(69227),
  name: 'Pokémon Concierge “Ç” 🐟',
  progress: { season: 0, episode: 0 },
  protectSpoilers: true, inCalendar: true,
  addedAt: 1_710_000_000_000,
};

const file = (shows: unknown, header: Record<string, unknown> = { format: 'greenlit-watched', version: 1 }) =>
  JSON.stringify({ ...header, shows });
const parse = (text: string) => parseImportFile(text, new TextEncoder().encode(text).length);
const errorOf = (text: string) => {
  const result = parse(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
};

describe('exportWatchedShows', () => {
  it('writes the documented format, without device-only fields', () => {
    expect(JSON.parse(exportWatchedShows([friends, ballard]))).toEqual({
      format: 'greenlit-watched',
      version: 1,
      shows: [
        { tvmazeId: 431, name: 'Friends', progress: { season: 2, episode: 5 }, protectSpoilers: true },
        { tvmazeId: 67084, name: 'Ballard', progress: null, protectSpoilers: false },
      ],
    });
    expect(exportWatchedShows([])).toContain('\n  "format"');
    expect(exportFileName(new Date('2025-01-31T23:00:00Z'))).toBe('greenlit-watched-2025-01-31.json');
  });

  it('round-trips losslessly through import and merge', () => {
    const shows = [friends, ballard, concierge];
    const result = parse(exportWatchedShows(shows));
    if (!result.ok) throw new Error(result.error);

    expect(mergeImportedShows(shows, result.shows)).toEqual({ shows, added: [], updated: [], unchanged: 3 });

    const intoEmpty = mergeImportedShows([], result.shows, 5);
    expect(intoEmpty.added).toHaveLength(3);
    expect(intoEmpty.shows.map(({ addedAt: _a, lastStatus: _s, lastCheckedAt: _c, ...rest }) => rest)).toEqual(
      shows.map(({ addedAt: _a, lastStatus: _s, lastCheckedAt: _c, ...rest }) => rest),
    );
  });
});

describe('parseImportFile', () => {
  it('accepts the documented example', () => {
    const text =
      '{"format":"greenlit-watched","version":1,"shows":[{"tvmazeId":431,"name":"Friends","progress":{"season":2,"episode":5},"protectSpoilers":true}]}';
    expect(parse(text)).toEqual({
      ok: true,
      shows: [{ tvmazeId: 431, name: 'Friends', progress: { season: 2, episode: 5 }, protectSpoilers: true }],
    });
  });

  it('fills in missing progress and spoiler protection, and ignores unknown fields', () => {
    expect(parse(file([{ tvmazeId: 1, name: 'Ghosts', note: 'hand-written' }]))).toEqual({
      ok: true,
      shows: [{ tvmazeId: 1, name: 'Ghosts', progress: null, protectSpoilers: true }],
    });
  });

  it('rejects a 10 MB file of junk by its size, before parsing', () => {
    const error = parseImportFile('x', 10 * 1024 * 1024);
    expect(error).toEqual({ ok: false, error: expect.stringMatching(/10\.0 MB.*limit is 1 MB/) });
    expect(errorOf('['.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/too large/);
  });

  it.each([
    ['an empty file', '  \n', 'The file is empty.'],
    ['text that is not JSON', 'Friends, Ballard', 'This file is not valid JSON, so it is not a Greenlit export.'],
    ['truncated JSON', file([]).slice(0, -3), 'This file is not valid JSON'],
    ['a bare list', '[]', 'This is not a Greenlit watched-list export (it has no "format": "greenlit-watched").'],
    [
      'another extension’s export',
      file([], { format: 'trakt-watchlist', version: 1 }),
      'its format is "trakt-watchlist", expected "greenlit-watched"',
    ],
    ['a newer version', file([], { format: 'greenlit-watched', version: 2 }), 'made by a newer version of Greenlit (file version 2)'],
    ['a missing version', file([], { format: 'greenlit-watched' }), 'File version null is not supported'],
    ['a text version', file([], { format: 'greenlit-watched', version: '1' }), 'File version "1" is not supported'],
    ['shows that are not a list', file({ 431: 'Friends' }), '"shows" must be a list'],
  ])('rejects %s', (_label, text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it.each([
    [{ tvmazeId: 431, name: 'Friends', progress: { season: 'two', episode: 5 } }, 'Show 1: progress.season must be a whole number ≥ 0.'],
    [{ tvmazeId: 431, name: 'Friends', progress: { season: -1, episode: 5 } }, 'Show 1: progress.season must be a whole number ≥ 0.'],
    [{ tvmazeId: 431, name: 'Friends', progress: { season: 2, episode: 1.5 } }, 'Show 1: progress.episode must be a whole number ≥ 0.'],
    [{ tvmazeId: 431, name: 'Friends', progress: { season: 2 } }, 'Show 1: progress.episode is missing.'],
    [{ tvmazeId: 431, name: 'Friends', progress: 'S2E5' }, 'Show 1: progress must be null or an object like'],
    [{ tvmazeId: '431', name: 'Friends' }, 'Show 1: tvmazeId must be a whole number'],
    [{ tvmazeId: 0, name: 'Friends' }, 'Show 1: tvmazeId must be a positive whole number'],
    [{ name: 'Friends' }, 'Show 1: tvmazeId is missing.'],
    [{ tvmazeId: 431, name: '' }, 'Show 1: name must not be empty.'],
    [{ tvmazeId: 431, name: 'Friends', protectSpoilers: 'yes' }, 'Show 1: protectSpoilers must be true or false.'],
    ['Friends', 'Show 1 must be an object with a tvmazeId and a name.'],
  ])('names the entry and field that is wrong: %j', (entry, message) => {
    expect(errorOf(file([entry]))).toContain(message);
  });

  it('numbers shows from 1 and reports a few problems, then a count', () => {
    const good = { tvmazeId: 1, name: 'Ghosts' };
    const bad = (i: number) => ({ tvmazeId: 100 + i, name: 'Bad', progress: { season: -i, episode: 0 } });
    const error = errorOf(file([good, { ...good, tvmazeId: 2 }, bad(1), bad(2), bad(3), bad(4), bad(5)]));
    expect(error).toContain('Show 3: progress.season must be a whole number ≥ 0.');
    expect(error).not.toContain('Show 6');
    expect(error).toContain('…and 2 more problems.');
  });

  it('rejects duplicate ids inside the file', () => {
    const text = file([
      { tvmazeId: 431, name: 'Friends' },
      { tvmazeId: 526, name: 'The Office' },
      { tvmazeId: 431, name: 'Friends (again)' },
    ]);
    expect(errorOf(text)).toContain('Show 3 has the same tvmazeId (431) as show 1');
  });

  it('accepts an empty list', () => {
    expect(parse(file([]))).toEqual({ ok: true, shows: [] });
  });
});

describe('mergeImportedShows', () => {
  it('adds new shows, updates changed ones, keeps addedAt and history, and never deletes', () => {
    const imported: PortableShow[] = [
      { tvmazeId: 431, name: 'Friends', progress: { season: 3, episode: 1 }, protectSpoilers: true },
      { tvmazeId: 67084, name: 'Ballard', progress: null, protectSpoilers: false },
      { tvmazeId: 526, name: 'The Office', progress: null, protectSpoilers: true },
    ];
    const result = mergeImportedShows([friends, ballard, concierge], imported, 42);

    expect(result.unchanged).toBe(1);
    expect(result.updated).toEqual([{ ...friends, progress: { season: 3, episode: 1 } }]);
    expect(result.added).toEqual([{ ref: tvmazeRef(526), name: 'The Office', progress: null, protectSpoilers: true, inCalendar: true, addedAt: 42 }]);
    expect(result.shows.map((s) => s.ref?.id)).toEqual([431, 67084, 69227, 526]);
    expect(result.shows[0]).toMatchObject({ addedAt: friends.addedAt, lastStatus: 'ended' });
  });

  it('does not share objects with the imported list', () => {
    const imported: PortableShow[] = [{ tvmazeId: 1, name: 'Ghosts', progress: { season: 1, episode: 2 }, protectSpoilers: true }];
    const { added } = mergeImportedShows([], imported);
    expect(added[0]!.progress).not.toBe(imported[0]!.progress);
  });
});
