// The shared, uncommitted fixtures next to the repo: only optional scripts (eval, bench) read them.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../tests/support/catalog';
import type { FakeShow } from '../tests/support/fake-tvmaze';

/** Where the shared, uncommitted fixtures live (next to the repo), if present. */
export function sharedFixturesDir(): string | undefined {
  const dir = process.env.GREENLIT_SHARED_FIXTURES ?? resolve(REPO_ROOT, '..', 'shared', 'fixtures');
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

