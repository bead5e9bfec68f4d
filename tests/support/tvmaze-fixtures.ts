import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TvmazeSearchResult, TvmazeShow } from '@/utils/sources/tvmaze/schemas';

const fixturesDir = join(import.meta.dirname, '../fixtures/tvmaze');

/** Every recorded TVmaze body in tests/fixtures/tvmaze, by file name. */
export const TVMAZE_FIXTURE_FILES = readdirSync(fixturesDir).filter((name) => name.endsWith('.json'));

/** The raw text of a recorded body, as TVmaze sent it. */
export function tvmazeFixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

export function tvmazeFixture<T = unknown>(name: string): T {
  return JSON.parse(tvmazeFixtureText(name)) as T;
}

export const recordedShow = (name: string) => tvmazeFixture<TvmazeShow>(name);
export const recordedSearch = (name: string) => tvmazeFixture<TvmazeSearchResult[]>(name);

export const FLASH_2017 = 'singlesearch-shows-the-flash-embed-seasons-2017.json';
export const FLASH_2020 = 'shows-13-the-flash-embed-seasons-2020.json';
export const JESSICA_JONES_2017 = 'singlesearch-shows-jessica-jones-embed-seasons-2017.json';
export const BIG_BANG_2017 = 'singlesearch-shows-the-big-bang-theory-embed-seasons-2017.json';
export const SHAMELESS_2017 = 'singlesearch-shows-shameless-embed-seasons-2017.json';
export const X_FILES_2017 = 'singlesearch-shows-the-x-files-embed-seasons-2017.json';
export const HOUSE_2017 = 'singlesearch-shows-house-md-embed-seasons-2017.json';
export const SHADOWHUNTERS_2024 = 'shows-2158-shadowhunters-2024.json';
export const WEDNESDAY_2024 = 'shows-53647-wednesday-2024.json';
export const GAME_OF_THRONES_2019 = 'shows-82-game-of-thrones-embed-cast-seasons-images-crew-2019.json';
export const SEARCH_GIRLS_2019 = 'search-shows-girls-2019.json';
export const SEARCH_WEDNESDAY_2024 = 'search-shows-wednesday-2024.json';
export const SEARCH_ROBOT_2015 = 'search-shows-robot-2015.json';
export const SEARCH_SHADOWHUNTERS_2024 = 'search-shows-shadowhunters-2024.json';
export const LOOKUP_IMDB_2024 = 'lookup-shows-imdb-tt4145054-2024.json';
export const LOOKUP_THETVDB_2024 = 'lookup-shows-thetvdb-295837-2024.json';
export const SEASONS_SHADOWHUNTERS_2024 = 'shows-2158-seasons-shadowhunters-2024.json';
export const ERROR_404_2017 = 'error-404-episodebynumber-unknown-episode-2017.json';
