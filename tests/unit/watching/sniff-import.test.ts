import { readFileSync } from 'node:fs';
import { parseHistoryFile, parseHistoryFiles, sniffImport } from '../../../utils/watching/imports';

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, 'utf8');

describe('sniffImport', () => {
  it.each([
    ['NetflixViewingHistory.csv', 'netflix-viewing-history-en.csv', 'netflix'],
    ['ViewingActivity.csv', 'netflix-viewing-activity-fr-noheader.csv', 'netflix'],
    ['watched-shows.json', 'trakt-watched-shows.json', 'trakt'],
    ['history.json', 'trakt-watched-history.json', 'trakt'],
    ['seen_episode.csv', 'tvtime-seen_episode.csv', 'tvtime'],
    ['followed_tv_show.csv', 'tvtime-followed_tv_show.csv', 'tvtime'],
  ])('%s is %s', (name, file, format) => {
    expect(sniffImport(name, fixture(file))).toEqual({ ok: true, format });
  });

  it('names what is wrong with other files', () => {
    const imdb = sniffImport('ratings.csv', 'Const,Your Rating,Date Rated,Title,URL\ntt1,8,2020-01-01,Dune,x\n');
    expect(imdb).toEqual({ ok: false, error: expect.stringMatching(/^This is not a Netflix, Trakt or TV Time export: its first line is "Const,Your Rating/) });
    expect(sniffImport('backup.json', '{"format":"greenlit-watched","version":3,"shows":[]}')).toMatchObject({ error: expect.stringMatching(/Greenlit export; choose it under "Import a Greenlit export file"/) });
    expect(sniffImport('export.zip', 'PK\u0003\u0004abc')).toMatchObject({ ok: false });
    expect(sniffImport('x.json', '[1,2,3]')).toMatchObject({ ok: false, error: expect.stringMatching(/no "show"/) });
    expect(sniffImport('big.csv', 'Title,Date\n' + 'a'.repeat(12 * 1024 * 1024))).toMatchObject({ error: expect.stringMatching(/MB/) });
  });

  it('parseHistoryFile dispatches and never throws', () => {
    expect(parseHistoryFile('watched.json', fixture('trakt-watched-shows.json'))).toMatchObject({ ok: true, format: 'trakt' });
    expect(parseHistoryFile('x.csv', '\u0000\u0001\u0002'.repeat(1000))).toMatchObject({ ok: false, format: null });
  });

  it('parseHistoryFiles reads TV Time\'s CSVs together, and only TV Time\'s', () => {
    const together = parseHistoryFiles([
      { name: 'seen_episode.csv', text: fixture('tvtime-seen_episode.csv') },
      { name: 'followed_tv_show.csv', text: fixture('tvtime-followed_tv_show.csv') },
    ]);
    expect(together).toMatchObject({ ok: true, format: 'tvtime' });
    const mixed = parseHistoryFiles([
      { name: 'seen_episode.csv', text: fixture('tvtime-seen_episode.csv') },
      { name: 'watched-shows.json', text: fixture('trakt-watched-shows.json') },
    ]);
    expect(mixed).toEqual({ ok: false, format: null, error: expect.stringMatching(/one file at a time.*watched-shows\.json is not one of TV Time's/) });
    expect(parseHistoryFiles([{ name: 'seen_episode.csv', text: fixture('tvtime-seen_episode.csv') }], { expect: 'trakt' })).toMatchObject({
      ok: false,
      error: 'This is a TV Time export, not a Trakt export; nothing was imported. Choose it with its own button.',
    });
  });
});
