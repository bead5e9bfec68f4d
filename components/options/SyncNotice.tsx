import { i18n } from '@/utils/i18n/messages';
import type { SyncStatus } from '@/utils/sync/sync-state';

const kB = (bytes: number) => i18n.t('sync.kB', [Math.ceil(bytes / 1024)]);

export function syncNoticeText(status: SyncStatus | null): string | null {
  if (status?.kind === 'failed') return i18n.t('sync.failed', [status.error]);
  if (status?.kind !== 'synced' && status?.kind !== 'too-large') return null;
  const parts: string[] = [];
  if (status.kind === 'too-large') parts.push(i18n.t('sync.tooLarge', [i18n.t('sync.shows', status.shows), kB(status.bytes), kB(status.budget)]));
  const fixes = status.corrections;
  if (fixes?.kind === 'too-large') parts.push(i18n.t('sync.correctionsTooLarge', [i18n.t('sync.corrections', fixes.count), kB(fixes.bytes), kB(fixes.budget)]));
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Says when the watched list or the corrections do not follow the user to their other devices, and why. */
export function SyncNotice({ status }: { status: SyncStatus | null }) {
  const text = syncNoticeText(status);
  if (!text) return null;
  return (
    <p class="notice sync-notice" role="status">
      {text}
    </p>
  );
}
