import { CalendarExport } from './CalendarExport';
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

/** The options page: every list follows storage, so changes from other tabs show up live. */
export function OptionsApp() {
  const shows = useWatchedShows();
  const notices = useStorageNotices();
  const changes = useRecentChanges();
  const settings = useSettings();
  const corrections = useCorrections();
  const syncStatus = useSyncStatus();
  const watchedIds = new Set(shows?.map((s) => showKey(s.ref)));
  return (
    <>
      <header>
        <h1>Greenlit</h1>
        <p class="tagline">Did my show get renewed? Badges and spoiler protection for the shows you watch.</p>
      </header>
      <main>
        <StorageNotices notices={notices} />
        <Section id="watched" title="Your watched shows">
          <SyncNotice status={syncStatus} />
          <ShowSearch watchedIds={watchedIds} />
          <WatchedShowList shows={shows} />
        </Section>
        <Section id="calendar" title="Your calendar">
          <CalendarExport />
        </Section>
        <Section id="changes" title="Recent status changes">
          <RecentChanges changes={changes} />
        </Section>
        <Section id="notifications" title="Notifications">
          <NotificationSettings settings={settings} />
        </Section>
        <Section id="import-export" title="Import and export">
          <ImportExport />
        </Section>
        <Section id="history-import" title="Import your history">
          <HistoryImport shows={shows} />
        </Section>
        <Section id="corrections" title="Show corrections">
          <CorrectionsList corrections={corrections} />
        </Section>
        <Section id="tmdb" title="TMDB (optional)">
          <TmdbKeyForm />
        </Section>
      </main>
      <footer>
        <TvmazeCredit />
      </footer>
    </>
  );
}
