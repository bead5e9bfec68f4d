// Fixture loaders for unit tests: saved pages, articles and spoiler pages from tests/fixtures, parsed once each way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TvmazeSearchResult, TvmazeShow } from '@/utils/sources/tvmaze/schemas';
import type { SiteAdapter, SpottedTitle } from '@/utils/sites/site-adapter';
import { FIXTURES_DIR } from './catalog';
import { parseHtml } from './dom';
import { sitePage } from './site-pages';

export const FIXTURE_DIR = join(FIXTURES_DIR, 'pages');

const fixtureText = (path: string) => readFileSync(join(FIXTURES_DIR, path), 'utf8');

export function fixturePath(name: string): string {
  return join(FIXTURE_DIR, name);
}

/** A saved site page from tests/fixtures/pages, parsed without inserting it anywhere. */
export function loadFixture(name: string): Document {
  return parseHtml(fixtureText(`pages/${name}`));
}

/** An article from tests/fixtures/articles, in its own document. */
export function loadArticle(name: string): Document {
  return parseHtml(fixtureText(`articles/${name}`));
}

/** A page from tests/fixtures/spoilers, in its own document. */
export function loadSpoilerFixture(name: string): Document {
  return parseHtml(fixtureText(`spoilers/${name}`));
}

export const SEED_ARTICLE = 'techradar-ballard-season-2-2025-07.html';
export const HEAVY_ARTICLE = 'heavy-end-of-the-f-ing-world-season-2-2019-11.html';
export const DAILY_STAR_ARTICLE = 'dailystar-the-chase-bradley-walsh-2024-04.html';

/** What an adapter spots on its fixture page (see site-pages.ts), or on another saved page. */
export function titlesOnFixture(adapter: SiteAdapter, name?: string, url?: string): SpottedTitle[] {
  const page = sitePage(adapter.id);
  return adapter.findTitles(loadFixture(name ?? page.fixture), new URL(url ?? page.fixtureUrl));
}

/** Compact view for table assertions. */
export function summarize(spotted: SpottedTitle[]): { title: string; placement: string }[] {
  return spotted.map(({ title, placement }) => ({ title, placement }));
}

/** "The Office" as TVmaze answers a search: the real US record, then the synthetic UK one. */
export function theOfficeSearchResults(): TvmazeSearchResult[] {
  const catalog = JSON.parse(fixtureText('catalog/shows.json')) as TvmazeShow[];
  const us = catalog.find((show) => show.id === 526);
  if (!us) throw new Error('The Office (US) is missing from the catalog');
  const uk = JSON.parse(fixtureText('options/the-office-uk.synthetic.json')) as TvmazeShow;
  return [
    { score: 0.91, show: us },
    { score: 0.9, show: uk },
  ];
}
