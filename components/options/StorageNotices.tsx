import { dismissStorageNotice, type StorageNotice } from '@/utils/storage/storage-notices';

/** Problems reading stored data, shown until dismissed. */
export function StorageNotices({ notices }: { notices: StorageNotice[] | null }) {
  if (!notices || notices.length === 0) return null;
  return (
    <ul class="storage-notices" aria-label="Storage problems">
      {notices.map((notice) => (
        <li key={notice.id} class="notice">
          <span>{notice.message}</span>
          <button type="button" class="secondary" onClick={() => void dismissStorageNotice(notice.id)}>
            Dismiss<span class="visually-hidden">: {notice.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
