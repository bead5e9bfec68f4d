import { i18n } from '@/utils/i18n/messages';
import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import { TMDB_ORIGIN_PATTERN } from '@/utils/sources/tmdb/client';
import { errorText } from './error-text';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/** Optional TMDB key; the background checks it with one call and keeps it (this page never stores it). */
export function TmdbKeyForm() {
  const [key, setKey] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [saved, setSaved] = useState<boolean | null>(null);
  const inputId = useId();

  useEffect(() => {
    sendMessage('tmdbKeyStatus')
      .then((status) => setSaved(status.saved))
      .catch(() => setSaved(null));
  }, []);

  /** Must be called straight from the click: the permission prompt needs the user gesture. */
  function save(next: string) {
    const granted = browser.permissions.request({ origins: [TMDB_ORIGIN_PATTERN] });
    setState({ kind: 'busy' });
    void granted.then(
      (ok) => {
        if (ok) void send(next);
        else setState({ kind: 'error', text: i18n.t('options.tmdb.permissionRefused') });
      },
      (error: unknown) => setState({ kind: 'error', text: i18n.t('siteAccess.askFailed', [errorText(error)]) }),
    );
  }

  async function remove() {
    setState({ kind: 'busy' });
    if (await send(null)) {
      // Without a key Greenlit has no reason to reach TMDB.
      await browser.permissions.remove({ origins: [TMDB_ORIGIN_PATTERN] }).catch(() => false);
    }
  }

  async function send(next: string | null): Promise<boolean> {
    try {
      const answer = await sendMessage('setTmdbKey', { key: next });
      if (!answer.ok) {
        setState({ kind: 'error', text: answer.error });
        return false;
      }
      setKey('');
      setSaved(next !== null);
      setState({ kind: 'ok', text: i18n.t(next === null ? 'options.tmdb.removed' : 'options.tmdb.saved') });
      return true;
    } catch (error) {
      setState({ kind: 'error', text: errorText(error) });
      return false;
    }
  }

  return (
    <form
      class="tmdb"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = key.trim();
        if (trimmed) save(trimmed);
        else setState({ kind: 'error', text: i18n.t('options.tmdb.enterKey') });
      }}
    >
      <p id={`${inputId}-about`}>
        {i18n.t('options.tmdb.about')}
        {saved === true && ` ${i18n.t('options.tmdb.keySaved')}`}
        {saved === false && ` ${i18n.t('options.tmdb.noKey')}`}
      </p>
      <label for={inputId}>{i18n.t('options.tmdb.label')}</label>
      <input
        id={inputId}
        type="password"
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${inputId}-about`}
        value={key}
        onInput={(event) => setKey(event.currentTarget.value)}
      />
      <button type="submit" disabled={state.kind === 'busy'}>
        {i18n.t('options.tmdb.save')}
      </button>
      <button type="button" class="secondary" disabled={state.kind === 'busy' || saved === false} onClick={() => void remove()}>
        {i18n.t('options.tmdb.remove')}
      </button>
      <p role="status">{state.kind === 'busy' ? i18n.t('options.tmdb.checking') : state.kind === 'ok' ? state.text : ''}</p>
      {state.kind === 'error' && (
        <p role="alert" class="error-text">
          {state.text}
        </p>
      )}
    </form>
  );
}
