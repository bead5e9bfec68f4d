// Show records for the fake TVmaze server: the trimmed copy in the repo, or the full shared catalog.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeShow } from './fake-tvmaze';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');

/** The catalog committed with the tests (`tests/fixtures/catalog/shows.json`). */
export function loadFixtureShows(): FakeShow[] {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'catalog/shows.json'), 'utf8')) as FakeShow[];
}

/** Where the shared, uncommitted fixtures live (next to the repo), if present. */
export function sharedFixturesDir(): string | undefined {
  const dir = process.env.GREENLIT_SHARED_FIXTURES ?? resolve(REPO_ROOT, '../shared/fixtures');
  return existsSync(join(dir, 'catalog/shows.jsonl')) ? dir : undefined;
}

/** Full catalog: every real record plus the synthetic ones. */
export function loadSharedCatalog(dir: string): FakeShow[] {
  const read = (file: string) =>
    readFileSync(join(dir, 'catalog', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as FakeShow);
  return [...read('shows.jsonl'), ...read('synthetic.jsonl')];
}

export function findShow(shows: readonly FakeShow[], id: number): FakeShow {
  const show = shows.find((s) => s.id === id);
  if (!show) throw new Error(`show ${id} is not in the catalog`);
  return show;
}
