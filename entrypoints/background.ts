import { handleLookupTitles, handleSearchShows } from '@/utils/background-handlers';
import { createLookupService, createTvmazeForExtension } from '@/utils/lookup-setup';
import { onMessage } from '@/utils/messaging';

export default defineBackground(() => {
  const tvmaze = createTvmazeForExtension();
  const lookups = createLookupService(tvmaze);

  onMessage('lookupTitles', ({ data }) => handleLookupTitles(lookups, data));
  onMessage('searchShows', ({ data }) => handleSearchShows(tvmaze, data));
  onMessage('showById', ({ data }) => lookups.showById(data.id));
});
