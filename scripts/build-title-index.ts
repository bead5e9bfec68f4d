// Builds the title index shipped with the extension (utils/title-index/seed-index.json).
//   tsx scripts/build-title-index.ts --from-jsonl <shows.jsonl>   recorded TVmaze records (the committed index)
//   tsx scripts/build-title-index.ts --api [base]                  the live API: /shows?page=N and /shows/:id/akas
// Options: --min-weight N (default 60 with --api: widely discussed shows), --akas-min-weight N (default 85),
// --out FILE. Synthetic fixture records ("_synthetic": true) are never indexed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedShowsFromRecords } from '../utils/title-index/build-seed';
import { SEED_VERSION, toRow, type SeedFile } from '../utils/title-index/seed';
import { withCoinedFlags } from './title-index/coined-names';
import { REPO_ROOT } from '../tests/support/catalog';

type TvmazeRecord = Parameters<typeof seedShowsFromRecords>[0][number];

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] && !args[at + 1]!.startsWith('--') ? args[at + 1] : '') : undefined;
};
const out = option('--out') || join(REPO_ROOT, 'utils/title-index/seed-index.json');

/** TVmaze allows 20 calls per 10 s; the builder stays just under it and honours 429's Retry-After. */
async function getJson(url: string, spacingMs: number): Promise<unknown> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, spacingMs));
    const response = await fetch(url);
    if (response.status === 404) return null;
    if (response.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 10) * 1000));
      continue;
    }
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }
  throw new Error(`${url}: still rate-limited after 5 tries`);
}

export async function fromApi(base: string, minWeight: number, akasMinWeight: number, spacingMs = 525): Promise<SeedFile> {
  const records: TvmazeRecord[] = [];
  for (let page = 0; ; page++) {
    const shows = (await getJson(`${base}/shows?page=${page}`, spacingMs)) as TvmazeRecord[] | null;
    // TVmaze ends its index with a 404; an empty page in between is only a gap in the ids.
    if (shows === null) break;
    if (!Array.isArray(shows)) throw new Error(`${base}/shows?page=${page}: not a list of shows`);
    records.push(...shows.filter((s) => typeof s.weight === 'number' && s.weight >= minWeight));
  }
  const akas = new Map<number, string[]>();
  for (const record of records) {
    if (((record.weight as number) ?? 0) < akasMinWeight) continue;
    const list = (await getJson(`${base}/shows/${record.id}/akas`, spacingMs)) as Array<{ name?: unknown }> | null;
    akas.set(record.id, (list ?? []).map((a) => a.name).filter((n): n is string => typeof n === 'string'));
  }
  return seedFile(records, akas, `${base} (/shows?page=N, weight ≥ ${minWeight}; AKAs for weight ≥ ${akasMinWeight})`, new Date());
}

export function fromJsonl(path: string): SeedFile {
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TvmazeRecord & { _synthetic?: boolean })
    .filter((record) => !record._synthetic);
  // The recordings' own "now": the newest update among them.
  const newest = Math.max(...records.map((r) => (typeof r.updated === 'number' ? r.updated : 0)));
  return seedFile(records, new Map(), 'recorded TVmaze show records (shared/fixtures/catalog/shows.jsonl)', new Date(newest * 1000));
}

function seedFile(records: TvmazeRecord[], akas: Map<number, string[]>, from: string, builtAt: Date): SeedFile {
  const shows = withCoinedFlags(seedShowsFromRecords(records, builtAt, akas)).sort((a, b) => a.ref.id - b.ref.id);
  return { version: SEED_VERSION, source: 'tvmaze', builtAt: builtAt.toISOString().slice(0, 10), from, shows: shows.map(toRow) };
}

async function main() {
  // With no source named: the shared recordings next to the repo, as the committed index was built.
  const shared = join(REPO_ROOT, '..', 'shared', 'fixtures', 'catalog', 'shows.jsonl');
  const jsonl = option('--from-jsonl') || (option('--api') === undefined && existsSync(shared) ? shared : undefined);
  const api = option('--api');
  let file: SeedFile;
  if (jsonl) file = fromJsonl(jsonl);
  else if (api !== undefined) {
    file = await fromApi(api || 'https://api.tvmaze.com', Number(option('--min-weight') ?? 60), Number(option('--akas-min-weight') ?? 85));
  } else {
    console.error('build-title-index: no ../shared/fixtures here; say --from-jsonl <file> or --api [base]');
    process.exit(2);
  }
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`build-title-index: ${file.shows.length} shows from ${file.from}, built ${file.builtAt} → ${out}`);
}

if (process.argv[1]?.endsWith('build-title-index.ts')) void main();
