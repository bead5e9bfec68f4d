import { sameShow, type ShowRef } from '../../shows/show-ref';
import { addDays, escapeText, formatDate, formatUtc, serialiseLines } from './ics';
import { zonedTimeToUtc } from './time-zone';

/**
 * The next episodes of the watched shows as an iCalendar file. Times come from TVmaze: an episode's
 * airdate and airtime are the network's wall clock, in `network.country.timezone` (web channels:
 * `webChannel.country.timezone`). Timed events are written in UTC, which every calendar reads
 * without a VTIMEZONE; an episode with no time or zone is an all-day event on its airdate.
 */

export interface NextEpisode {
  show: ShowRef;
  showName: string;
  /** The source's episode id, for a UID that stays the same across exports. */
  episodeId?: number | null;
  season: number | null;
  number: number | null;
  name?: string | null;
  /** YYYY-MM-DD in the network's zone. */
  airdate: string | null;
  /** HH:MM in the network's zone; "" or null when TVmaze has none. */
  airtime?: string | null;
  /** IANA zone of the network's country, e.g. America/New_York. */
  timezone?: string | null;
  /** The moment it airs (ISO with offset), used when the zone is unknown but a time is announced. */
  airstamp?: string | null;
  /** Minutes; the event lasts this long (an hour when unknown). */
  runtime?: number | null;
}

export interface CalendarOptions {
  now: Date;
  /** Shows the user switched off for the calendar. */
  exclude?: readonly ShowRef[];
  calendarName?: string;
}

export const PRODID = '-//Greenlit//Next episodes//EN';

export function episodeSummary(e: NextEpisode): string {
  const season = e.season === null ? '' : `S${e.season}`;
  const code = e.number === null ? season : `${season}E${e.number}`;
  return [e.showName, code, e.name ? `"${e.name}"` : ''].filter(Boolean).join(' ');
}

export function buildNextEpisodesCalendar(episodes: readonly NextEpisode[], options: CalendarOptions): string {
  const excluded = options.exclude ?? [];
  const stamp = formatUtc(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? 'Greenlit: next episodes')}`,
  ];
  for (const e of episodes) {
    if (excluded.some((ref) => sameShow(ref, e.show)) || !e.airdate || !/^\d{4}-\d{2}-\d{2}$/.test(e.airdate)) continue;
    const { source, id } = e.show;
    const uid = e.episodeId ? `${source}-episode-${e.episodeId}@greenlit` : `${source}-show-${id}-s${e.season}e${e.number ?? 0}-${formatDate(e.airdate)}@greenlit`;
    const start = e.airtime ? startOf(e.airdate, e.airtime, e.timezone, e.airstamp) : null;
    lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`);
    if (start) {
      const end = new Date(start.getTime() + (e.runtime && e.runtime > 0 ? e.runtime : 60) * 60_000);
      lines.push(`DTSTART:${formatUtc(start)}`, `DTEND:${formatUtc(end)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${formatDate(e.airdate)}`, `DTEND;VALUE=DATE:${formatDate(addDays(e.airdate, 1))}`);
    }
    lines.push(
      `SUMMARY:${escapeText(episodeSummary(e))}`,
      `DESCRIPTION:${escapeText(`${[e.showName, e.season === null ? null : `season ${e.season}`, e.number === null ? null : `episode ${e.number}`].filter(Boolean).join(', ')}.\nAir date from TVmaze (CC BY-SA).`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return serialiseLines(lines);
}

/** The network's wall clock in its zone; without a zone, the source's own moment; else none (all-day). */
function startOf(date: string, time: string, timeZone: string | null | undefined, airstamp: string | null | undefined): Date | null {
  if (timeZone) return zonedTimeToUtc(date, time, timeZone);
  const moment = airstamp && /T\d{2}:\d{2}/.test(airstamp) ? new Date(airstamp) : null;
  return moment && !Number.isNaN(moment.getTime()) ? moment : null;
}
