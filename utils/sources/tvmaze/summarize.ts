import type { Show } from '../../shows/show';
import { tvmazeRef } from '../../shows/show-ref';
import { isoDay } from '../../shows/status';
import type { TvmazeShow } from './schemas';
import { renewalStatus } from './status';

const year = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) || null : null);

export function summarizeShow(show: TvmazeShow, now: Date): Show {
  const today = isoDay(now);
  const status = renewalStatus(show, today);
  const seasons = show._embedded?.seasons ?? [];
  const next = show._embedded?.nextepisode;
  const upcoming = seasons.filter((s) => !s.premiereDate || s.premiereDate > today).map((s) => s.number);
  return {
    ref: tvmazeRef(show.id),
    name: show.name,
    url: show.url.replace(/^http:/, 'https:'),
    network: show.network?.name ?? show.webChannel?.name ?? null,
    premieredYear: year(show.premiered),
    endedYear: show.status === 'Ended' ? year(show.ended ?? lastEndDate(show)) : null,
    sourceStatus: show.status ?? null,
    status,
    nextEpisode: next?.airdate
      ? {
          airdate: next.airstamp ?? next.airdate,
          season: next.season ?? null,
          number: next.number ?? null,
          name: next.name ?? null,
          id: next.id,
          runtime: next.runtime ?? null,
          local: {
            date: next.airdate,
            time: next.airtime || null,
            timeZone: show.network?.country?.timezone ?? show.webChannel?.country?.timezone ?? null,
          },
        }
      : null,
    nextSeason: status === 'renewed' && upcoming.length ? Math.min(...upcoming) : null,
    imdbId: show.externals?.imdb ?? null,
  };
}

function lastEndDate(show: TvmazeShow): string | null {
  const ends = (show._embedded?.seasons ?? []).map((s) => s.endDate).filter((d): d is string => !!d);
  return ends.sort().at(-1) ?? null;
}
