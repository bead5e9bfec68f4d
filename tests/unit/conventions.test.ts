// The house rules, checked: adapters registered and tested, thin entrypoints, no extension API at
// module top level, the page contract in one module, and a purpose line on every utils folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { OWN_SCRIPT_ADAPTERS, SITE_ADAPTERS, STREAMING_ADAPTERS, adapterForUrl, siteMatchPatterns } from '@/utils/sites/registry';
import { fixturePath, titlesOnFixture } from '../support/fixtures';
import { SITE_PAGES, sitePage } from '../support/site-pages';

const ROOT = process.cwd();
const SITES_DIR = join(ROOT, 'utils/sites');
/** Shared code in utils/sites/, not adapters. */
const SITE_HELPERS = new Set([
  'registry.ts',
  'site-adapter.ts',
  'clean-title.ts',
  'page-reading.ts',
  'page-furniture.ts',
  'structured-data.ts',
]);
/** Adapters whose only fixture is a film page: they must find nothing on it. */
const FIXTURES_WITHOUT_SERIES = new Set(['max']);

/** Rows of tests/fixtures/pages/SOURCES.md: file → site and whether it is a real saved page. */
function fixtureSources(): Map<string, { site: string; real: boolean }> {
  const table = readFileSync(join(ROOT, 'tests/fixtures/pages/SOURCES.md'), 'utf8');
  const rows = new Map<string, { site: string; real: boolean }>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 5 || !cells[1]?.endsWith('.html')) continue;
    rows.set(cells[1], { site: cells[2] ?? '', real: cells[3] === 'real' });
  }
  return rows;
}

/**
 * Each folder under utils/ and the file that says, in its first comment, what the folder is for.
 * A new folder must be added here (and to the README's "What runs where").
 */
const FOLDER_PURPOSE_FILES: Record<string, string> = {
  articles: 'read-article.ts',
  'articles/spot': 'spot-article.ts',
  i18n: 'locale.ts',
  lookup: 'service.ts',
  messaging: 'protocol.ts',
  onboarding: 'first-run.ts',
  page: 'run.ts',
  shows: 'show.ts',
  'site-access': 'index.ts',
  sites: 'registry.ts',
  'sites/prime-video': 'adapter.ts',
  sources: 'show-source.ts',
  'sources/tmdb': 'index.ts',
  'sources/tvmaze': 'source.ts',
  spoilers: 'shield.ts',
  storage: 'validated-item.ts',
  sync: 'index.ts',
  'title-index': 'title-index.ts',
  watching: 'index.ts',
  'watching/calendar': 'index.ts',
  'watching/imports': 'index.ts',
};

function filesUnder(dir: string, extensions = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.test(name) ? [path] : [];
  });
}

const sourceFiles = ['utils', 'components', 'entrypoints'].flatMap((dir) => filesUnder(join(ROOT, dir)));
const rel = (path: string) => relative(ROOT, path);
const parse = (path: string) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);

/** `utils/sites/<id>.ts`, or `utils/sites/<id>/adapter.ts` for a site with more files. */
const adapterFiles = readdirSync(SITES_DIR, { withFileTypes: true }).flatMap((entry) => {
  if (entry.isDirectory()) return existsSync(join(SITES_DIR, entry.name, 'adapter.ts')) ? [`${entry.name}/adapter.ts`] : [];
  return entry.name.endsWith('.ts') && !SITE_HELPERS.has(entry.name) ? [entry.name] : [];
});
const adapterFile = (id: string) => adapterFiles.find((file) => file === `${id}.ts` || file === `${id}/adapter.ts`) ?? `${id}.ts`;

