import type { Show } from '../../shows/show';
import type { RenewalStatus } from '../../shows/status';

/**
 * TMDB's status word over TVmaze's renewal status. TMDB is why the key exists: it says "Canceled",
 * which TVmaze folds into "Ended". "Returning Series" cannot tell renewed from awaiting, so TVmaze decides.
 */
export function tmdbRenewalStatus(tmdbStatus: string, tvmaze: RenewalStatus): RenewalStatus {
  switch (tmdbStatus.trim().toLowerCase()) {
    case 'canceled':
    case 'cancelled':
      return 'cancelled';
    case 'ended':
      // Cancelled is the more precise final word; keep it.
      return tvmaze === 'cancelled' ? 'cancelled' : 'ended';
    case 'pilot':
      return 'development';
    case 'in production':
    case 'planned':
      return tvmaze === 'unknown' ? 'development' : tvmaze;
    default:
      return tvmaze;
  }
}

/** The summary with TMDB's word recorded and, where TMDB knows better, its status. */
export function applyTmdbStatus(summary: Show, tmdbStatus: string): Show {
  const status = tmdbRenewalStatus(tmdbStatus, summary.status);
  const final = status === 'ended' || status === 'cancelled';
  return { ...summary, secondOpinion: { source: 'TMDB', status: tmdbStatus }, status, nextSeason: final ? null : summary.nextSeason };
}
