import { i18n } from '@/utils/i18n/messages';
import type { SyncStatus } from '@/utils/sync/sync-state';

const kB = (bytes: number) => i18n.t('sync.kB', [Math.ceil(bytes / 1024)]);

export function syncNoticeText(status: SyncStatus | null): string | null {
  if (status?.kind === 'too-large') {
    return i18n.t('sync.tooLarge', [i18n.t('sync.shows', status.shows), kB(status.bytes), kB(status.budget)]);
  }
  if (status?.kind === 'failed') return i18n.t('sync.failed', [status.error]);
  return null;
}

/** Says when the watched list does not follow the user to their other devices, and why. */
export function SyncNotice({ status }: { status: SyncStatus | null }) {
  const text = syncNoticeText(status);
  if (!text) return null;
  return (
    <p class="notice sync-notice" role="status">
      {text}
    </p>
  );
}
