import { describe, expect, it } from 'vitest';
import { isoDay, type RenewalStatus } from '@/utils/shows/status';
import { renewalStatus } from '@/utils/sources/tvmaze/status';
import { summarizeShow } from '@/utils/sources/tvmaze/summarize';
import type { TvmazeSeason, TvmazeShow } from '@/utils/sources/tvmaze/schemas';
import {
  BIG_BANG_2017,
  FLASH_2017,
  FLASH_2020,
  GAME_OF_THRONES_2019,
  HOUSE_2017,
  JESSICA_JONES_2017,
  SHADOWHUNTERS_2024,
  SHAMELESS_2017,
  WEDNESDAY_2024,
  X_FILES_2017,
  recordedShow,
} from '../../support/tvmaze-fixtures';

const TODAY = '2026-11-26';
const NOW = new Date(`${TODAY}T12:00:00Z`);

let nextSeasonId = 1;
const season = (number: number, premiereDate: string | null, endDate: string | null): TvmazeSeason => ({
  id: nextSeasonId++,
  number,
  premiereDate,
  endDate,
  episodeOrder: null,
});

const synthetic = (status: string | null, seasons?: TvmazeSeason[]): TvmazeShow => ({
  id: 900,
  url: 'http://www.tvmaze.com/shows/900/synthetic',
  name: 'Synthetic',
  status,
  ...(seasons ? { _embedded: { seasons } } : {}),
});

describe('renewalStatus on recorded shows, today = 2026-11-26', () => {
  it.each<[string, RenewalStatus]>([
    [FLASH_2017, 'renewed'],
    [FLASH_2020, 'renewed'],
    [JESSICA_JONES_2017, 'renewed'],
    [BIG_BANG_2017, 'renewed'],
    [SHAMELESS_2017, 'renewed'],
    [X_FILES_2017, 'awaiting'],
    [HOUSE_2017, 'ended'],
    [GAME_OF_THRONES_2019, 'ended'],
    [SHADOWHUNTERS_2024, 'ended'],
  ])('%s → %s', (file, status) => {
    expect(renewalStatus(recordedShow(file), TODAY)).toBe(status);
  });

  it('Running without any season list (show fetched without embeds) → awaiting', () => {
    expect(renewalStatus(recordedShow(WEDNESDAY_2024), TODAY)).toBe('awaiting');
  });
});

describe('renewalStatus on synthetic shows, today = 2026-11-26', () => {
  it.each<[string, TvmazeShow, RenewalStatus]>([
    ['In Development', synthetic('In Development'), 'development'],
    ['To Be Determined', synthetic('To Be Determined', [season(1, '2025-01-01', '2025-03-01')]), 'awaiting'],
    ['Ended', synthetic('Ended', [season(1, '2025-01-01', '2025-03-01')]), 'ended'],
    ['Running, season on air (premiered ≤ today, ends ≥ today)', synthetic('Running', [season(1, '2026-10-01', '2026-12-20')]), 'airing'],
    ['Running, season premieres today', synthetic('Running', [season(1, TODAY, '2027-01-10')]), 'airing'],
    ['Running, season ends today', synthetic('Running', [season(1, '2026-10-01', TODAY)]), 'airing'],
    ['Running, season on air with end date unknown', synthetic('Running', [season(1, '2026-10-01', null)]), 'airing'],
    [
      'Running, last season over, higher season premieres later',
      synthetic('Running', [season(1, '2025-01-01', '2025-03-01'), season(2, '2027-02-01', null)]),
      'renewed',
    ],
    [
      'Running, last season over, higher season undated',
      synthetic('Running', [season(1, '2025-01-01', '2025-03-01'), season(2, null, null)]),
      'renewed',
    ],
    [
      'Running, last season over, nothing announced',
      synthetic('Running', [season(1, '2024-01-01', '2024-03-01'), season(2, '2025-01-01', '2025-03-01')]),
      'awaiting',
    ],
    ['Running, no seasons at all', synthetic('Running', []), 'awaiting'],
    ['unknown status string', synthetic('Pilot'), 'unknown'],
    ['status missing', synthetic(null), 'unknown'],
  ])('%s → %s', (_label, show, status) => {
    expect(renewalStatus(show, TODAY)).toBe(status);
  });
});

