// Bundled into an IIFE and added to a blank page: the worker's half of an article, on the same engine as
// the extension's service worker. It spots the shows in the page's reading against a title index.
import type { ArticlePlacement } from '../../utils/articles/spot/article-spotter';
import { placeMentions, spotArticle } from '../../utils/articles/spot/spot-article';
import type { ArticleReading } from '../../utils/articles/reading';
import { articleReadingSchema } from '../../utils/articles/spot/reading-schema';
import { foldText, type FoldedText } from '../../utils/title-index/fold';
import { TitleIndex, type IndexedShow } from '../../utils/title-index/title-index';

const indexes = new Map<string, TitleIndex>();
let reading: ArticleReading | undefined;
let foldedBody: FoldedText | undefined;

let sink = 0;
function time(run: () => number): number {
  const start = performance.now();
  sink += run();
  return performance.now() - start;
}

function index(name: string): TitleIndex {
  const found = indexes.get(name);
  if (!found) throw new Error(`no title index ${name}`);
  return found;
}

function theReading(): ArticleReading {
  if (!reading) throw new Error('no reading yet: call setReading first');
  return reading;
}

const harness = {
  /** The reading as the message brings it (parsed JSON, validated, as the worker gets it). */
  setReading: (json: string) => {
    reading = articleReadingSchema.parse(JSON.parse(json));
    foldedBody = foldText(reading.body);
    return reading.body.length;
  },
  /** Builds and keeps an index; returns the construction time (once per worker start, not per page). */
  buildIndex: (name: string, shows: IndexedShow[]) =>
    time(() => {
      const built = new TitleIndex(shows);
      indexes.set(name, built);
      return built.size;
    }),
  /** What the worker does per page before any lookup: candidates and mentions. */
  spot: (name: string) => time(() => spotArticle(theReading(), index(name)).candidates.length),
  /** The floor every index pays: folding the text once. */
  fold: () => time(() => foldText(theReading().body).text.length),
  /** The index's matcher alone over the folded body: every known spelling found, before any rule looks at it. */
  find: (name: string) => time(() => index(name).find(foldedBody!, theReading().body).length),
  matches: (name: string) => index(name).find(foldedBody!, theReading().body).length,
  found: (name: string) => {
    const spots = spotArticle(theReading(), index(name));
    const known = spots.candidates.filter((c) => c.ref);
    return { candidates: spots.candidates.length, known: known.map((c) => c.title), mentions: spots.mentions.length };
  },
  /** The worker's first answer for the page: the known shows' badges, placed as the content script gets them. */
  placements: (name: string): ArticlePlacement[] => {
    const r = theReading();
    const spots = spotArticle(r, index(name));
    const showOf = new Map(spots.candidates.map((c) => [c.key, c.ref]));
    return placeMentions(spots.mentions, (key) => showOf.get(key)).map((p) => {
      const text = p.region === 'headline' ? r.headline : r.body;
      const title = text.slice(p.start, p.end);
      return { region: p.region, start: p.start, end: p.end, title, result: { title, status: 'loading', show: null, checkedAt: null, stale: true } };
    });
  },
  sink: () => sink,
};

(globalThis as unknown as { greenlitWorkerBench: typeof harness }).greenlitWorkerBench = harness;
export type WorkerHarness = typeof harness;
