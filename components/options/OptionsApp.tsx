import { i18n } from '@/utils/i18n/messages';
import { useEffect, useState } from 'preact/hooks';
import { setDocumentLanguage } from '@/utils/i18n/locale';
import { CalendarExport } from './CalendarExport';
import { WELCOME_HASH } from '@/utils/onboarding/first-run';
import { CorrectionsList } from './CorrectionsList';
import { HistoryImport } from './HistoryImport';
import { ImportExport } from './ImportExport';
import { useCorrections, useRecentChanges, useSettings, useStorageNotices, useSyncStatus, useWatchedShows } from './live-data';
import { NotificationSettings } from './NotificationSettings';
import { RecentChanges } from './RecentChanges';
import { Section } from './Section';
import { ShowSearch } from './ShowSearch';
import { StorageNotices } from './StorageNotices';
import { SyncNotice } from './SyncNotice';
import { TmdbKeyForm } from './TmdbKeyForm';
import { TvmazeCredit } from './TvmazeCredit';
import { showKey } from '@/utils/shows/show-ref';
import { WatchedShowList } from './WatchedShowList';
import { Welcome } from './Welcome';

/** The options page: every list follows storage, so changes from other tabs show up live. */
export function OptionsApp() {
  const shows = useWatchedShows();
  const notices = useStorageNotices();
  const changes = useRecentChanges();
  const settings = useSettings();
  const corrections = useCorrections();
  const syncStatus = useSyncStatus();
  const watchedIds = new Set(shows?.map((s) => showKey(s.ref)));
  const [welcome, setWelcome] = useState(() => location.hash === WELCOME_HASH);
  const dismissWelcome = () => {
    setWelcome(false);
    history.replaceState(null, '', location.pathname);
  };
  const addShows = () => {
    dismissWelcome();
    document.querySelector<HTMLInputElement>('#watched-heading ~ * input[role="combobox"]')?.focus();
  };
  useEffect(() => {
    setDocumentLanguage(document);
    document.title = i18n.t('options.pageTitle');
  }, []);
  return (
    <>
      <header>
        <h1>Greenlit</h1>
        <p class="tagline">{i18n.t('options.tagline')}</p>
      </header>
      <main>
        {welcome && <Welcome onAddShows={addShows} onDismiss={dismissWelcome} />}
        <StorageNotices notices={notices} />
        <Section id="watched" title={i18n.t('options.sections.watched')}>
          <SyncNotice status={syncStatus} />
          <ShowSearch watchedIds={watchedIds} />
          <WatchedShowList shows={shows} />
        </Section>
        <Section id="calendar" title={i18n.t('options.sections.calendar')}>
          <CalendarExport />
        </Section>
        <Section id="changes" title={i18n.t('options.sections.changes')}>
          <RecentChanges changes={changes} />
        </Section>
        <Section id="notifications" title={i18n.t('options.sections.notifications')}>
          <NotificationSettings settings={settings} />
        </Section>
        <Section id="import-export" title={i18n.t('options.sections.importExport')}>
          <ImportExport />
        </Section>
        <Section id="history-import" title={i18n.t('options.sections.historyImport')}>
          <HistoryImport shows={shows} />
        </Section>
        <Section id="corrections" title={i18n.t('options.sections.corrections')}>
          <CorrectionsList corrections={corrections} />
        </Section>
        <Section id="tmdb" title={i18n.t('options.sections.tmdb')}>
          <TmdbKeyForm />
        </Section>
      </main>
      <footer>
        <TvmazeCredit />
      </footer>
    </>
  );
}
