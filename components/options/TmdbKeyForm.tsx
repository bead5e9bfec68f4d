import { useId, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { errorText } from './error-text';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/** Optional TMDB key; the background checks it with one call and keeps it (this page never stores it). */
export function TmdbKeyForm() {
  const [key, setKey] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();

  async function submit(next: string | null) {
    setState({ kind: 'busy' });
    try {
      const answer = await sendMessage('setTmdbKey', { key: next });
      if (!answer.ok) {
        setState({ kind: 'error', text: answer.error });
        return;
      }
      setKey('');
      setState({ kind: 'ok', text: next === null ? 'TMDB key removed.' : 'TMDB key saved.' });
    } catch (error) {
      setState({ kind: 'error', text: errorText(error) });
    }
  }

  return (
    <form
      class="tmdb"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = key.trim();
        if (trimmed) void submit(trimmed);
        else setState({ kind: 'error', text: 'Enter a TMDB API key first.' });
      }}
    >
      <p id={`${inputId}-about`}>
        With a TMDB key, Greenlit can tell “cancelled” from “ended”. The key stays in this extension.
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
      <button type="button" class="secondary" disabled={state.kind === 'busy'} onClick={() => void submit(null)}>
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
