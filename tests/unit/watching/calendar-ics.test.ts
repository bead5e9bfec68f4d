import ICAL from 'ical.js';
import { tvmazeRef } from '../../../utils/shows/show-ref';
import { buildNextEpisodesCalendar, type NextEpisode } from '../../../utils/watching/calendar';
import { foldLine } from '../../../utils/watching/calendar/ics';
import { zonedTimeToUtc } from '../../../utils/watching/calendar/time-zone';

const now = new Date('2026-12-02T10:00:00Z');
const episodes: NextEpisode[] = [
  // Shape of TVmaze's _embedded.nextepisode with the show's network.country.timezone.
  { show: tvmazeRef(82), showName: 'Severance', episodeId: 9001, season: 2, number: 5, name: 'Trojan\'s Horse', airdate: '2026-12-18', airtime: '21:00', timezone: 'America/New_York', runtime: 50 },
  { show: tvmazeRef(83), showName: 'Slow Horses', episodeId: 9002, season: 5, number: 1, name: 'Missing, presumed; "dead"\\gone', airdate: '2027-03-29', airtime: '21:00', timezone: 'Europe/London' },
  { show: tvmazeRef(84), showName: 'The Bear', season: 4, number: null, name: null, airdate: '2026-12-24', airtime: '', timezone: null },
  { show: tvmazeRef(85), showName: 'Excluded', season: 1, number: 1, airdate: '2026-12-20' },
  { show: tvmazeRef(86), showName: 'No date', season: 1, number: 2, airdate: null },
];

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('next-episodes .ics', () => {
  const text = buildNextEpisodesCalendar(episodes, { now, exclude: [tvmazeRef(85)] });

  it('is valid iCalendar with the required properties', () => {
    const { component, events } = parse(text);
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('prodid')).toBe('-//Greenlit//Next episodes//EN');
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event.uid).toMatch(/@greenlit$/);
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-02T10:00:00Z');
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
  });

  it('timed episodes land at the network\'s local time, across daylight saving', () => {
    const { events } = parse(text);
    const severance = events.find((e) => e.summary.startsWith('Severance'))!;
    expect(severance.summary).toBe('Severance S2E5 "Trojan\'s Horse"');
    expect(severance.startDate.toJSDate().toISOString()).toBe('2026-12-19T02:00:00.000Z'); // 21:00 EST
    expect(severance.endDate.toJSDate().toISOString()).toBe('2026-12-19T02:50:00.000Z');
    const slow = events.find((e) => e.summary.startsWith('Slow Horses'))!;
    expect(slow.startDate.toJSDate().toISOString()).toBe('2027-03-29T20:00:00.000Z'); // 21:00 BST, the day after the clocks change
    expect(slow.summary).toBe('Slow Horses S5E1 "Missing, presumed; "dead"\\gone"');
  });

  it('episodes without a time are all-day; excluded shows and undated episodes are left out', () => {
    const { events } = parse(text);
    const bear = events.find((e) => e.summary.startsWith('The Bear'))!;
    expect(bear.summary).toBe('The Bear S4');
    expect(bear.startDate.isDate).toBe(true);
    expect(bear.startDate.toString()).toBe('2026-12-24');
    expect(bear.endDate.toString()).toBe('2026-12-25');
    expect(events.some((e) => e.summary.startsWith('Excluded') || e.summary.startsWith('No date'))).toBe(false);
  });

  it('uses CRLF, escapes text and folds long lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('SUMMARY:Slow Horses S5E1 "Missing\\, presumed\\; "dead"\\\\gone"');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `SUMMARY:${'Ä'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const longShow = buildNextEpisodesCalendar([{ show: tvmazeRef(1), showName: 'A'.repeat(120), season: 1, number: 1, airdate: '2026-12-24' }], { now });
    expect(parse(longShow).events[0]!.summary).toBe(`${'A'.repeat(120)} S1E1`);
  });

  it('converts zones and refuses unknown ones', () => {
    expect(zonedTimeToUtc('2026-07-01', '20:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-07-02T03:00:00.000Z');
    expect(zonedTimeToUtc('2026-07-01', '20:00', 'Asia/Kolkata')?.toISOString()).toBe('2026-07-01T14:30:00.000Z');
    expect(zonedTimeToUtc('2026-07-01', '20:00', 'Not/AZone')).toBeNull();
    const fallback = buildNextEpisodesCalendar([{ show: tvmazeRef(1), showName: 'X', season: 1, number: 1, airdate: '2026-12-24', airtime: '20:00', timezone: 'Not/AZone' }], { now });
    expect(parse(fallback).events[0]!.startDate.isDate).toBe(true);
  });
});
