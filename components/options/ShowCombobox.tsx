import { i18n } from '@/utils/i18n/messages';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { TvmazeSearchResult } from '@/utils/sources/tvmaze/schemas';
import { errorText } from './error-text';
import { describeSearchResult } from './search-result-text';

export const SEARCH_DEBOUNCE_MS = 300;
export const MIN_QUERY_LENGTH = 2;

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; results: TvmazeSearchResult[] }
  | { kind: 'error'; message: string };

/** What choosing a result did: the sentence to announce, and whether to clear the box. */
export interface ChooseOutcome {
  message: string;
  done: boolean;
}

export interface ShowComboboxProps {
  label: string;
  /** How to use it, read after the label. */
  hint: string;
  onChoose(result: TvmazeSearchResult): Promise<ChooseOutcome>;
  /** A note after a result ("in your list"), or null. */
  note?: (result: TvmazeSearchResult) => string | null;
  /** Text the box starts with (the title an import could not match). */
  initialQuery?: string;
}

/**
 * A combobox over TVmaze search results (ARIA 1.2 list autocomplete), used by "Add a show" and by
 * the import preview's "pick the show": one search, one way to choose.
 */
export function ShowCombobox({ label, hint, onChoose, note, initialQuery = '' }: ShowComboboxProps) {
  const [query, setQuery] = useState(initialQuery);
  const [search, setSearch] = useState<SearchState>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const latestRequest = useRef(0);
  // A box that starts filled in (an import's unmatched title) searches only once the user comes to it.
  const [engaged, setEngaged] = useState(initialQuery === '');
  const listboxId = useId();
  const inputId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useEffect(() => {
    const trimmed = query.trim();
    const request = ++latestRequest.current;
    if (!engaged) return;
    if (trimmed.length < MIN_QUERY_LENGTH) {
      setSearch({ kind: 'idle' });
      setOpen(false);
      return;
    }
    const timer = setTimeout(() => {
      setSearch({ kind: 'searching' });
      sendMessage('searchShows', { query: trimmed }).then(
        (results) => {
          if (request !== latestRequest.current) return;
          setSearch({ kind: 'done', results });
          setActive(-1);
          setOpen(true);
        },
        (error: unknown) => {
          if (request !== latestRequest.current) return;
          setSearch({ kind: 'error', message: errorText(error) });
          setOpen(false);
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, engaged]);

  const results = search.kind === 'done' ? search.results : [];
  const expanded = open && results.length > 0;

  async function choose(result: TvmazeSearchResult) {
    setOpen(false);
    const outcome = await onChoose(result).catch((error: unknown) => ({ message: i18n.t('options.search.chooseFailed', [result.show.name, errorText(error)]), done: false }));
    if (outcome.done) {
      latestRequest.current++;
      setQuery('');
      setSearch({ kind: 'idle' });
    }
    setAnnouncement(outcome.message);
  }

  function onKeyDown(event: KeyboardEvent) {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((index) => (open ? (index + 1) % count : Math.max(index, 0)));
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((index) => (open ? (index <= 0 ? count - 1 : index - 1) : count - 1));
        break;
      case 'Enter': {
        const chosen = expanded ? results[active] : undefined;
        if (!chosen) return;
        event.preventDefault();
        void choose(chosen);
        break;
      }
      case 'Escape':
        if (!expanded) return;
        event.preventDefault();
        setOpen(false);
        setActive(-1);
        break;
    }
  }

  return (
    <div class="show-search">
      <label for={inputId}>{label}</label>
      <p class="hint" id={`${inputId}-hint`}>
        {hint}
      </p>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-describedby={`${inputId}-hint`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onInput={(event) => {
          setEngaged(true);
          setQuery(event.currentTarget.value);
          setAnnouncement('');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          setEngaged(true);
          setOpen(results.length > 0);
        }}
      />
      <ul id={listboxId} role="listbox" aria-label={i18n.t('options.search.results')} class="search-results" hidden={!expanded}>
        {results.map((result, index) => {
          const extra = note?.(result);
          return (
            <li
              key={result.show.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'active' : undefined}
              // Keep focus in the input so the click does not close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => void choose(result)}
            >
              <span class="result-name">{result.show.name}</span>{' '}
              <span class="result-meta">{describeSearchResult(result.show)}</span>
              {extra && <span class="result-meta"> · {extra}</span>}
            </li>
          );
        })}
      </ul>
      <p role="status" class="search-status">
        {announcement || searchStatusText(search, query)}
      </p>
    </div>
  );
}

function searchStatusText(search: SearchState, query: string): string {
  switch (search.kind) {
    case 'searching':
      return i18n.t('options.search.searching');
    case 'error':
      return i18n.t('options.search.failed', [search.message]);
    case 'done':
      return search.results.length === 0
        ? i18n.t('options.search.noMatch', [query.trim()])
        : i18n.t('options.search.found', search.results.length);
    default:
      return '';
  }
}
