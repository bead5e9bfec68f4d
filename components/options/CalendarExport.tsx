import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import { downloadText } from './download';
import { errorText } from './error-text';

export const CALENDAR_TEXT = {
  intro: 'Put the next episodes of your shows in your calendar: a file your calendar app imports (Google Calendar, Apple Calendar, Outlook). Times are the network’s, shown in your time zone; an episode without an announced time is an all-day event. Switch a show off with its “In calendar” box.',
  button: 'Add to calendar (.ics)',
  working: 'Looking up the next episodes…',
};

/** "greenlit-next-episodes-2026-12-02.ics" */
export function calendarFileName(now: Date): string {
  return `greenlit-next-episodes-${now.toISOString().slice(0, 10)}.ics`;
}

function resultText({ events, shows, failed }: { events: number; shows: number; failed: string[] }): string {
  const counted = `${events} ${events === 1 ? 'episode' : 'episodes'} of the ${shows} ${shows === 1 ? 'show' : 'shows'} in your calendar`;
  const missing = failed.length > 0 ? ` Could not look up ${failed.join(', ')} now; try again later.` : '';
  return events === 0 ? `No announced episodes for the ${shows} ${shows === 1 ? 'show' : 'shows'} in your calendar yet.${missing}` : `Saved ${counted}.${missing}`;
}

/** "Add to calendar (.ics)": the worker builds the file from its lookups, the page saves it. */
export function CalendarExport() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportCalendar() {
    setBusy(true);
    setError(null);
    setStatus(CALENDAR_TEXT.working);
    try {
      const calendar = await sendMessage('nextEpisodesCalendar');
      if (calendar.events > 0) downloadText(calendarFileName(new Date()), calendar.ics, 'text/calendar');
      setStatus(resultText(calendar));
    } catch (e) {
      setStatus('');
      setError(`Could not make the calendar: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="calendar-export">
      <p>{CALENDAR_TEXT.intro}</p>
      <p>
        <button type="button" disabled={busy} onClick={() => void exportCalendar()}>
          {CALENDAR_TEXT.button}
        </button>
      </p>
      <p role="status" class="calendar-status">
        {status}
      </p>
      {error && (
        <div role="alert" class="error-box">
          <p>{error}</p>
        </div>
      )}
    </div>
  );
}
