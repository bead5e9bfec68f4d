import { readFileSync } from 'node:fs';
import { parseTvTimeCsv, parseTvTimeFiles, splitTitleYear } from '../../../utils/watching/imports/tvtime';
import type { ParsedImport } from '../../../utils/watching/imports/types';

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, 'utf8');

function parsed(text: string): ParsedImport {
  const result = parseTvTimeCsv(text, 'test.csv');
  if (!result.ok) throw new Error(`expected a parse, got: ${result.error}`);
  return result;
}

describe('TV Time export', () => {
  it('tracking-prod-records-v2: furthest episode by TheTVDB id, year split off, followed-only rows kept', () => {
    const result = parsed(fixture('tvtime-tracking-prod-records-v2.csv'));
    expect(result.entries).toEqual([
      expect.objectContaining({ title: 'Attack on Titan', ids: { tvdb: 267440 }, furthest: { season: 4, episode: 3 }, lastWatched: '2021-01-11T02:05:01.000Z', episodeCount: 2 }),
      expect.objectContaining({ title: 'Sabikui Bisco', furthest: null, episodeCount: 0 }),
      expect.objectContaining({ title: 'Love, Death & Robots', furthest: { season: 1, episode: 18 } }),
      expect.objectContaining({ title: 'Breaking Bad', year: 2008, ids: { tvdb: 81189 } }),
    ]);
  });

  it('older seen_episode.csv: specials do not count as further', () => {
    const got = parsed(fixture('tvtime-seen_episode.csv'));
    expect(got.entries.find((e) => e.title === 'Game of Thrones')?.furthest).toEqual({ season: 2, episode: 5 });
    expect(got.entries.find((e) => e.title === 'Breaking Bad')?.furthest).toEqual({ season: 1, episode: 2 });
  });

  it('several files of one export merge by show id; unfollowed shows are skipped', () => {
    const result = parseTvTimeFiles([
      { name: 'seen_episode.csv', text: fixture('tvtime-seen_episode.csv') },
      { name: 'tracking-prod-records-v2.csv', text: fixture('tvtime-tracking-prod-records-v2.csv') },
      { name: 'followed_tv_show.csv', text: fixture('tvtime-followed_tv_show.csv') },
      { name: 'user_tv_show_data.csv', text: fixture('tvtime-user_tv_show_data.csv') },
    ]);
    if (!result.ok) throw new Error(result.error);
    const bb = result.entries.filter((e) => e.ids.tvdb === 81189);
    expect(bb).toHaveLength(1);
    expect(bb[0]).toMatchObject({ furthest: { season: 5, episode: 16 }, episodeCount: 3 });
    expect(result.entries.find((e) => e.title === 'Stranger Things')).toMatchObject({ furthest: null });
    expect(result.skipped).toContainEqual({ line: 3, text: 'user_tv_show_data.csv: Lost', reason: 'not-followed' });
  });

  it('films in tracking-prod-records are skipped', () => {
    const text = 'series_name,uuid,type,created_at,series_id,movie_name,entity_type,season_number,episode_number\n,m1,watch,2020-01-07 00:00:00,,Dune,movie,,\nSilo,e1,watch,2024-01-02 00:00:00,403245,,episode,1,2\n';
    const result = parsed(text);
    expect(result.skipped).toEqual([{ line: 2, text: 'Dune', reason: 'film' }]);
    expect(result.entries[0]).toMatchObject({ title: 'Silo', ids: { tvdb: 403245 }, furthest: { season: 1, episode: 2 } });
  });

  it('bad files: another export, bad numbers, a cut-short file', () => {
    const netflix = parseTvTimeCsv('Title,Date\n"Dark: Staffel 1: x","1.1.20"\n', 'NetflixViewingHistory.csv');
    expect(netflix).toMatchObject({ ok: false, line: 1 });
    expect(!netflix.ok && netflix.error).toMatch(/tv_show_name/);
    const numbers = parsed('tv_show_name,episode_season_number,episode_number\nDark,1,1\nDark,one,2\n');
    expect(numbers.errors).toEqual([{ line: 3, message: expect.stringMatching(/not numbers/) }]);
    const cut = parsed('tv_show_name,episode_season_number,episode_number,created_at\nDark,1,1,2020-01-01 00:00:00\n"Dar');
    expect(cut.errors[0]).toMatchObject({ line: 3 });
    const bad = parseTvTimeFiles([{ name: 'notes.csv', text: 'a,b\n1,2\n' }]);
    expect(!bad.ok && bad.error).toMatch(/^notes\.csv: Line 1/);
  });

  it('splitTitleYear leaves non-year brackets alone', () => {
    expect(splitTitleYear('The Office (US)')).toEqual({ title: 'The Office (US)' });
    expect(splitTitleYear('Lost (2004)')).toEqual({ title: 'Lost', year: 2004 });
  });
});
