import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import { sendMessage } from '@/utils/messaging/protocol';
import type { LookupResult } from '@/utils/shows/show';
import { tvmazeRef, type ShowRef } from '@/utils/shows/show-ref';
import type { TvmazeSearchResult } from '@/utils/sources/tvmaze/schemas';

export interface CardActionsProps {
  /** The title as spotted on the page: corrections are kept per spotted title. */
  title: string;
  result: LookupResult | null;
  /** The badge's new answer after a correction. */
  onResult(result: LookupResult): void;
}

/** "Add to watched" and "Wrong show?" under a badge's card; the worker keeps both lists. */
export function CardActions({ title, result, onResult }: CardActionsProps) {
  const show = result?.show;
  const [watched, setWatched] = useState<boolean | null>(null);
  const [picking, setPicking] = useState(false);

  useEffect(() => {
    if (!show) return;
    sendMessage('watchState', { ref: show.ref }).then(
      (state) => setWatched(state.watched),
      () => setWatched(null),
    );
  }, [show?.ref.source, show?.ref.id]);

  const addToWatched = async () => {
    if (!show) return;
    await sendMessage('watchShow', { ref: show.ref, name: show.name });
    setWatched(true);
  };

  if (picking) return <WrongShowPicker title={title} onDone={(next) => (setPicking(false), next && onResult(next))} />;
  return (
    <p class="actions">
      {show && watched === false && (
        <button type="button" onClick={addToWatched}>
          {i18n.t('actions.addToWatched')}
        </button>
      )}
      {show && watched && <span class="meta">{i18n.t('actions.inWatched')}</span>}
      <button type="button" class="link" onClick={() => setPicking(true)}>
        {i18n.t('actions.wrongShow')}
      </button>
    </p>
  );
}

function WrongShowPicker({ title, onDone }: { title: string; onDone(result: LookupResult | null): void }) {
  const [options, setOptions] = useState<TvmazeSearchResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [thisSiteOnly, setThisSiteOnly] = useState(false);

  useEffect(() => {
    sendMessage('searchShows', { query: title })
      .then(setOptions)
      .catch((e: unknown) => setError(i18n.t('actions.searchFailed', [e instanceof Error ? e.message : String(e)])));
  }, [title]);

  const choose = async (ref: ShowRef | null, name?: string) => {
    const next = await sendMessage('correctTitle', { title, ref, name, site: location.hostname, onlyThisSite: thisSiteOnly });
    onDone(next);
  };

  return (
    <div class="picker" role="group" aria-label={i18n.t('actions.whichShow', [title])}>
      <p class="sentence">{i18n.t('actions.whichShow', [title])}</p>
      {error && <p class="stale">{error}</p>}
      {!options && !error && <p class="meta">{i18n.t('actions.searching')}</p>}
      <ul>
        {options?.slice(0, 6).map(({ show }) => (
          <li key={show.id}>
            <button type="button" onClick={() => choose(tvmazeRef(show.id), show.name)}>
              {show.name}
              <span class="meta">
                {' '}
                {[show.network?.name ?? show.webChannel?.name, show.premiered?.slice(0, 4)].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => choose(null)}>
            {i18n.t('actions.notAShow')}
          </button>
        </li>
      </ul>
      <label class="meta">
        <input type="checkbox" checked={thisSiteOnly} onChange={(e) => setThisSiteOnly(e.currentTarget.checked)} />{' '}
        {i18n.t('actions.onlyOnSite', [location.hostname])}
      </label>
      <p>
        <button type="button" class="link" onClick={() => onDone(null)}>
          {i18n.t('actions.cancel')}
        </button>
      </p>
    </div>
  );
}
