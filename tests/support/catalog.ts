// Show records for the fake TVmaze server: the trimmed copy committed with the tests.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeShow } from './fake-tvmaze';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');

/** The catalog committed with the tests (`tests/fixtures/catalog/shows.json`). */
export function loadFixtureShows(): FakeShow[] {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'catalog/shows.json'), 'utf8')) as FakeShow[];
}

/** A page naming 25 shows, 15 of them in the shipped title index (see tests/fixtures/roundup/SOURCES.md). */
export const ROUNDUP_PAGE = join(FIXTURES_DIR, 'roundup/tv-renewals-roundup.html');

/** Catalog records the roundup page needs on top of the test catalog. */
export function loadRoundupShows(): FakeShow[] {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'roundup/shows.json'), 'utf8')) as FakeShow[];
}

export function findShow(shows: readonly FakeShow[], id: number): FakeShow {
  const show = shows.find((s) => s.id === id);
  if (!show) throw new Error(`show ${id} is not in the catalog`);
  return show;
}
