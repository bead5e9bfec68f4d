import { readFileSync } from 'node:fs';
import { parseTraktJson } from '../../../utils/watching/imports/trakt';
import type { ParsedImport } from '../../../utils/watching/imports/types';

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, 'utf8');

function parsed(text: string): ParsedImport {
  const result = parseTraktJson(text);
  if (!result.ok) throw new Error(`expected a parse, got: ${result.error}`);
  return result;
}

describe('parseTraktJson', () => {
  it('watched shows: furthest episode, ids and last watch per show', () => {
    const result = parsed(fixture('trakt-watched-shows.json'));
    expect(result.entries).toEqual([
      {
        title: 'Breaking Bad',
        year: 2008,
        ids: { trakt: 1, tvdb: 81189, tmdb: 1396, imdb: 'tt0903747' },
        furthest: { season: 2, episode: 2 },
        lastWatched: '2014-10-11T17:00:54.000Z',
        episodeCount: 1,
        sourceLines: [1],
      },
      expect.objectContaining({ title: 'Parks and Recreation', furthest: { season: 2, episode: 2 }, lastWatched: '2014-10-12T17:00:54.000Z' }),
    ]);
  });

  it('watched shows without seasons: shows with no progress, null ids dropped', () => {
    const result = parsed(fixture('trakt-watched-shows-noseasons.json'));
    expect(result.entries[0]).toMatchObject({ title: 'Driven', ids: { trakt: 159421, tvdb: 378677 }, furthest: null });
    expect(result.entries[0]!.ids).not.toHaveProperty('tmdb');
    expect(result.entries[1]).toMatchObject({ title: 'Street Outlaws: Memphis', ids: { imdb: 'tt9177338' } });
  });

  it('history: episodes kept, films skipped with their item number', () => {
    const result = parsed(fixture('trakt-watched-history.json'));
    expect(result.entries).toEqual([expect.objectContaining({ title: 'Parks and Recreation', furthest: { season: 2, episode: 1 } })]);
    expect(result.skipped).toEqual([
      { line: 1, text: 'The Dark Knight', reason: 'film' },
      { line: 3, text: 'TRON: Legacy', reason: 'film' },
    ]);
  });

  it('specials do not outrank regular seasons', () => {
    const text = JSON.stringify([
      { show: { title: 'Doctor Who', ids: { trakt: 9 } }, seasons: [{ number: 3, episodes: [{ number: 4 }] }, { number: 0, episodes: [{ number: 12 }] }] },
    ]);
    expect(parsed(text).entries[0]!.furthest).toEqual({ season: 3, episode: 4 });
  });

  it('refuses other files with a reason', () => {
    const movies = parseTraktJson(fixture('trakt-watched-movies.json'));
    expect(!movies.ok && movies.error).toMatch(/films only/);
    const cut = fixture('trakt-watched-shows.json').slice(0, 400);
    const truncated = parseTraktJson(cut);
    expect(truncated.ok).toBe(false);
    expect(!truncated.ok && truncated.error).toMatch(/not valid JSON/);
    const object = parseTraktJson('{"format":"greenlit-watched","version":1,"shows":[]}');
    expect(!object.ok && object.error).toMatch(/single object/);
    const junk = parseTraktJson(JSON.stringify([{ a: 1 }, { b: 2 }]));
    expect(junk).toMatchObject({ ok: false, line: 1 });
  });
});
