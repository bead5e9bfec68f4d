import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteAdapter, SpottedTitle } from '../../../utils/sites/site-adapter';

/** Vitest runs from the project root. */
export const FIXTURE_DIR = resolve(process.cwd(), 'tests/fixtures/pages');

export function fixturePath(name: string): string {
  return resolve(FIXTURE_DIR, name);
}

/** Parses a fixture page without inserting it anywhere (no script runs, nothing renders). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(name: string): Document {
  return parseHtml(readFileSync(fixturePath(name), 'utf8'));
}

export function titlesOnFixture(adapter: SiteAdapter, name = adapter.fixture, url = adapter.fixtureUrl): SpottedTitle[] {
  return adapter.findTitles(loadFixture(name), new URL(url));
}

/** Compact view for table assertions. */
export function summarize(spotted: SpottedTitle[]): { title: string; placement: string }[] {
  return spotted.map(({ title, placement }) => ({ title, placement }));
}
