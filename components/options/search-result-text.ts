import { i18n } from '@/utils/i18n/messages';
import type { TvmazeShow } from '@/utils/sources/tvmaze/schemas';

/** "NBC (US) · 2005": enough to tell same-named shows apart. */
export function describeSearchResult(show: TvmazeShow): string {
  const channel = show.network ?? show.webChannel;
  const country = channel?.country?.code;
  const where = channel ? `${channel.name}${country ? ` (${country})` : ''}` : null;
  const year = show.premiered?.slice(0, 4) || null;
  return [where, year].filter(Boolean).join(' · ') || i18n.t('options.search.noNetworkOrYear');
}
