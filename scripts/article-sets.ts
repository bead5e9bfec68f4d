// The labelled article sets the evals score: the shared development set when ../shared is there, and the
// committed extra sets always, so `npm run eval` and `npm run eval:fast` run on a fresh clone too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, loadFixtureShows } from '../tests/support/catalog';
import type { FakeShow } from '../tests/support/fake-tvmaze';
import { loadSharedCatalog, sharedFixturesDir } from './shared-fixtures';

export interface LabelledArticle {
  file: string;
  url: string;
  shows: { name: string; mentions?: string[]; premiered?: string }[];
  ambiguous?: string[];
  films?: string[];
  notShows?: string[];
}

export interface ArticleSet {
  name: string;
  /** The folder holding the pages and their labels.json. */
  dir: string;
  articles: LabelledArticle[];
}

export interface EvalData {
  sets: ArticleSet[];
  /** What the fake TVmaze holds: the shared catalog (or the committed test catalog) and each set's records. */
  catalog: FakeShow[];
  /** The real recorded records the title index is built from, or null to use the shipped seed index. */
  indexRecords: unknown[] | null;
  /** One line for the report: which sets and which catalog. */
  describe: string;
}

/** The committed labelled sets, each a folder of pages with labels.json and catalog.jsonl. */
const EXTRA_SETS = [
  { name: 'committed extra set', dir: join(FIXTURES_DIR, 'articles-extra') },
  { name: 'committed extra set 2', dir: join(FIXTURES_DIR, 'articles-extra-2') },
  { name: 'committed extra set 3', dir: join(FIXTURES_DIR, 'articles-extra-3') },
  { name: 'committed extra set 4', dir: join(FIXTURES_DIR, 'articles-extra-4') },
  { name: 'committed extra set 5', dir: join(FIXTURES_DIR, 'articles-extra-5') },
  { name: 'committed extra set 6', dir: join(FIXTURES_DIR, 'articles-extra-6') },
  { name: 'committed extra set 7', dir: join(FIXTURES_DIR, 'articles-extra-7') },
  { name: 'committed extra set 8', dir: join(FIXTURES_DIR, 'articles-extra-8') },
  { name: 'committed extra set 9', dir: join(FIXTURES_DIR, 'articles-extra-9') },
  { name: 'committed extra set 10', dir: join(FIXTURES_DIR, 'articles-extra-10') },
  { name: 'committed extra set 11', dir: join(FIXTURES_DIR, 'articles-extra-11') },
  { name: 'committed extra set 12', dir: join(FIXTURES_DIR, 'articles-extra-12') },
  { name: 'committed extra set 13', dir: join(FIXTURES_DIR, 'articles-extra-13') },
  { name: 'committed extra set 14', dir: join(FIXTURES_DIR, 'articles-extra-14') },
  { name: 'committed extra set 15', dir: join(FIXTURES_DIR, 'articles-extra-15') },
  { name: 'committed extra set 16', dir: join(FIXTURES_DIR, 'articles-extra-16') },
  { name: 'committed extra set 17', dir: join(FIXTURES_DIR, 'articles-extra-17') },
  { name: 'committed extra set 18', dir: join(FIXTURES_DIR, 'articles-extra-18') },
];

const jsonLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);

function readSet(name: string, dir: string): ArticleSet {
  const { articles } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { articles: LabelledArticle[] };
  return { name, dir, articles };
}

export function evalData(filter?: string): EvalData {
  const shared = sharedFixturesDir();
  const sets: ArticleSet[] = [];
  if (shared) sets.push(readSet('shared development set', join(shared, 'articles')));
  for (const extra of EXTRA_SETS) if (existsSync(join(extra.dir, 'labels.json'))) sets.push(readSet(extra.name, extra.dir));
  for (const set of sets) set.articles = set.articles.filter((a) => !filter || a.file.includes(filter));
  const base = shared ? loadSharedCatalog(shared) : loadFixtureShows();
  const byId = new Map(base.map((show) => [show.id, show]));
  for (const extra of EXTRA_SETS) {
    const file = join(extra.dir, 'catalog.jsonl');
    if (existsSync(file)) for (const show of jsonLines(file) as FakeShow[]) if (!byId.has(show.id)) byId.set(show.id, show);
  }
  const catalog = [...byId.values()];
  const counts = sets.map((s) => `${s.name} (${s.articles.length})`).join(' + ');
  return {
    sets,
    catalog,
    indexRecords: shared ? jsonLines(join(shared, 'catalog/shows.jsonl')) : null,
    describe: `${counts}; ${catalog.length} catalog shows (${shared ? 'shared catalog' : 'no ../shared: the committed test catalog'} and the extra sets' records)`,
  };
}
