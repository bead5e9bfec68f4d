import { i18n } from '@/utils/i18n/messages';
import { formatCalendarDate, formatTimeAgo } from '@/utils/i18n/locale';
import type { LookupResult } from '@/utils/shows/show';
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
        <p class="sentence">{i18n.t(result ? 'card.noMatch' : 'card.checking')}</p>
        {result?.error && <p class="stale">{result.error}</p>}
        {result && <CardActions title={title} result={result} onResult={onResult} />}
        <Credit />
      </>
    );
  }
  const years = show.premieredYear ? `${show.premieredYear}–${show.endedYear ?? ''}` : null;
  const next = show.nextEpisode;
  return (
    <>
      <h2>{show.name}</h2>
      <p class="meta">{[show.network, years].filter(Boolean).join(' · ')}</p>
      <p class="sentence">{statusSentence(result)}</p>
      {next && (
        <p>
          {next.season && next.number
            ? i18n.t('card.nextEpisodeNumbered', [next.season, next.number, formatCalendarDate(next.airdate)])
            : i18n.t('card.nextEpisode', [formatCalendarDate(next.airdate)])}
        </p>
      )}
      {show.secondOpinion && <p class="meta">{i18n.t('card.secondOpinion', [show.secondOpinion.source, show.secondOpinion.status])}</p>}
      <p class="checked">{checkedText(result, now)}</p>
      {(result.stale || result.error) && <p class="stale">{result.error ?? i18n.t('card.stale')}</p>}
      <p>
        <a href={show.url} target="_blank" rel="noopener noreferrer">
          {i18n.t('card.onTvmaze', [show.name])}
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
      {i18n.t('card.data')}{' '}
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

function checkedText(result: LookupResult, now: number): string {
  if (result.asOf) return i18n.t('card.asOf', [formatCalendarDate(result.asOf)]);
  if (!result.checkedAt) return i18n.t('card.notChecked');
  const ago = formatTimeAgo(result.checkedAt, now);
  return ago ? i18n.t('card.lastChecked', [ago]) : i18n.t('card.lastCheckedJustNow');
}

export function statusSentence(result: LookupResult): string {
  const show = result.show;
  if (!show) return i18n.t('card.unknown');
  switch (result.status) {
    case 'renewed':
      return show.nextSeason ? i18n.t('card.renewedForSeason', [show.nextSeason]) : i18n.t('card.renewedAnother');
    case 'airing':
      return i18n.t('card.airing');
    case 'awaiting':
      return i18n.t('card.awaiting');
    case 'ended':
      return show.endedYear ? i18n.t('card.endedIn', [show.endedYear]) : i18n.t('card.ended');
    case 'cancelled':
      return i18n.t('card.cancelled');
    case 'development':
      return i18n.t('card.development');
    default:
      return i18n.t('card.unknown');
  }
}
