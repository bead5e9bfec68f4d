import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixturesDir = join(import.meta.dirname, '../../fixtures/spoilers');

/** Parses an HTML file from tests/fixtures/spoilers into its own document. */
export function loadSpoilerFixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(fixturesDir, name), 'utf8'), 'text/html');
}
