import type { LookupResult } from '@/utils/shows/show';
import { STATUS_SENTENCES } from '@/utils/shows/format';
import { TVMAZE_SITE } from '@/utils/sources/tvmaze/api-config';
import { CardActions } from './CardActions';

export interface StatusCardProps {
  title: string;
  result: LookupResult | null;
  now: number;
  onResult(result: LookupResult): void;
}

/** The details behind a badge. Every string is rendered as text, never as HTML. */
export function StatusCard({ title, result, now, onResult }: StatusCardProps) {
  const show = result?.show;
  if (!result || !show) {
    return (
      <>
        <h2>{title}</h2>
        <p class="sentence">{result ? 'No matching show found on TVmaze.' : 'Checking renewal status…'}</p>
        {result?.error && <p class="stale">{result.error}</p>}
        {result && <CardActions title={title} result={result} onResult={onResult} />}
        <Credit />
      </>
    );
  }
  const years = show.premieredYear ? `${show.premieredYear}–${show.endedYear ?? ''}` : null;
  return (
    <>
      <h2>{show.name}</h2>
      <p class="meta">{[show.network, years].filter(Boolean).join(' · ')}</p>
      <p class="sentence">{statusSentence(result)}</p>
      {show.nextEpisode && (
        <p>
          Next episode{episodeCode(show.nextEpisode)}: {formatDate(show.nextEpisode.airdate)}
        </p>
      )}
      {show.secondOpinion && (
        <p class="meta">
          {show.secondOpinion.source}: {show.secondOpinion.status}
        </p>
      )}
      <p class="checked">
        {result.asOf
          ? `As of ${formatDate(result.asOf)}, checking…`
          : result.checkedAt
            ? `Last checked ${relativeTime(result.checkedAt, now)}`
            : 'Not checked yet'}
      </p>
      {(result.stale || result.error) && (
        <p class="stale">{result.error ?? 'This may be out of date; it is being refreshed.'}</p>
      )}
      <p>
        <a href={show.url} target="_blank" rel="noopener noreferrer">
          {show.name} on TVmaze
        </a>
      </p>
      <CardActions title={title} result={result} onResult={onResult} />
      <Credit />
    </>
  );
}

function Credit() {
  return (
    <p class="credit">
      Data:{' '}
      <a href={TVMAZE_SITE} target="_blank" rel="noopener noreferrer">
        TVmaze
      </a>{' '}
      (
      <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener noreferrer">
        CC BY-SA
      </a>
      )
    </p>
  );
}

export function statusSentence(result: LookupResult): string {
  const show = result.show;
  if (!show) return STATUS_SENTENCES.unknown;
  switch (result.status) {
    case 'renewed':
      return show.nextSeason ? `Renewed for season ${show.nextSeason}.` : 'Renewed for another season.';
    case 'airing':
      return 'A season is airing now.';
    case 'awaiting':
      return 'No renewal decision announced yet.';
    case 'ended':
      return show.endedYear ? `Ended in ${show.endedYear}.` : 'Ended.';
    case 'cancelled':
      return 'Cancelled.';
    case 'development':
      return 'In development; not on air yet.';
    default:
      return 'Status unknown.';
  }
}

function episodeCode(ep: { season: number | null; number: number | null }): string {
  return ep.season && ep.number ? ` (S${ep.season} E${ep.number})` : '';
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function relativeTime(then: number, now: number): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}