describe('isoDay', () => {
  it('is the UTC calendar day', () => {
    expect(isoDay(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
    expect(isoDay(new Date('2026-11-27T00:00:00Z'))).toBe('2026-11-27');
  });
});

describe('summarizeShow', () => {
  it.each([
    [FLASH_2017, 4],
    [FLASH_2020, 7],
    [JESSICA_JONES_2017, 2],
    [BIG_BANG_2017, 11],
    [SHAMELESS_2017, 8],
  ])('%s: renewed, next season %i', (file, nextSeason) => {
    expect(summarizeShow(recordedShow(file), NOW)).toMatchObject({ status: 'renewed', nextSeason });
  });

  it('The Flash (2020): CW, https url, premiered 2014, not ended', () => {
    expect(summarizeShow(recordedShow(FLASH_2020), NOW)).toEqual({
      ref: { source: 'tvmaze', id: 13 },
      name: 'The Flash',
      url: 'https://www.tvmaze.com/shows/13/the-flash',
      network: 'The CW',
      premieredYear: 2014,
      endedYear: null,
      sourceStatus: 'Running',
      status: 'renewed',
      nextEpisode: null,
      nextSeason: 7,
      imdbId: 'tt3107288',
    });
  });

  it('Jessica Jones: the network comes from webChannel (Netflix)', () => {
    expect(summarizeShow(recordedShow(JESSICA_JONES_2017), NOW)).toMatchObject({ network: 'Netflix', name: "Marvel's Jessica Jones" });
  });

  it('House: ended, endedYear from its last season (no `ended` field in 2017)', () => {
    const summary = summarizeShow(recordedShow(HOUSE_2017), NOW);
    expect(summary).toMatchObject({ status: 'ended', endedYear: 2012, nextSeason: null, network: 'FOX' });
    expect(summary.url).toBe('https://www.tvmaze.com/shows/118/house');
  });

  it('Shadowhunters: endedYear from the `ended` field', () => {
    expect(summarizeShow(recordedShow(SHADOWHUNTERS_2024), NOW)).toMatchObject({ status: 'ended', endedYear: 2019, network: 'Freeform' });
  });

  it('X-Files: awaiting, no next season, no ended year', () => {
    expect(summarizeShow(recordedShow(X_FILES_2017), NOW)).toMatchObject({ status: 'awaiting', nextSeason: null, endedYear: null });
  });

  it('an airing show has no next season, and keeps the next episode airstamp and the network\'s clock', () => {
    const network = { id: 2, name: 'CBS', country: { name: 'United States', code: 'US', timezone: 'America/New_York' } };
    const show: TvmazeShow = {
      ...synthetic('Running', [season(1, '2026-10-01', '2026-12-20')]),
      network,
      _embedded: {
        seasons: [season(1, '2026-10-01', '2026-12-20')],
        nextepisode: { id: 5, name: 'The Ninth', season: 1, number: 9, airdate: '2026-11-30', airtime: '21:00', airstamp: '2026-12-01T02:00:00+00:00', runtime: 60 },
      },
    };
    expect(summarizeShow(show, NOW)).toMatchObject({
      status: 'airing',
      nextSeason: null,
      nextEpisode: {
        airdate: '2026-12-01T02:00:00+00:00',
        season: 1,
        number: 9,
        name: 'The Ninth',
        id: 5,
        runtime: 60,
        local: { date: '2026-11-30', time: '21:00', timeZone: 'America/New_York' },
      },
    });
    // A streaming drop: a day, no time, a channel without a country.
    const drop: TvmazeShow = {
      ...show,
      network: null,
      webChannel: { id: 1, name: 'Netflix', country: null },
      _embedded: { nextepisode: { id: 6, season: 2, number: 1, airdate: '2026-12-24', airtime: '', airstamp: '2026-12-24T12:00:00+00:00' } },
    };
    expect(summarizeShow(drop, NOW).nextEpisode?.local).toEqual({ date: '2026-12-24', time: null, timeZone: null });
  });

  it('a renewed show picks the lowest upcoming season, not an older undated one', () => {
    const show = synthetic('Running', [season(1, '2024-01-01', '2024-03-01'), season(3, null, null), season(2, '2027-01-15', null)]);
    expect(summarizeShow(show, NOW)).toMatchObject({ status: 'renewed', nextSeason: 2 });
  });

  it('https urls stay as they are', () => {
    expect(summarizeShow(recordedShow(WEDNESDAY_2024), NOW).url).toBe('https://www.tvmaze.com/shows/53647/wednesday');
  });
});
