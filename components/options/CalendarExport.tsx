import { i18n } from '@/utils/i18n/messages';
import { useState } from 'preact/hooks';
import { formatList } from '@/utils/i18n/locale';
import { sendMessage } from '@/utils/messaging/protocol';
import { downloadText } from './download';
import { errorText } from './error-text';


/** "greenlit-next-episodes-2026-12-02.ics" */
export function calendarFileName(now: Date): string {
  return `greenlit-next-episodes-${now.toISOString().slice(0, 10)}.ics`;
}

function resultText({ events, shows, failed }: { events: number; shows: number; failed: string[] }): string {
  const saved =
    events === 0
      ? i18n.t('calendar.noEpisodes', shows, [shows])
      : i18n.t('calendar.saved', [i18n.t('calendar.episodes', events), i18n.t('calendar.shows', shows)]);
  return failed.length > 0 ? `${saved} ${i18n.t('calendar.missing', [formatList(failed)])}` : saved;
}

/** "Add to calendar (.ics)": the worker builds the file from its lookups, the page saves it. */
export function CalendarExport() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportCalendar() {
    setBusy(true);
    setError(null);
    setStatus(i18n.t('calendar.working'));
    try {
      const calendar = await sendMessage('nextEpisodesCalendar');
      if (calendar.events > 0) downloadText(calendarFileName(new Date()), calendar.ics, 'text/calendar');
      setStatus(resultText(calendar));
    } catch (e) {
      setStatus('');
      setError(i18n.t('calendar.failed', [errorText(e)]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="calendar-export">
      <p>{i18n.t('calendar.intro')}</p>
      <p>
        <button type="button" disabled={busy} onClick={() => void exportCalendar()}>
          {i18n.t('calendar.button')}
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
