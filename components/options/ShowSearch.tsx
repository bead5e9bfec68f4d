import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import { newWatchedShow, upsertWatchedShow } from '@/utils/storage/watched-shows';
import type { TvmazeSearchResult } from '@/utils/sources/tvmaze/schemas';
import { errorText } from './error-text';
import { showKey, tvmazeRef } from '@/utils/shows/show-ref';
import { describeSearchResult } from './search-result-text';

export const SEARCH_DEBOUNCE_MS = 300;
export const MIN_QUERY_LENGTH = 2;

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; results: TvmazeSearchResult[] }
  | { kind: 'error'; message: string };

export interface ShowSearchProps {
  /** TVmaze ids already in the list; adding one again would reset its progress. */
  /** showKey of every watched show. */
  watchedIds: ReadonlySet<string>;
}

/** "Add a show": a combobox over TVmaze search results (ARIA 1.2 list autocomplete). */
export function ShowSearch({ watchedIds }: ShowSearchProps) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const latestRequest = useRef(0);
  const listboxId = useId();
  const inputId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useEffect(() => {
    const trimmed = query.trim();
    const request = ++latestRequest.current;
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
  }, [query]);

  const results = search.kind === 'done' ? search.results : [];
  const expanded = open && results.length > 0;

  async function add(result: TvmazeSearchResult) {
    const { show } = result;
    const label = `${show.name} (${describeSearchResult(show)})`;
    setOpen(false);
    const ref = tvmazeRef(show.id);
    if (watchedIds.has(showKey(ref))) {
      setAnnouncement(`${label} is already in your list.`);
      return;
    }
    try {
      await upsertWatchedShow(newWatchedShow(ref, show.name, Date.now()));
      latestRequest.current++;
      setQuery('');
      setSearch({ kind: 'idle' });
      setAnnouncement(`Added ${label}.`);
    } catch (error) {
      setAnnouncement(`Could not add ${show.name}: ${errorText(error)}`);
    }
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
        void add(chosen);
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
      <label for={inputId}>Add a show</label>
      <p class="hint" id={`${inputId}-hint`}>
        Type at least {MIN_QUERY_LENGTH} letters, choose with the arrow keys, press Enter to add.
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
          setQuery(event.currentTarget.value);
          setAnnouncement('');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(results.length > 0)}
      />
      <ul id={listboxId} role="listbox" aria-label="Matching shows" class="search-results" hidden={!expanded}>
        {results.map((result, index) => (
          <li
            key={result.show.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'active' : undefined}
            // Keep focus in the input so the click does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => void add(result)}
          >
            <span class="result-name">{result.show.name}</span>{' '}
            <span class="result-meta">{describeSearchResult(result.show)}</span>
            {watchedIds.has(showKey(tvmazeRef(result.show.id))) && <span class="result-meta"> · in your list</span>}
          </li>
        ))}
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
      return 'Searching TVmaze…';
    case 'error':
      return `Search failed: ${search.message}`;
    case 'done':
      return search.results.length === 0
        ? `No shows on TVmaze match “${query.trim()}”.`
        : `${search.results.length} ${search.results.length === 1 ? 'show' : 'shows'} found.`;
    default:
      return '';
  }
}
