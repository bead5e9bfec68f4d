// `tsx scripts/bench/profile-spotting.ts`: the bench's ~1 MB article and its 10- and 50,000-title indexes
// in Node (happy-dom reads the page), with spotArticle and its parts timed in CPU milliseconds (the
// machine may be shared). Pair with `node --import tsx --cpu-prof`. SPOT_DUMP=file writes what was
// spotted, to check that a speed-up keeps the results.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { readArticle } from '../../utils/articles/read-article';
import { toWireReading } from '../../utils/articles/reading';
import { articleReadingSchema } from '../../utils/articles/spot/reading-schema';
import { cueCandidates } from '../../utils/articles/spot/cue-candidates';
import { titleLists } from '../../utils/articles/spot/lists';
import { spotArticle } from '../../utils/articles/spot/spot-article';
import { seedShowsFromRecords } from '../../utils/title-index/build-seed';
import { foldText } from '../../utils/title-index/fold';
import { parseSeed } from '../../utils/title-index/seed';
import seedFile from '../../utils/title-index/seed-index.json';
import { TitleIndex } from '../../utils/title-index/title-index';
import { FIXTURES_DIR, loadFixtureShows } from '../../tests/support/catalog';
import { buildArticlePage } from './article';
import { ARTICLE_SHOWS } from './article-work';
import { largeIndex } from './titles';

const URL = 'https://bench.example/news/one-megabyte-article';
const window = new Window({ url: URL });
Object.assign(globalThis, { NodeFilter: window.NodeFilter, Node: window.Node });
const doc = new window.DOMParser().parseFromString(buildArticlePage(join(FIXTURES_DIR, 'articles')), 'text/html') as unknown as Document;
const read = readArticle(doc, URL);
if (!read) throw new Error('no article read');
// As the worker gets it: parsed from the message's JSON.
const reading = articleReadingSchema.parse(JSON.parse(JSON.stringify(toWireReading(read.reading))));

const seed = parseSeed(seedFile).shows;
const catalog = loadFixtureShows();
const records = ARTICLE_SHOWS.map((name) => catalog.find((show) => show.name === name)!);
const articleShows = seedShowsFromRecords(records as unknown as Parameters<typeof seedShowsFromRecords>[0], new Date());

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function timed(run: () => unknown): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}
const middle = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const median = (run: () => unknown, runs = 11) => middle(Array.from({ length: runs }, () => timed(run)));

const shows = largeIndex(seed, articleShows, 50_000).shows;
let large = new TitleIndex([]);
const buildLarge = timed(() => (large = new TitleIndex(shows)));
let small = new TitleIndex([]);
const buildSmall = timed(() => (small = new TitleIndex(articleShows)));
console.log(`body ${reading.body.length} characters, ${reading.blocks.length} blocks, ${reading.spans.length} spans`);
console.log(`index construction: 50,000 titles ${buildLarge.toFixed(0)} ms, 10 titles ${buildSmall.toFixed(1)} ms`);

// Alternated, as the bench does, so neither index gets the other's warm-up.
const spots = { large: [] as number[], small: [] as number[] };
for (let round = 0; round < 21; round++) {
  for (const name of round % 2 ? (['large', 'small'] as const) : (['small', 'large'] as const)) {
    spots[name].push(timed(() => spotArticle(reading, name === 'large' ? large : small)));
  }
}
const [spotLarge, spotSmall] = [middle(spots.large), middle(spots.small)];
console.log(`spotArticle: 50,000 titles ${spotLarge.toFixed(1)} ms, 10 titles ${spotSmall.toFixed(1)} ms, ratio ${(spotLarge / spotSmall).toFixed(2)}`);
const folded = foldText(reading.body);
const parts: Array<[string, () => unknown]> = [
  ['foldText (body)', () => foldText(reading.body)],
  ['matcher pass, 50,000 titles', () => large.find(folded, reading.body)],
  ['matcher pass, 10 titles', () => small.find(folded, reading.body)],
  ['cueCandidates', () => cueCandidates(reading)],
  ['titleLists (body)', () => titleLists(reading.body)],
];
for (const [label, run] of parts) console.log(`  ${label}: ${median(run).toFixed(1)} ms`);

if (process.env.SPOT_DUMP) {
  writeFileSync(process.env.SPOT_DUMP, JSON.stringify({ large: spotArticle(reading, large), small: spotArticle(reading, small), seed: spotArticle(reading, new TitleIndex(seed)) }, null, 1));
}
