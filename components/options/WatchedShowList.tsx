import { i18n } from '@/utils/i18n/messages';
import { useEffect, useRef, useState } from 'preact/hooks';
import { removeWatchedShow, upsertWatchedShow, type WatchedShow } from '@/utils/storage/watched-shows';
import { errorText } from './error-text';
import { showKey } from '@/utils/shows/show-ref';
import { WatchedShowRow } from './WatchedShowRow';

export const UNDO_MS = 10_000;

type Notice = { kind: 'removed'; show: WatchedShow } | { kind: 'text'; text: string };

export interface WatchedShowListProps {
  shows: WatchedShow[] | null;
}

/** The watched list, by name, with "Remove" and a short-lived "Undo". */
export function WatchedShowList({ shows }: WatchedShowListProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const removedShow = notice?.kind === 'removed' ? notice.show : null;
  useEffect(() => {
    if (!removedShow) return;
    // The removed row took the focus with it; the Undo button is the natural next stop.
    undoRef.current?.focus();
    const timer = setTimeout(() => {
      if (document.activeElement === undoRef.current) listRef.current?.focus();
      setNotice(null);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [removedShow]);

  async function remove(show: WatchedShow) {
    try {
      const removed = await removeWatchedShow(show.ref);
      setNotice(removed ? { kind: 'removed', show: removed } : null);
    } catch (error) {
      setNotice({ kind: 'text', text: i18n.t('options.watched.removeFailed', [show.name, errorText(error)]) });
    }
  }

  async function undo(show: WatchedShow) {
    try {
      await upsertWatchedShow(show);
      setNotice({ kind: 'text', text: i18n.t('options.watched.restored', [show.name]) });
      listRef.current?.focus();
    } catch (error) {
      setNotice({ kind: 'text', text: i18n.t('options.watched.restoreFailed', [show.name, errorText(error)]) });
    }
  }

  const sorted = shows ? [...shows].sort((a, b) => a.name.localeCompare(b.name) || showKey(a.ref).localeCompare(showKey(b.ref))) : null;
  return (
    <div class="watched-list" ref={listRef} tabIndex={-1}>
      <div role="status" class="undo-bar">
        {notice?.kind === 'removed' && (
          <>
            {i18n.t('options.watched.removed', [notice.show.name])}{' '}
            <button type="button" ref={undoRef} onClick={() => void undo(notice.show)}>
              {i18n.t('options.watched.undo')}
            </button>
          </>
        )}
        {notice?.kind === 'text' && notice.text}
      </div>
      {sorted === null ? (
        <p>{i18n.t('options.watched.loading')}</p>
      ) : sorted.length === 0 ? (
        <p>{i18n.t('options.watched.empty')}</p>
      ) : (
        <ul class="watched-shows" aria-label={i18n.t('options.watched.list')}>
          {sorted.map((show) => (
            <WatchedShowRow key={showKey(show.ref)} show={show} onRemove={(s) => void remove(s)} />
          ))}
        </ul>
      )}
    </div>
  );
}
