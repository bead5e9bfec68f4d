import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import { TMDB_ORIGIN_PATTERN } from '@/utils/sources/tmdb/client';
import { errorText } from './error-text';

const PERMISSION_REFUSED =
  'Greenlit needs permission to reach api.themoviedb.org to use a TMDB key. Nothing was saved.';

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
        else setState({ kind: 'error', text: PERMISSION_REFUSED });
      },
      (error: unknown) => setState({ kind: 'error', text: `Could not ask for permission: ${errorText(error)}` }),
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
      setState({ kind: 'ok', text: next === null ? 'TMDB key removed.' : 'TMDB key saved.' });
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
        else setState({ kind: 'error', text: 'Enter a TMDB API key first.' });
      }}
    >
      <p id={`${inputId}-about`}>
        With a TMDB key, Greenlit can tell “cancelled” from “ended”. The key stays in this extension.
        {saved === true && ' A key is saved.'}
        {saved === false && ' No key is saved.'}
      </p>
      <label for={inputId}>TMDB API key</label>
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
        Save key
      </button>
      <button type="button" class="secondary" disabled={state.kind === 'busy' || saved === false} onClick={() => void remove()}>
        Remove key
      </button>
      <p role="status">{state.kind === 'busy' ? 'Checking with TMDB…' : state.kind === 'ok' ? state.text : ''}</p>
      {state.kind === 'error' && (
        <p role="alert" class="error-text">
          {state.text}
        </p>
      )}
    </form>
  );
}
