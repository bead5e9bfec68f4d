import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixturesDir = join(import.meta.dirname, '../../fixtures/articles');

/** Parses an article from tests/fixtures/articles into its own document. */
export function loadArticle(name: string): Document {
  return parseHtml(readFileSync(join(fixturesDir, name), 'utf8'));
}

/** Builds a document from markup, the way a browser parses a page (never through innerHTML). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export const SEED_ARTICLE = 'techradar-ballard-season-2-2025-07.html';
export const HEAVY_ARTICLE = 'heavy-end-of-the-f-ing-world-season-2-2019-11.html';
export const DAILY_STAR_ARTICLE = 'dailystar-the-chase-bradley-walsh-2024-04.html';
