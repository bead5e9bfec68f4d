import * as z from 'zod/mini';
import { EntryCollector, titleKey, tooManyErrors } from './aggregate';
import { normaliseDate } from './dates';
import { rejectRawInput } from './limits';
import type { ExternalIds, ImportResult, LineError, SeenEpisode, SkippedLine } from './types';

/**
 * Trakt exports, in the shapes its API and data export write:
 * - watched shows (`sync/watched/shows`, the export's watched-shows file): one item per show with
 *   `seasons[].episodes[]`, or without seasons when fetched with `extended=noseasons`;
 * - watch history (`sync/history`, the export's watched-history files): one item per play,
 *   episodes and movies mixed.
 * Items are numbered from 1 in errors and skips, since JSON has no useful line per item.
 */

const nullableNumber = z.optional(z.nullable(z.number()));
const idsSchema = z.object({
  trakt: nullableNumber,
  tvdb: nullableNumber,
  tmdb: nullableNumber,
  imdb: z.optional(z.nullable(z.string())),
});
const showSchema = z.object({
  title: z.nullable(z.string()),
  year: z.optional(z.nullable(z.number())),
  ids: idsSchema,
});
const watchedShowSchema = z.object({
  last_watched_at: z.optional(z.nullable(z.string())),
  show: showSchema,
  seasons: z.optional(
    z.array(z.object({ number: z.number(), episodes: z.array(z.object({ number: z.number(), last_watched_at: z.optional(z.nullable(z.string())) })) })),
  ),
});
const historyItemSchema = z.object({
  watched_at: z.string(),
  type: z.literal('episode'),
  episode: z.object({ season: z.number(), number: z.number() }),
  show: showSchema,
});

type TraktIds = z.infer<typeof idsSchema>;

function externalIds(ids: TraktIds): ExternalIds {
  const out: ExternalIds = {};
  if (typeof ids.trakt === 'number') out.trakt = ids.trakt;
  if (typeof ids.tvdb === 'number') out.tvdb = ids.tvdb;
  if (typeof ids.tmdb === 'number') out.tmdb = ids.tmdb;
  if (typeof ids.imdb === 'string' && ids.imdb) out.imdb = ids.imdb;
  return out;
}

/** Specials (season 0) only count when nothing else was seen. */
function furthestOf(seasons: NonNullable<z.infer<typeof watchedShowSchema>['seasons']>): SeenEpisode | null {
  let best: SeenEpisode | null = null;
  for (const season of seasons) {
    for (const episode of season.episodes) {
      const seen = { season: season.number, episode: episode.number };
      if (best === null || (best.season === 0 && seen.season > 0)) best = seen;
      else if (seen.season > 0 && (seen.season > best.season || (seen.season === best.season && seen.episode > (best.episode ?? 0)))) best = seen;
    }
  }
  return best;
}

/** Where in the text a JSON.parse error points, as a 1-based line. */
function jsonErrorLine(text: string, error: unknown): number | undefined {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!at) return undefined;
  return text.slice(0, Number(at[1])).split('\n').length;
}

const showKey = (ids: ExternalIds, title: string) => (ids.trakt !== undefined ? `trakt:${ids.trakt}` : `title:${titleKey(title)}`);

export function parseTraktJson(text: string): ImportResult {
  const fail = (error: string, line?: number): ImportResult => ({ ok: false, format: 'trakt', error, ...(line ? { line } : {}) });
  try {
    const raw = rejectRawInput(text);
    if (raw) return fail(raw);
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      const line = jsonErrorLine(text, error);
      return fail(`The file is not valid JSON${line ? ` (the problem is on line ${line})` : ''}; a cut-short download looks like this.`, line);
    }
    if (!Array.isArray(data)) {
      return fail('This JSON is not a Trakt export: Trakt writes a list of watched shows or of history items, this file holds a single object.');
    }
    const collector = new EntryCollector();
    const skipped: SkippedLine[] = [];
    const errors: LineError[] = [];
    data.forEach((item: unknown, index) => {
      const n = index + 1;
      if (typeof item !== 'object' || item === null) {
        errors.push({ line: n, message: `Item ${n} is not an object.` });
        return;
      }
      if ('movie' in item) {
        const movie = (item as { movie?: { title?: unknown } }).movie;
        skipped.push({ line: n, text: typeof movie?.title === 'string' ? movie.title : 'a film', reason: 'film' });
        return;
      }
      const history = historyItemSchema.safeParse(item);
      if (history.success) {
        const { show, episode, watched_at } = history.data;
        const ids = externalIds(show.ids);
        const title = show.title ?? '';
        collector.add(showKey(ids, title), { title, ids, ...(show.year ? { year: show.year } : {}) }, { season: episode.season, episode: episode.number }, normaliseDate(watched_at), n);
        return;
      }
      const watched = watchedShowSchema.safeParse(item);
      if (watched.success) {
        const { show, seasons, last_watched_at } = watched.data;
        const ids = externalIds(show.ids);
        const title = show.title ?? '';
        const furthest = seasons ? furthestOf(seasons) : null;
        const date = last_watched_at ? normaliseDate(last_watched_at) : null;
        collector.add(showKey(ids, title), { title, ids, ...(show.year ? { year: show.year } : {}) }, furthest, date, n, furthest !== null);
        return;
      }
      errors.push({ line: n, message: `Item ${n} is neither a watched show nor a history entry (${watched.error.issues[0]?.path.join('.') || 'shape'} is wrong).` });
    });
    const entries = collector.entries().filter((e) => e.title !== '' || Object.keys(e.ids).length > 0);
    const fatal = tooManyErrors(errors, data.length);
    if (fatal) return fail(`This JSON is not a Trakt watched-shows export; item ${fatal.line}: ${fatal.message}`, fatal.line);
    if (entries.length === 0) {
      return fail(skipped.length > 0 ? 'This Trakt file lists films only; import the watched-shows file instead.' : 'This Trakt file lists no shows.');
    }
    return { ok: true, format: 'trakt', entries, skipped, errors };
  } catch (error) {
    return fail(`The file could not be read as a Trakt export (${error instanceof Error ? error.message : String(error)}).`);
  }
}
