// Worker side of a badge card's "Add to watched": the page asks, the worker reads and writes the list.
import { parseRequest } from '../messaging/parse-request';
import { watchShowSchema, watchStateSchema } from '../messaging/schemas';
import { sameShow } from '../shows/show-ref';
import { getWatchedShows, newWatchedShow, upsertWatchedShow } from '../storage/watched-shows';

export async function handleWatchState(data: unknown): Promise<{ watched: boolean }> {
  const { ref } = parseRequest(watchStateSchema, data, 'watchState');
  return { watched: (await getWatchedShows()).some((show) => sameShow(show.ref, ref)) };
}

/** Adds the show with spoiler protection on; a show already watched keeps its progress. */
export async function handleWatchShow(data: unknown, now = Date.now()): Promise<{ watched: true }> {
  const { ref, name } = parseRequest(watchShowSchema, data, 'watchShow');
  if (!(await handleWatchState({ ref })).watched) {
    await upsertWatchedShow(newWatchedShow(ref, name, now));
  }
  return { watched: true };
}