describe('site adapters', () => {
  it('registers every adapter file once, with its file name as id', () => {
    expect(SITE_ADAPTERS.map((adapter) => adapterFile(adapter.id)).sort()).toEqual([...adapterFiles].sort());
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(SITE_ADAPTERS).toHaveLength(STREAMING_ADAPTERS.length + OWN_SCRIPT_ADAPTERS.length);
  });

  it('gives every adapter with its own script an entrypoint, and no script special-cases a site', () => {
    for (const adapter of OWN_SCRIPT_ADAPTERS) expect(existsSync(join(ROOT, `entrypoints/${adapter.id}.content.ts`)), adapter.id).toBe(true);
    const streaming = readFileSync(join(ROOT, 'entrypoints/streaming.content.ts'), 'utf8');
    for (const adapter of SITE_ADAPTERS) expect(streaming, `streaming.content.ts names ${adapter.id}`).not.toMatch(new RegExp(adapter.id.replace('-', '[-_ ]?'), 'i'));
  });

  it('keeps a test-side row (saved page, real URLs) for every adapter, and none for unknown ids', () => {
    expect(Object.keys(SITE_PAGES).sort()).toEqual(SITE_ADAPTERS.map((adapter) => adapter.id).sort());
  });

  it('exports valid match patterns for the content scripts', () => {
    expect(siteMatchPatterns(SITE_ADAPTERS).length).toBeGreaterThan(SITE_ADAPTERS.length);
    for (const pattern of siteMatchPatterns(SITE_ADAPTERS)) expect(() => new MatchPattern(pattern)).not.toThrow();
  });

  it('lists every page fixture in SOURCES.md, real pages marked with a source note at their top', () => {
    const sources = fixtureSources();
    const pages = readdirSync(join(ROOT, 'tests/fixtures/pages')).filter((file) => file.endsWith('.html'));
    expect([...sources.keys()].sort()).toEqual([...pages].sort());
    for (const [file, { real }] of sources) {
      const head = readFileSync(fixturePath(file), 'utf8').slice(0, 4000);
      if (real) expect(head, file).toMatch(/trimmed from[\s\S]*url:/u);
      else expect(head, file).toMatch(/Hand-written test fixture/u);
      expect(file.includes('handwritten'), file).toBe(!real);
    }
  });

  describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
    it('uses a real saved page as its fixture when its site has one', () => {
      const sources = fixtureSources();
      const { fixture } = sitePage(id);
      const siteHasReal = [...sources.values()].some((source) => source.site === id && source.real);
      expect(sources.get(fixture)?.site, fixture).toBe(id);
      if (siteHasReal) expect(sources.get(fixture)?.real, `${id} has a real page; ${fixture} is hand-written`).toBe(true);
    });

    it('passes its finds through the page-furniture guard', () => {
      const source = readFileSync(join(SITES_DIR, adapterFile(id)), 'utf8');
      // Prime Video's cards are typed by the store itself (data-card-entity-type) and carry no headings.
      if (id !== 'prime-video') expect(source).toMatch(/withoutFurniture\(/u);
    });

    it('names its evidence, with a date, in its header', () => {
      const header = readFileSync(join(SITES_DIR, adapterFile(id)), 'utf8').split('*/')[0] ?? '';
      expect(header).toMatch(/\b20\d{2}-\d{2}\b/u);
    });

    it('accepts its test URLs, and no other adapter claims them', () => {
      const { testUrls, fixtureUrl } = sitePage(id);
      expect(testUrls.length).toBeGreaterThan(0);
      for (const url of [...testUrls, fixtureUrl]) {
        const claimants = SITE_ADAPTERS.filter((other) => other.matches.some((pattern) => new MatchPattern(pattern).includes(url)));
        expect(claimants.map((other) => other.id), url).toEqual([id]);
        expect(adapterForUrl(new URL(url), SITE_ADAPTERS)?.id).toBe(id);
      }
    });

    it('has a fixture page that yields its expected titles', () => {
      expect(existsSync(fixturePath(sitePage(id).fixture)), sitePage(id).fixture).toBe(true);
      const spotted = titlesOnFixture(adapter);
      if (FIXTURES_WITHOUT_SERIES.has(id)) expect(spotted).toEqual([]);
      else expect(spotted.length).toBeGreaterThan(0);
    });

    it('dates every selector constant', () => {
      const lines = readFileSync(join(SITES_DIR, adapterFile(id)), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (!/^(?:export )?const \w*SELECTORS?\b/u.test(line)) return;
        expect(lines[index - 1] ?? '', `${id}:${index + 1} needs a dated comment above it`).toMatch(/^\s*\/\/.*\b20\d{2}-\d{2}\b/u);
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
    expect(adapterForUrl(new URL(url), SITE_ADAPTERS)?.id).toBe(id);
  });

  it.each([
    'https://www.amazon.de/dp/B0D5B6ZZ8K', // a store product page, not Prime Video
    'https://www.amazon.com/s?k=fallout',
    'https://www.imdb.com/name/nm0186505/',
    'https://www.rottentomatoes.com/m/dune_part_two',
    'https://example.com/gp/video/detail/X',
  ])('leaves %s alone', (url) => {
    expect(adapterForUrl(new URL(url), SITE_ADAPTERS)).toBeUndefined();
  });

  it('the streaming script never claims a site that has its own script', () => {
    for (const adapter of OWN_SCRIPT_ADAPTERS) {
      for (const url of sitePage(adapter.id).testUrls) expect(adapterForUrl(new URL(url), STREAMING_ADAPTERS), url).toBeUndefined();
    }
  });
});

describe('entrypoints only wire', () => {
  const entrypoints = filesUnder(join(ROOT, 'entrypoints'));

  it.each(entrypoints.map((path) => [rel(path), path]))('%s imports only wxt, utils, components and its own styles', (_name, path) => {
    for (const statement of parse(path).statements) {
      if (!ts.isImportDeclaration(statement)) continue;
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      expect(from, rel(path)).toMatch(/^(?:wxt\/|preact$|@\/utils\/|@\/components\/|\.\/[\w-]+\.css$)/);
    }
  });

  it.each(entrypoints.map((path) => [rel(path), path]))('%s declares no functions or classes of its own', (_name, path) => {
    const isConstant = (s: ts.Statement) =>
      ts.isVariableStatement(s) && s.declarationList.declarations.every((d) => d.initializer && ts.isLiteralExpression(d.initializer));
    const own = parse(path).statements.filter(
      (s) => ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || (ts.isVariableStatement(s) && !isConstant(s)),
    );
    expect(own.map((s) => s.getText().slice(0, 60))).toEqual([]);
  });
});

/** Code that runs when a module is imported: top-level statements outside any function body. */
function topLevelBrowserUses(path: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassDeclaration(node)) return;
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'browser') {
      found.push(`${rel(path)}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(path));
  return found;
}

/** The modules a file's value imports reach (type-only imports are erased), resolved within the repo. */
function valueImportsReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const resolve = (from: string, spec: string): string | null => {
    const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? join(from, '..', spec) : null;
    if (!base) return null;
    return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
  };
  const visit = (path: string): void => {
    if (reached.has(path)) return;
    const specs: string[] = [];
    reached.set(path, specs);
    for (const s of parse(path).statements) {
      const isImport = ts.isImportDeclaration(s);
      if (!isImport && !(ts.isExportDeclaration(s) && s.moduleSpecifier)) continue;
      if (isImport ? s.importClause?.isTypeOnly : s.isTypeOnly) continue;
      const named = isImport ? s.importClause?.namedBindings : s.exportClause;
      const onlyTypes =
        isImport && !s.importClause?.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      const spec = (s.moduleSpecifier as ts.StringLiteral).text;
      specs.push(spec);
      if (/\.(css|json)$/.test(spec) || spec.includes('?')) continue;
      const local = resolve(path, spec);
      if (local) visit(local);
    }
  };
  visit(entry);
  return reached;
}

describe('content scripts', () => {
  const scripts = filesUnder(join(ROOT, 'entrypoints')).filter((p) => /\.content\.ts$|content\/index\.ts$/.test(p));

  it.each(scripts.map((path) => [rel(path), path]))('%s ships no storage items or zod: it asks the worker', (_name, path) => {
    const offenders: string[] = [];
    for (const [file, specs] of valueImportsReached(path)) {
      for (const spec of specs) if (/^zod|^wxt\/utils\/storage$|^@wxt-dev\/storage/.test(spec)) offenders.push(`${rel(file)} → ${spec}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('module top level', () => {
  it('touches no extension API (browser.*), so importing a module is always safe', () => {
    expect(sourceFiles.flatMap(topLevelBrowserUses)).toEqual([]);
  });
});

describe('the page contract', () => {
  it('spells every data-greenlit-* name in utils/page/contract.ts only', () => {
    const offenders: string[] = [];
    for (const path of sourceFiles) {
      if (rel(path) === 'utils/page/contract.ts') continue;
      const visit = (node: ts.Node): void => {
        if ((ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && /data-greenlit-|greenlit-badge|greenlit-guard/.test(node.text)) {
          offenders.push(`${rel(path)}: ${node.getText()}`);
        }
        if (ts.isPropertyAccessExpression(node) && /^greenlit[A-Z]/.test(node.name.text) && node.expression.getText().endsWith('dataset')) {
          offenders.push(`${rel(path)}: ${node.getText()}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(parse(path));
    }
    // Style sheets cannot import constants; badge.css styles the host by its placement attribute.
    expect(offenders).toEqual([]);
  });
});

describe('utils folders', () => {
  const folders = filesUnder(join(ROOT, 'utils'))
    .map((path) => rel(path).replace(/^utils\//, '').split('/').slice(0, -1).join('/'))
    .filter(Boolean);

  it('are each listed with the file that states their purpose', () => {
    expect([...new Set(folders)].sort()).toEqual(Object.keys(FOLDER_PURPOSE_FILES).sort());
    expect(readdirSync(join(ROOT, 'utils')).filter((name) => !statSync(join(ROOT, 'utils', name)).isDirectory())).toEqual([]);
  });

  it.each(Object.entries(FOLDER_PURPOSE_FILES))('utils/%s opens %s with a purpose comment', (folder, file) => {
    const first = readFileSync(join(ROOT, 'utils', folder, file), 'utf8').split('\n')[0] ?? '';
    expect(first, `utils/${folder}/${file}`).toMatch(/^(?:\/\/ \S.{20,}|\/\*\*$)/);
  });

  it('are named in the README\'s "What runs where"', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## What runs where'), readme.indexOf('\n## ', readme.indexOf('## What runs where') + 3));
    for (const folder of Object.keys(FOLDER_PURPOSE_FILES)) expect(section, folder).toContain(`utils/${folder}/`);
  });
});
