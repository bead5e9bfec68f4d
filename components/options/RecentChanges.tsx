import { useEffect, useState } from 'preact/hooks';
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
        <p>Loading changes…</p>
      ) : changes.length === 0 ? (
        <p>No status changes yet. Greenlit checks your watched shows regularly.</p>
      ) : (
        <ul class="recent-changes">
          {changes.map((change) => (
            <li key={change.id}>
              {newIds?.has(change.id) && <span class="new-mark">New</span>}
              <span>{change.message}</span> <time dateTime={new Date(change.at).toISOString()}>{formatDay(change.at)}</time>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" onClick={() => void checkNow()} disabled={check.kind === 'checking'}>
          Check now
        </button>
      </p>
      <p role="status">{checkStatusText(check)}</p>
      {check.kind === 'error' && (
        <p role="alert" class="error-text">
          The check failed: {check.message}
        </p>
      )}
    </div>
  );
}

function checkStatusText(check: CheckState): string {
  switch (check.kind) {
    case 'checking':
      return 'Checking your watched shows…';
    case 'done': {
      const shows = `${check.checked} ${check.checked === 1 ? 'show' : 'shows'}`;
      const changes = check.changes === 0 ? 'no changes' : `${check.changes} ${check.changes === 1 ? 'change' : 'changes'}`;
      return `Checked ${shows}: ${changes}.`;
    }
    default:
      return '';
  }
}

function formatDay(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
