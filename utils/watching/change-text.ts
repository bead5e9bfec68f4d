// A status change in words, in the reader's language at the time it is shown (notification, options list).
import { i18n } from '../i18n/messages';
import { formatCalendarDate } from '../i18n/locale';
import { statusSpoken } from '../shows/format';
import type { StatusChange } from './recent-changes';

/** "Ballard — renewed for season 2 (returns 11 Jul 2026)", "Friends ended". */
export function changeText({ name, from, to, detail }: Pick<StatusChange, 'name' | 'from' | 'to' | 'detail'>): string {
  switch (to) {
    case 'renewed': {
      const renewed = detail.nextSeason
        ? i18n.t('notifications.renewedForSeason', [name, detail.nextSeason])
        : i18n.t('notifications.renewedAnother', [name]);
      return detail.nextAirdate ? i18n.t('notifications.returns', [renewed, formatCalendarDate(detail.nextAirdate)]) : renewed;
    }
    case 'airing':
      return i18n.t(from === 'development' ? 'notifications.premiered' : 'notifications.backOnAir', [name]);
    case 'ended':
      return i18n.t('notifications.ended', [name]);
    case 'cancelled':
      return i18n.t('notifications.cancelled', [name]);
    default:
      return i18n.t('badge.label', [name, statusSpoken(to)]);
  }
}
