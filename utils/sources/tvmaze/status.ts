import type { RenewalStatus } from '../../shows/status';
import type { TvmazeSeason, TvmazeShow } from './schemas';

/**
 * TVmaze's status plus its season list → renewal status.
 * Running shows are split: a season on air → airing; a later season announced but not started → renewed;
 * otherwise the network has not decided yet → awaiting.
 */
export function renewalStatus(show: Pick<TvmazeShow, 'status' | '_embedded'>, today: string): RenewalStatus {
  switch (show.status) {
    case 'In Development':
      return 'development';
    case 'Ended':
      return 'ended';
    case 'To Be Determined':
      return 'awaiting';
    case 'Running':
      return runningStatus(show._embedded?.seasons ?? [], today);
    default:
      return 'unknown';
  }
}

function runningStatus(seasons: readonly TvmazeSeason[], today: string): RenewalStatus {
  const premiered = seasons.filter((s) => s.premiereDate && s.premiereDate <= today);
  const onAir = premiered.some((s) => !s.endDate || s.endDate >= today);
  if (onAir) return 'airing';
  const lastPremiered = Math.max(0, ...premiered.map((s) => s.number));
  const announced = seasons.some(
    (s) => s.number > lastPremiered && (!s.premiereDate || s.premiereDate > today),
  );
  return announced ? 'renewed' : 'awaiting';
}
