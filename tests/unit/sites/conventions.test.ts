import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SITE_ADAPTERS, adapterForUrl, siteMatchPatterns } from '../../../utils/sites/registry';
import { fixturePath, titlesOnFixture } from '../../support/fixtures';
import { primeVideo } from '../../../utils/sites/prime-video/adapter';
import { sitePage } from '../../support/site-pages';
import { PRIME_VIDEO_MATCHES } from '../../../utils/sites/prime-video/matches';

const SITES_DIR = resolve(process.cwd(), 'utils/sites');
/** Shared code, not adapters. */
const HELPER_FILES = new Set(['registry.ts', 'site-adapter.ts', 'clean-title.ts', 'page-reading.ts', 'prime-video-matches.ts']);
/** Adapters whose only fixture is a film page: they must find nothing on it. */
const FIXTURES_WITHOUT_SERIES = new Set(['max']);

/** An adapter is `utils/sites/<id>.ts`, or `utils/sites/<id>/adapter.ts` when the site needs more files. */
const adapterFiles = readdirSync(SITES_DIR, { withFileTypes: true })
  .filter((entry) => (entry.isDirectory() ? existsSync(resolve(SITES_DIR, entry.name, 'adapter.ts')) : entry.name.endsWith('.ts') && !HELPER_FILES.has(entry.name)))
  .map((entry) => (entry.isDirectory() ? `${entry.name}/adapter.ts` : entry.name));
const adapterFile = (id: string) => adapterFiles.find((file) => file === `${id}.ts` || file === `${id}/adapter.ts`) ?? `${id}.ts`;
const rows = SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const);

describe('site adapter conventions', () => {
  it('registers every adapter file, ids equal to file names', () => {
    expect(SITE_ADAPTERS.map((adapter) => adapterFile(adapter.id)).sort()).toEqual([...adapterFiles].sort());
  });

  it('has unique ids', () => {
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every adapter pattern in a content script manifest entry', () => {
    const streaming = readFileSync(resolve(process.cwd(), 'entrypoints/streaming.content.ts'), 'utf8');
    const prime = readFileSync(resolve(process.cwd(), 'entrypoints/prime-video.content.ts'), 'utf8');
    // Prime Video has its own script; the streaming one takes every other adapter's patterns.
    expect(streaming).toMatch(/matches:\s*siteMatchPatterns\(\)\.filter\(\(pattern\) => !PRIME_VIDEO_MATCHES\.includes\(pattern\)\)/);
    expect(prime).toMatch(/matches:\s*PRIME_VIDEO_MATCHES/);
    expect(primeVideo.matches).toBe(PRIME_VIDEO_MATCHES);
  });

  it('exports valid match patterns for the content script', () => {
    expect(siteMatchPatterns().length).toBeGreaterThan(SITE_ADAPTERS.length);
    for (const pattern of siteMatchPatterns()) expect(() => new MatchPattern(pattern)).not.toThrow();
  });

  describe.each(rows)('%s', (id, adapter) => {
    it('accepts its test URLs, and no other adapter claims them', () => {
      const { testUrls, fixtureUrl } = sitePage(id);
      expect(testUrls.length).toBeGreaterThan(0);
      for (const url of [...testUrls, fixtureUrl]) {
        expect(adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url)), url).toBe(true);
        const claimants = SITE_ADAPTERS.filter(
          (other) => other !== adapter && other.matches.some((pattern) => new MatchPattern(pattern).includes(url)),
        );
        expect(claimants.map((other) => other.id), url).toEqual([]);
        expect(adapterForUrl(new URL(url))?.id).toBe(id);
      }
    });

    it('has a fixture page that yields its expected titles', () => {
      expect(existsSync(fixturePath(sitePage(id).fixture)), sitePage(id).fixture).toBe(true);
      const spotted = titlesOnFixture(adapter);
      if (FIXTURES_WITHOUT_SERIES.has(id)) expect(spotted).toEqual([]);
      else expect(spotted.length).toBeGreaterThan(0);
    });

    it('has a usable watch selector', () => {
      expect(() => document.querySelectorAll(adapter.watchSelector)).not.toThrow();
    });

    it('dates every selector constant', () => {
      const lines = readFileSync(resolve(SITES_DIR, adapterFile(id)), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (!/^(?:export )?const \w*SELECTORS?\b/u.test(line)) return;
        expect(lines[index - 1] ?? '', `${id}.ts:${index + 1} needs a dated comment above it`).toMatch(/^\s*\/\/.*\b20\d{2}-\d{2}\b/u);
      });
    });
  });
});

describe('adapterForUrl', () => {
  it.each([
    ['https://www.amazon.de/-/en/gp/video/detail/B0CN4B6KM4/', 'prime-video'],
    ['https://www.amazon.co.jp/gp/video/storefront/', 'prime-video'],
    ['https://www.amazon.com.br/Amazon-Video/b?node=1', 'prime-video'],
    ['https://www.primevideo.com/-/de/detail/0QBFW23I3E1I59TFDOTTJR9SIE/', 'prime-video'],
    ['https://www.netflix.com/browse', 'netflix'],
    ['https://www.hotstar.com/in/home', 'hotstar'],
    ['https://www.disneyplus.com/home', 'disney-plus'],
    ['https://www.imdb.com/title/tt0903747/episodes/', 'imdb'],
  ])('%s → %s', (url, id) => {
    expect(adapterForUrl(new URL(url))?.id).toBe(id);
  });

  it.each([
    'https://www.amazon.de/dp/B0D5B6ZZ8K', // a store product page, not Prime Video
    'https://www.amazon.com/s?k=fallout',
    'https://www.imdb.com/name/nm0186505/',
    'https://www.rottentomatoes.com/m/dune_part_two',
    'https://example.com/gp/video/detail/X',
  ])('leaves %s alone', (url) => {
    expect(adapterForUrl(new URL(url))).toBeUndefined();
  });
});
