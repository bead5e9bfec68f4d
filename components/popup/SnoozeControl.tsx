import { formatClock } from './paused-sites';

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
      <div class="snooze" role="group" aria-label="Snooze">
        <p>Snoozed until {formatClock(snoozedUntil)}</p>
        <button type="button" onClick={() => onSnooze(null)}>
          Resume
        </button>
      </div>
    );
  }
  return (
    <div class="snooze">
      <button type="button" onClick={() => onSnooze(now() + SNOOZE_MS)}>
        Snooze for 1 hour
      </button>
    </div>
  );
}
