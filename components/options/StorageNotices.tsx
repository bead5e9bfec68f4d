import { i18n } from '@/utils/i18n/messages';
import { dismissStorageNotice, type StorageNotice } from '@/utils/storage/storage-notices';

/** Problems reading stored data, shown until dismissed. */
export function StorageNotices({ notices }: { notices: StorageNotice[] | null }) {
  if (!notices || notices.length === 0) return null;
  return (
    <ul class="storage-notices" aria-label={i18n.t('options.storage.problems')}>
      {notices.map((notice) => {
        const text = storageNoticeText(notice);
        return (
          <li key={notice.id} class="notice">
            <span>{text}</span>
            <button type="button" class="secondary" onClick={() => void dismissStorageNotice(notice.id)}>
              {i18n.t('options.storage.dismiss')}
              <span class="visually-hidden">: {text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "Your watched list could not be read; a backup was kept." */
export function storageNoticeText({ key, lost }: Pick<StorageNotice, 'key' | 'lost'>): string {
  const part = lost === 'part';
  switch (key) {
    case 'local:watchedShows':
      return i18n.t(part ? 'options.storage.partWatched' : 'options.storage.lostWatched');
    case 'local:settings':
      return i18n.t(part ? 'options.storage.partSettings' : 'options.storage.lostSettings');
    case 'local:corrections':
      return i18n.t(part ? 'options.storage.partCorrections' : 'options.storage.lostCorrections');
    case 'local:recentChanges':
      return i18n.t(part ? 'options.storage.partChanges' : 'options.storage.lostChanges');
    default:
      return i18n.t(part ? 'options.storage.partOther' : 'options.storage.lostOther', [key.replace(/^local:/, '')]);
  }
}
