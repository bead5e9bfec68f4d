import type { SyncStatus } from '@/utils/sync/sync-state';

const kB = (bytes: number) => `${Math.ceil(bytes / 1024)} kB`;

export function syncNoticeText(status: SyncStatus | null): string | null {
  if (status?.kind === 'too-large') {
    return `Your watched list (${status.shows} shows, ${kB(status.bytes)}) is larger than your browser’s sync allows (${kB(status.budget)}), so it stays on this computer; other devices keep the last list that fitted. Remove shows you no longer watch to sync it again.`;
  }
  if (status?.kind === 'failed') return `Sync is not working right now (${status.error}). Your list is safe on this computer and syncs again when it can.`;
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
