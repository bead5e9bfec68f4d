import { newWatchedShow, upsertWatchedShow } from '@/utils/storage/watched-shows';
import type { TvmazeSearchResult } from '@/utils/sources/tvmaze/schemas';
import { errorText } from './error-text';
import { showKey, tvmazeRef } from '@/utils/shows/show-ref';
import { describeSearchResult } from './search-result-text';
import { MIN_QUERY_LENGTH, ShowCombobox, type ChooseOutcome } from './ShowCombobox';

export { MIN_QUERY_LENGTH, SEARCH_DEBOUNCE_MS } from './ShowCombobox';

export interface ShowSearchProps {
  /** showKey of every watched show; adding one again would reset its progress. */
  watchedIds: ReadonlySet<string>;
}

/** "Add a show": the TVmaze search combobox, adding the chosen show to the watched list. */
export function ShowSearch({ watchedIds }: ShowSearchProps) {
  async function add({ show }: TvmazeSearchResult): Promise<ChooseOutcome> {
    const label = `${show.name} (${describeSearchResult(show)})`;
    const ref = tvmazeRef(show.id);
    if (watchedIds.has(showKey(ref))) return { message: `${label} is already in your list.`, done: false };
    try {
      await upsertWatchedShow(newWatchedShow(ref, show.name, Date.now()));
      return { message: `Added ${label}.`, done: true };
    } catch (error) {
      return { message: `Could not add ${show.name}: ${errorText(error)}`, done: false };
    }
  }

  return (
    <ShowCombobox
      label="Add a show"
      hint={`Type at least ${MIN_QUERY_LENGTH} letters, choose with the arrow keys, press Enter to add.`}
      onChoose={add}
      note={(result) => (watchedIds.has(showKey(tvmazeRef(result.show.id))) ? 'in your list' : null)}
    />
  );
}
