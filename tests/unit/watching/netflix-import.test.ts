import { readFileSync } from 'node:fs';
import { parseNetflixCsv } from '../../../utils/watching/imports/netflix';
import { parseNetflixTitle } from '../../../utils/watching/imports/netflix-title';
import type { ImportEntry, ParsedImport } from '../../../utils/watching/imports/types';

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`, 'utf8');

function parsed(text: string, options = {}): ParsedImport {
  const result = parseNetflixCsv(text, options);
  if (!result.ok) throw new Error(`expected a parse, got: ${result.error}`);
  return result;
}

const byTitle = (result: ParsedImport, title: string): ImportEntry | undefined =>
  result.entries.find((e) => e.title === title);

describe('parseNetflixTitle', () => {
  it('finds the season word wherever the show name itself has colons', () => {
    expect(parseNetflixTitle('Peaky Blinders: Sangue, Apostas e Navalhas: Temporada 5: Gatos pretos')).toMatchObject({
      kind: 'episode',
      show: 'Peaky Blinders: Sangue, Apostas e Navalhas',
      season: 5,
    });
    expect(parseNetflixTitle('Dark: Staffel 1: Geheimnisse')).toMatchObject({ kind: 'episode', show: 'Dark', season: 1 });
    expect(parseNetflixTitle('Young Sheldon: Saison 6: Blonde Ambition (Épisode 4)')).toMatchObject({ season: 6, episode: 4 });
    expect(parseNetflixTitle('Stranger Things: Stranger Things 2: Chapter Nine: The Gate')).toMatchObject({ show: 'Stranger Things', season: 2 });
  });

  it('reads "Chapter N" and "Chapter One" as the episode where the line gives no other number', () => {
    expect(parseNetflixTitle('Stranger Things: Stranger Things 4: Chapter One: The Hellfire Club')).toMatchObject({ show: 'Stranger Things', season: 4, episode: 1 });
    expect(parseNetflixTitle('Stranger Things: Stranger Things 3: Chapter Eight: The Battle of Starcourt')).toMatchObject({ season: 3, episode: 8 });
    expect(parseNetflixTitle('Riverdale: Season 2: Chapter 5')).toMatchObject({ show: 'Riverdale', season: 2, episode: 5 });
    expect(parseNetflixTitle('The Haunting of Hill House: Season 1: Chapter Twenty-Two')).toMatchObject({ season: 1, episode: 22 });
    // No season label before the chapter: season 1, as "Show: Episode 49" is.
    expect(parseNetflixTitle('Stranger Things: Chapter Two: The Weirdo on Maple Street')).toMatchObject({ show: 'Stranger Things', season: 1, episode: 2 });
    // Netflix names Stranger Things' first season "Stranger Things", its second "Stranger Things 2".
    expect(parseNetflixTitle('Stranger Things: Stranger Things: Chapter One: The Vanishing of Will Byers')).toMatchObject({ show: 'Stranger Things', season: 1, episode: 1 });
    expect(parseNetflixTitle('Bosch: Legacy: Bosch: Legacy: Chapter Three: Pumped')).toMatchObject({ show: 'Bosch: Legacy', season: 1, episode: 3 });
    // Localised chapter titles, as Netflix translates them.
    expect(parseNetflixTitle('Stranger Things: Stranger Things 2: Kapitel neun: Das Tor')).toMatchObject({ season: 2, episode: 9 });
    expect(parseNetflixTitle('Stranger Things: Stranger Things: Capítulo uno: La desaparición de Will Byers')).toMatchObject({ season: 1, episode: 1 });
    expect(parseNetflixTitle('Stranger Things: Stranger Things 3: Capítulo oito: A batalha de Starcourt')).toMatchObject({ season: 3, episode: 8 });
    expect(parseNetflixTitle('Stranger Things: Stranger Things 4: Chapitre sept : Le massacre du laboratoire de Hawkins')).toMatchObject({ season: 4, episode: 7 });
    expect(parseNetflixTitle('Stranger Things: Stranger Things 2: Capitolo tre: Il girino')).toMatchObject({ season: 2, episode: 3 });
    expect(parseNetflixTitle('Stranger Things: Stranger Things 2: Kapitel Neunhundert')).toMatchObject({ season: 2, episode: null });
    // A part between the show and the chapter that is not the show again is no season of it.
    expect(parseNetflixTitle('Stranger Things: Hawkins: Chapter One: Pilot')).toMatchObject({ show: 'Stranger Things', season: null });
    // An episode number the line gives beats the chapter; a chapter counted across the series is no episode.
    expect(parseNetflixTitle('Young Sheldon: Saison 6: Chapter Three (Épisode 4)')).toMatchObject({ season: 6, episode: 4 });
    expect(parseNetflixTitle('Jane The Virgin: Season 4: Chapter Seventy-Eight')).toMatchObject({ season: 4, episode: null });
    // Words that are not a number stay no episode.
    expect(parseNetflixTitle('Lucifer: Season 5: Chapter Won')).toMatchObject({ season: 5, episode: null });
    expect(parseNetflixTitle('The Crown: Season 1: Wolferton Splash')).toMatchObject({ season: 1, episode: null });
  });

  it('reads limited series as season 1 and films as films', () => {
    expect(parseNetflixTitle('The Queen\'s Gambit: Limited Series: Episode 3')).toMatchObject({ season: 1, episode: 3 });
    expect(parseNetflixTitle('ROMA')).toEqual({ kind: 'film', title: 'ROMA' });
    expect(parseNetflixTitle('Pablo Escobar, el patrón del mal: Season 1_hook_primary_16x9').kind).toBe('junk');
  });
});

describe('parseNetflixCsv on real viewing-activity downloads', () => {
  it('English: furthest season per show, films skipped, quoted commas kept', () => {
    const result = parsed(fixture('netflix-viewing-history-en.csv'));
    expect(byTitle(result, 'Gilmore Girls')).toMatchObject({ furthest: { season: 6, episode: null }, lastWatched: '2019-02-05', episodeCount: 2 });
    expect(byTitle(result, 'Sex Education')).toMatchObject({ furthest: { season: 1, episode: 8 }, episodeCount: 3 });
    expect(byTitle(result, 'Sherlock')?.furthest).toEqual({ season: 2, episode: null });
    expect(byTitle(result, 'Gilmore Girls: A Year in the Life')?.furthest).toEqual({ season: 1, episode: null });
    expect(byTitle(result, 'Stranger Things')?.furthest).toEqual({ season: 2, episode: 9 }); // "Chapter Nine: The Gate"
    expect(byTitle(result, 'Jane The Virgin')?.furthest).toEqual({ season: 4, episode: null }); // chapters counted series-wide
    expect(byTitle(result, 'Patriot Act with Hasan Minhaj')?.furthest?.season).toBe(1);
    const skipped = Object.fromEntries(result.skipped.map((s) => [s.text, s.reason]));
    expect(skipped['ROMA']).toBe('film');
    expect(skipped['Crazy, Stupid, Love']).toBe('film');
    expect(skipped['Black Mirror: Bandersnatch']).toBe('maybe-film');
    expect(skipped['SHOW: SEASON: VideoEpisode']).toBe('trailer');
    expect(result.errors).toEqual([]);
  });

  it('Spanish: day-first dates, Temporada/Parte/Volumen/Miniserie, single-season shows', () => {
    const result = parsed(fixture('netflix-viewing-history-es.csv'));
    expect(byTitle(result, 'Pablo Escobar, el patrón del mal')).toMatchObject({ furthest: { season: 1, episode: 49 }, lastWatched: '2023-08-11' });
    expect(byTitle(result, 'Trabajo incógnito')?.furthest).toEqual({ season: 2, episode: null });
    expect(byTitle(result, 'El marginal')?.furthest).toEqual({ season: 3, episode: 7 });
    expect(byTitle(result, 'Love, Death & Robots')?.furthest?.season).toBe(3);
    expect(byTitle(result, 'Todas las veces que nos enamoramos')?.furthest).toEqual({ season: 1, episode: null });
    expect(byTitle(result, 'El amor es ciego: Brasil')?.furthest?.season).toBe(3);
    expect(byTitle(result, 'Avatar: La leyenda de Aang')?.furthest?.season).toBe(1);
    expect(byTitle(result, 'Better Call Saul')?.lastWatched).toBe('2023-07-31');
    expect(result.skipped.find((s) => s.text.includes('_hook_'))?.reason).toBe('trailer');
    expect(result.skipped.find((s) => s.text === 'El Padrino')?.reason).toBe('film');
  });

  it('Portuguese: Episódio numbers, Minissérie, seasons written in words stay unknown', () => {
    const result = parsed(fixture('netflix-viewing-history-pt.csv'));
    expect(byTitle(result, 'Fantasmas')?.furthest).toEqual({ season: 1, episode: 10 });
    expect(byTitle(result, 'Dia Zero')?.furthest).toEqual({ season: 1, episode: 1 });
    expect(byTitle(result, 'Lupin')?.furthest).toEqual({ season: 3, episode: 7 });
    expect(byTitle(result, 'Hooligan')?.furthest).toEqual({ season: 1, episode: 1 });
    expect(byTitle(result, 'Lei e ordem')).toMatchObject({ furthest: null, episodeCount: 2 });
    expect(byTitle(result, 'Beauty in Black')?.episodeCount).toBe(2);
    expect(result.skipped.find((s) => s.text === 'Uncharted: Fora do Mapa')?.reason).toBe('maybe-film');
  });

  it('French full download without its header: episode numbers, trailers and previews skipped', () => {
    const result = parsed(fixture('netflix-viewing-activity-fr-noheader.csv'));
    expect(byTitle(result, 'Young Sheldon')).toMatchObject({ furthest: { season: 6, episode: 9 }, lastWatched: '2024-09-14T21:22:34.000Z' });
    expect(byTitle(result, 'Umbrella Academy')?.furthest).toEqual({ season: 4, episode: 6 });
    expect(byTitle(result, 'KAOS')?.furthest).toEqual({ season: 1, episode: 1 });
    expect(result.skipped.filter((s) => s.reason === 'trailer')).toHaveLength(5);
    expect(result.profiles).toEqual(['Henri']);
  });
});

describe('parseNetflixCsv variants and broken files', () => {
  const FULL_HEADER = 'Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country';

  it('full download with a header and two profiles keeps the chosen one', () => {
    const text = [
      FULL_HEADER,
      'Ash,2026-05-10 21:00:00,00:48:12,,Severance: Season 2: Hello Ms. Cobel (Episode 2),,Apple TV,00:48:12,00:48:12,US (United States)',
      'Kim,2026-05-11 21:00:00,00:48:12,,Severance: Season 2: Trojan\'s Horse (Episode 9),,iPhone,00:48:12,00:48:12,US (United States)',
    ].join('\r\n');
    const ash = parsed(text, { profile: 'ash' });
    expect(ash.entries).toEqual([expect.objectContaining({ title: 'Severance', furthest: { season: 2, episode: 2 } })]);
    expect(ash.skipped).toEqual([expect.objectContaining({ line: 3, reason: 'other-profile' })]);
    expect(ash.profiles).toEqual(['Ash', 'Kim']);
  });

  it('German dotted dates and Staffel', () => {
    const result = parsed('Title,Date\n"Dark: Staffel 2: Anfänge und Enden","29.08.21"\n"Dark: Staffel 1: Geheimnisse","03.10.20"\n');
    expect(result.entries[0]).toMatchObject({ title: 'Dark', furthest: { season: 2, episode: null }, lastWatched: '2021-08-29' });
  });

  it('a truncated download reports the line whose quote never closes and keeps the rest', () => {
    const text = 'Title,Date\n"Dark: Staffel 1: Geheimnisse","03.10.20"\n"Dark: Staffel 1: Lügen","04.10.20"\n"Dark: Staffel 2: Anf';
    const result = parsed(text);
    expect(result.entries).toHaveLength(1);
    expect(result.errors).toEqual([expect.objectContaining({ line: 4 })]);
    expect(result.errors[0]!.message).toMatch(/cut short/);
  });

  it('another language\'s headers or another export is refused at line 1', () => {
    const other = parseNetflixCsv('Const,Your Rating,Date Rated,Title\ntt1,8,2020-01-01,Dune\n');
    expect(other).toMatchObject({ ok: false, line: 1 });
    expect(!other.ok && other.error).toMatch(/Title,Date/);
    expect(parseNetflixCsv('名称,日期\n"某剧: 第1季: 第1集","1/1/24"\n').ok).toBe(false);
  });

  it('localised header names Netflix-like tools write are accepted', () => {
    expect(parsed('Titel,Datum\n"Dark: Staffel 1: Geheimnisse","29.08.2026"\n').entries[0]?.lastWatched).toBe('2026-08-29');
  });

  it('bad dates are named by line; a file of them is refused', () => {
    const one = parsed('Title,Date\n"Dark: Staffel 1: Geheimnisse","someday"\n"Dark: Staffel 1: Lügen","04.10.20"\n');
    expect(one.errors).toEqual([{ line: 2, message: expect.stringMatching(/not a date/) }]);
    const all = parseNetflixCsv('Title,Date\n"A: Season 1: x","never"\n"B: Season 1: y","no"\n');
    expect(all).toMatchObject({ ok: false, line: 2 });
  });

  it('oversized junk and binary data are refused without throwing', () => {
    const junk = 'x'.repeat(11 * 1024 * 1024);
    const big = parseNetflixCsv(junk);
    expect(big.ok).toBe(false);
    expect(!big.ok && big.error).toMatch(/MB/);
    const binary = parseNetflixCsv('PK\u0003\u0004\u0014\u0000\u0008\u0000' + '\u0000'.repeat(100));
    expect(!binary.ok && binary.error).toMatch(/not text|Unzip/);
    expect(parseNetflixCsv('').ok).toBe(false);
  });

  it('parses a long history quickly', () => {
    const lines = ['Title,Date'];
    for (let i = 0; i < 20000; i++) lines.push(`"Show ${i % 300}: Season ${1 + (i % 5)}: Episode ${1 + (i % 10)}","${1 + (i % 12)}/${1 + (i % 28)}/23"`);
    const started = performance.now();
    const result = parsed(lines.join('\n'));
    const ms = performance.now() - started;
    expect(result.entries).toHaveLength(300);
    console.info(`netflix: 20000 lines in ${ms.toFixed(0)} ms (${Math.round(20000 / (ms / 1000))} lines/s)`);
    expect(ms).toBeLessThan(2000);
  });
});
