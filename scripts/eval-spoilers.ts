// Spoiler-shield report on the labelled development articles (../shared/fixtures/articles), parsed
// with happy-dom (the unit tests' DOM) and scored against each article's `spoiler` labels:
// spoiler paragraphs blurred / total, safe paragraphs blurred, and blurs in spoiler-free articles.
// It runs what the article script runs: the one reading (utils/articles/read-article.ts), the detector
// on it and the mapping back to elements (utils/spoilers/article-shield.ts). A report, not a gate: exits
// 0 unless the harness fails. `npm run eval:spoilers [-- <file-substring>]`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { readArticle } from '../utils/articles/read-article';
import { planArticleShield } from '../utils/spoilers/article-shield';
import { articleSpoilerVerdict } from '../utils/spoilers/article-verdict';
import { sharedFixturesDir } from './shared-fixtures';

interface SpoilerLabel {
  warning: string;
  spoilerParagraphs: string[];
  safeParagraphs: string[];
}

interface LabelledArticle {
  file: string;
  url: string;
  spoiler: SpoilerLabel | null;
}

interface Score {
  form: string;
  spoilerBlurred: number;
  spoilerTotal: number;
  safeBlurred: number;
  /** Blurred elements on a page labelled spoiler-free. */
  falseBlurs: number;
}

const TEXT_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, td, div';

function parse(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  Object.assign(globalThis, { NodeFilter: window.NodeFilter, Node: window.Node });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The innermost text block starting with the labelled prefix. */
function blockStartingWith(doc: Document, prefix: string): Element | null {
  const wanted = squash(prefix);
  const hits = [...doc.querySelectorAll(TEXT_BLOCKS)].filter((el) => squash(el.textContent ?? '').startsWith(wanted));
  return hits.find((el) => !hits.some((other) => other !== el && el.contains(other))) ?? null;
}

function isBlurred(el: Element, blurred: readonly Element[]): boolean {
  return blurred.some((b) => b === el || b.contains(el) || el.contains(b));
}

function score(doc: Document, label: SpoilerLabel | null, form: string, blurred: Element[]): Score {
  const count = (prefixes: string[]) =>
    prefixes.filter((prefix) => {
      const el = blockStartingWith(doc, prefix);
      if (!el) console.warn(`    label not found in page: “${prefix}”`);
      return el !== null && isBlurred(el, blurred);
    }).length;
  return {
    form,
    spoilerBlurred: label ? count(label.spoilerParagraphs) : 0,
    spoilerTotal: label?.spoilerParagraphs.length ?? 0,
    safeBlurred: label ? count(label.safeParagraphs) : 0,
    falseBlurs: label ? 0 : blurred.length,
  };
}

function evaluate(doc: Document, url: string, label: SpoilerLabel | null): Score {
  const read = readArticle(doc, url);
  // The worker's verdict for a reader who follows nothing: the detector's blocks.
  const plan = read ? planArticleShield(read, articleSpoilerVerdict(read.reading, [])) : null;
  const form = plan?.spoilers ? `${plan.spoilers.form}: ${plan.spoilers.reason.slice(0, 70)}` : '—';
  return score(doc, label, form, plan?.targets.map((t) => t.element) ?? []);
}

function line(s: Score): string {
  return `spoiler ${s.spoilerBlurred}/${s.spoilerTotal}  safe blurred ${s.safeBlurred}  false blurs ${s.falseBlurs}  [${s.form}]`;
}

function total(scores: Score[]): string {
  const sum = (key: keyof Omit<Score, 'form'>) => scores.reduce((n, s) => n + s[key], 0);
  const falsePages = scores.filter((s) => s.falseBlurs > 0).length;
  return (
    `spoiler paragraphs blurred ${sum('spoilerBlurred')}/${sum('spoilerTotal')}, safe paragraphs blurred ` +
    `${sum('safeBlurred')}, spoiler-free articles with any blur ${falsePages} (${sum('falseBlurs')} blocks)`
  );
}

function main(): number {
  const dir = sharedFixturesDir();
  if (!dir) {
    console.log('eval-spoilers: shared fixtures (../shared/fixtures) not found; skipping the spoiler report.');
    return 0;
  }
  const filter = process.argv[2];
  const { articles } = JSON.parse(readFileSync(join(dir, 'articles/labels.json'), 'utf8')) as {
    articles: LabelledArticle[];
  };
  const selected = articles.filter((a) => !filter || a.file.includes(filter));
  const scores: Score[] = [];
  for (const article of selected) {
    const html = readFileSync(join(dir, 'articles', article.file), 'utf8');
    console.log(`${article.file}${article.spoiler ? '' : '  (spoiler-free)'}`);
    const result = evaluate(parse(html, article.url), article.url, article.spoiler);
    scores.push(result);
    console.log(`  ${line(result)}`);
  }
  const withWarning = selected.filter((a) => a.spoiler).length;
  console.log(`\n${selected.length} articles, ${withWarning} with spoilers`);
  console.log(total(scores));
  return 0;
}

try {
  process.exit(main());
} catch (error: unknown) {
  console.error('eval-spoilers: harness error:', error);
  process.exit(1);
}
