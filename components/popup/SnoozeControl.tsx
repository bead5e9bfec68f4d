import { formatClock } from '@/utils/i18n/locale';
import { i18n } from '@/utils/i18n/messages';

export const SNOOZE_MS = 60 * 60 * 1000;

export interface SnoozeControlProps {
  snoozedUntil: number | null;
  /** Read at render and again on click: the popup may stay open a while. */
  now(): number;
  onSnooze(until: number | null): void;
}

export function SnoozeControl({ snoozedUntil, now, onSnooze }: SnoozeControlProps) {
  if (snoozedUntil !== null && now() < snoozedUntil) {
    return (
      <div class="snooze" role="group" aria-label={i18n.t('popup.snooze')}>
        <p>{i18n.t('popup.snoozedUntil', [formatClock(snoozedUntil)])}</p>
        <button type="button" onClick={() => onSnooze(null)}>
          {i18n.t('popup.resume')}
        </button>
      </div>
    );
  }
  return (
    <div class="snooze">
      <button type="button" onClick={() => onSnooze(now() + SNOOZE_MS)}>
        {i18n.t('popup.snoozeHour')}
      </button>
    </div>
  );
}
