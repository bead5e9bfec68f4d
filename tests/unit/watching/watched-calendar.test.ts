import ICAL from 'ical.js';
import { tvmazeRef, type ShowRef } from '../../../utils/shows/show-ref';
import type { Show } from '../../../utils/shows/show';
import type { WatchedShow } from '../../../utils/storage/watched-shows';
import { summarizeShow } from '../../../utils/sources/tvmaze/summarize';
import type { TvmazeShow } from '../../../utils/sources/tvmaze/schemas';
import { buildWatchedCalendar } from '../../../utils/watching/calendar';
import { findShow, loadFixtureShows } from '../../support/catalog';

const NOW = new Date('2026-12-02T10:00:00Z');
const catalog = loadFixtureShows() as unknown as TvmazeShow[];

/** A catalog record with the next episode TVmaze would embed. */
function withNext(id: number, next: Record<string, unknown>): TvmazeShow {
  return { ...(findShow(catalog as never, id) as unknown as TvmazeShow), status: 'Running', _embedded: { seasons: [], nextepisode: { id: id * 10, ...next } } };
}

const abbott = withNext(55350, { name: 'Science Fair', season: 5, number: 9, airdate: '2026-12-09', airtime: '21:00', airstamp: '2026-12-10T02:00:00+00:00', runtime: 30 });
const derry = withNext(33320, { name: 'The Reunion', season: 4, number: 1, airdate: '2027-03-29', airtime: '21:00', airstamp: '2027-03-29T20:00:00+00:00' });
const bridgerton = withNext(42966, { name: null, season: 4, number: 1, airdate: '2026-12-24', airtime: '', airstamp: '2026-12-24T12:00:00+00:00' });
const past = withNext(23542, { season: 4, number: 16, airdate: '2026-11-01', airtime: '22:00' });

const watched = (show: TvmazeShow, inCalendar = true): WatchedShow => ({ ref: tvmazeRef(show.id), name: show.name, progress: null, protectSpoilers: true, inCalendar, addedAt: 1 });

function lookups(shows: Map<number, Show>, fresh: Map<number, Show> = new Map(), failing: number[] = []) {
  const asked: string[] = [];
  return {
    asked,
    showByRef: async (ref: ShowRef, maxAgeMs?: number) => {
      asked.push(`${ref.id}${maxAgeMs === undefined ? '' : `@${maxAgeMs}`}`);
      if (failing.includes(ref.id)) throw new Error('offline');
      return (maxAgeMs === 0 ? fresh.get(ref.id) : shows.get(ref.id)) ?? null;
    },
  };
}

const summary = (show: TvmazeShow) => summarizeShow(show, NOW);

describe('buildWatchedCalendar', () => {
  it('holds the next episode of every show switched on, at the network\'s time or all-day', async () => {
    const shows = new Map([abbott, derry, bridgerton, past].map((s) => [s.id, summary(s)]));
    const deps = lookups(shows);
    const list = [watched(abbott), watched(derry), watched(bridgerton), watched(past), watched(withNext(431, {}), false)];
    const calendar = await buildWatchedCalendar(list, deps, NOW);
    expect(calendar).toMatchObject({ events: 3, shows: 4, failed: [] });
    expect(deps.asked).toEqual(['55350', '33320', '42966', '23542']);

    const events = new ICAL.Component(ICAL.parse(calendar.ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Abbott Elementary S5E9 "Science Fair"', 'Bridgerton S4E1', 'Derry Girls S4E1 "The Reunion"']);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-10T02:00:00.000Z'); // 21:00 in New York
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-12-10T02:30:00.000Z');
    expect(events[1]!.startDate.isDate).toBe(true);
    expect(events[2]!.startDate.toJSDate().toISOString()).toBe('2027-03-29T20:00:00.000Z'); // 21:00 in London, summer time
    expect(events[0]!.uid).toBe('tvmaze-episode-553500@greenlit');
  });

  it('asks again for a show cached before the network\'s clock was kept, and names shows it could not look up', async () => {
    const old = summary(abbott);
    const { local: _local, ...withoutLocal } = old.nextEpisode!;
    const deps = lookups(new Map([[abbott.id, { ...old, nextEpisode: withoutLocal }]]), new Map([[abbott.id, old]]), [derry.id]);
    const calendar = await buildWatchedCalendar([watched(abbott), watched(derry)], deps, NOW);
    expect(deps.asked).toEqual(['55350', '55350@0', '33320']);
    expect(calendar).toMatchObject({ events: 1, failed: ['Derry Girls'] });
  });
});
