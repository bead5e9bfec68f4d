import { i18n } from '@/utils/i18n/messages';
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
    if (watchedIds.has(showKey(ref))) return { message: i18n.t('options.search.alreadyInList', [label]), done: false };
    try {
      await upsertWatchedShow(newWatchedShow(ref, show.name, Date.now()));
      return { message: i18n.t('options.search.added', [label]), done: true };
    } catch (error) {
      return { message: i18n.t('options.search.addFailed', [show.name, errorText(error)]), done: false };
    }
  }

  return (
    <ShowCombobox
      label={i18n.t('options.search.label')}
      hint={i18n.t('options.search.hint', [MIN_QUERY_LENGTH])}
      onChoose={add}
      note={(result) => (watchedIds.has(showKey(tvmazeRef(result.show.id))) ? i18n.t('options.search.inList') : null)}
    />
  );
}
