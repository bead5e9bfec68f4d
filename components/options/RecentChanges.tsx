import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import { formatDay } from '@/utils/i18n/locale';
import { changeText } from '@/utils/watching/change-text';
import { sendMessage } from '@/utils/messaging/protocol';
import { markRecentChangesSeen, type StatusChange } from '@/utils/watching/recent-changes';
import { errorText } from './error-text';

type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; checked: number; changes: number }
  | { kind: 'error'; message: string };

/** Status changes of watched shows, newest first; opening the page marks them seen. */
export function RecentChanges({ changes }: { changes: StatusChange[] | null }) {
  const [check, setCheck] = useState<CheckState>({ kind: 'idle' });
  // Remember what was new when the page opened, so it stays marked after being marked seen.
  const [newIds, setNewIds] = useState<ReadonlySet<string> | null>(null);

  useEffect(() => {
    if (!changes || newIds) return;
    setNewIds(new Set(changes.filter((c) => !c.seen).map((c) => c.id)));
    void markRecentChangesSeen();
  }, [changes, newIds]);

  async function checkNow() {
    setCheck({ kind: 'checking' });
    try {
      const result = await sendMessage('checkWatchedNow');
      setCheck({ kind: 'done', ...result });
    } catch (error) {
      setCheck({ kind: 'error', message: errorText(error) });
    }
  }

  return (
    <div>
      {changes === null ? (
        <p>{i18n.t('options.changes.loading')}</p>
      ) : changes.length === 0 ? (
        <p>{i18n.t('options.changes.empty')}</p>
      ) : (
        <ul class="recent-changes">
          {changes.map((change) => (
            <li key={change.id}>
              {newIds?.has(change.id) && <span class="new-mark">{i18n.t('options.changes.new')}</span>}
              <span>{changeText(change)}</span> <time dateTime={new Date(change.at).toISOString()}>{formatDay(change.at)}</time>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" onClick={() => void checkNow()} disabled={check.kind === 'checking'}>
          {i18n.t('options.changes.checkNow')}
        </button>
      </p>
      <p role="status">{checkStatusText(check)}</p>
      {check.kind === 'error' && (
        <p role="alert" class="error-text">
          {i18n.t('options.changes.failed', [check.message])}
        </p>
      )}
    </div>
  );
}

function checkStatusText(check: CheckState): string {
  switch (check.kind) {
    case 'checking':
      return i18n.t('options.changes.checking');
    case 'done':
      return i18n.t('options.changes.checked', check.checked, [check.checked, i18n.t('options.changes.count', check.changes)]);
    default:
      return '';
  }
}
