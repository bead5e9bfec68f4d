import { i18n } from '@/utils/i18n/messages';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Show } from '@/utils/shows/show';
import { STATUS_GLYPHS, statusLabel } from '@/utils/shows/format';
import type { BadgeStatus } from '@/utils/shows/status';
import type { ShowRef } from '@/utils/shows/show-ref';
import { errorText } from './error-text';

type Lookup =
  | { kind: 'loading' }
  | { kind: 'found'; show: Show }
  | { kind: 'missing' }
  | { kind: 'error'; message: string };

/** A watched show's current renewal status, looked up through the background worker. */
export function ShowStatus({ show: ref }: { show: ShowRef }) {
  const [lookup, setLookup] = useState<Lookup>({ kind: 'loading' });

  useEffect(() => {
    let active = true;
    setLookup({ kind: 'loading' });
    sendMessage('showByRef', { ref }).then(
      (show) => active && setLookup(show ? { kind: 'found', show } : { kind: 'missing' }),
      (error: unknown) => active && setLookup({ kind: 'error', message: errorText(error) }),
    );
    return () => {
      active = false;
    };
  }, [ref.source, ref.id]);

  switch (lookup.kind) {
    case 'loading':
      return <Badge status="loading" />;
    case 'missing':
      return <span class="status-note">{i18n.t('options.status.notFound')}</span>;
    case 'error':
      return <span class="status-note error-text">{i18n.t('options.status.checkFailed', [lookup.message])}</span>;
    case 'found': {
      const { show } = lookup;
      const years = show.premieredYear ? `${show.premieredYear}–${show.endedYear ?? ''}` : null;
      const meta = [show.network, years].filter(Boolean).join(' · ');
      return (
        <>
          <Badge status={show.status} />
          {meta && <span class="status-note">{meta}</span>}
          <a class="status-note" href={show.url} target="_blank" rel="noopener noreferrer">
            {i18n.t('card.onTvmaze', [show.name])}
          </a>
        </>
      );
    }
  }
}

function Badge({ status }: { status: BadgeStatus }) {
  return (
    <span class={`badge status-${status}`}>
      <span class="visually-hidden">{i18n.t('options.status.prefix')} </span>
      <span aria-hidden="true">{STATUS_GLYPHS[status]}</span> {statusLabel(status)}
    </span>
  );
}
