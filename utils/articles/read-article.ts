// News articles: the content script reads the page once (here); the worker spots the shows in that reading (spot/).
import { findArticleBody, findHeadline } from './article-root';
import { readPageFiling } from './page-filing';
import { readPageText, readPageTextInSlices, type PageText } from './page-text';
import {
  MAX_READING_BLOCKS,
  MAX_READING_SPANS,
  MAX_READING_TAGS,
  MAX_READING_TEXT,
  type ArticleReading,
  type BlockKind,
  type ReadingSpan,
} from './reading';

/** The reading to send, and the text maps the content script keeps to place badges at offsets. */
export interface ReadArticle {
  reading: ArticleReading;
  headline: { root: Element; text: PageText } | null;
  body: { root: Element; text: PageText };
}

/** A formatted run longer than this is a styled paragraph, not a title. */
const MAX_SPAN_LENGTH = 200;
/** Text nodes read into one run (the rest of a long run is not a title either). */
const MAX_SPAN_NODES = 50;

/** Reads an article once: one TreeWalker pass for each region gives the text, its blocks and spans. Never changes the DOM. */
export function readArticle(doc: Document, url: string): ReadArticle | null {
  const root = findArticleBody(doc);
  if (!root) return null;
  const headlineRoot = findHeadline(doc, root);
  return assemble(doc, url, { root, text: readPageText(root) }, headlineRoot);
}

/** `readArticle` with the body's walk in slices, pausing between them: a 1 MB article holds no long task. */
export async function readArticleInSlices(doc: Document, url: string, pause: () => Promise<void>, tries = 2): Promise<ReadArticle | null> {
  const root = findArticleBody(doc);
  if (!root) return null;
  const text = await readPageTextInSlices(root, pause);
  await pause();
  // The page replaced its article meanwhile: read the new one (once; a page that keeps doing so gets no badges).
  if (!root.isConnected) return tries > 1 ? readArticleInSlices(doc, url, pause, tries - 1) : null;
  return assemble(doc, url, { root, text }, findHeadline(doc, root));
}

function assemble(doc: Document, url: string, body: ReadArticle['body'], headlineRoot: Element | null): ReadArticle {
  const { text } = body;
  const headlineText = headlineRoot ? readPageText(headlineRoot) : null;
  const meta = readMeta(doc);
  const reading: ArticleReading = {
    url: url.slice(0, 4_000),
    published: publishedDate(doc, meta),
    pageTitle: pageTitle(doc, meta).slice(0, 1_000),
    headline: (headlineText?.text ?? '').slice(0, 2_000),
    body: text.text.slice(0, MAX_READING_TEXT),
    blocks: blocksOf(text),
    spans: spansOf(text),
    tags: tagsOf(meta),
    section: sectionOf(meta),
    filing: readPageFiling(doc),
  };
  return {
    reading,
    headline: headlineRoot && headlineText ? { root: headlineRoot, text: headlineText } : null,
    body,
  };
}

function blocksOf(text: PageText): ArticleReading['blocks'] {
  const blocks: ArticleReading['blocks'] = [];
  let lastParagraph: Element | null = null;
  for (let i = 0; i < text.nodes.length && blocks.length < MAX_READING_BLOCKS; i++) {
    const start = text.starts[i]!;
    if (start >= MAX_READING_TEXT) break;
    // A block starts at the beginning of the text or right after a newline.
    if (start !== 0 && text.text.charCodeAt(start - 1) !== 10) continue;
    const { paragraph, paragraphIsCaption } = text.places[i]!;
    if (paragraph && paragraph === lastParagraph) continue;
    lastParagraph = paragraph;
    const kind = paragraphIsCaption ? 'caption' : kindOf(paragraph);
    blocks.push(kind === 'heading' ? { start, kind, level: Number(paragraph!.localName[1]) } : { start, kind });
  }
  return blocks;
}

function kindOf(paragraph: Element | null): BlockKind {
  const name = paragraph?.localName;
  if (name && /^h[1-6]$/.test(name)) return 'heading';
  if (name === 'li' || name === 'dt' || name === 'dd') return 'item';
  return name === 'blockquote' ? 'quote' : 'text';
}

/** Offsets of formatted runs, in document order, from the formatting each text node sits in. */
function spansOf(text: PageText): ReadingSpan[] {
  const runs = new Map<Element, { start: number; end: number; nodes: number }>();
  for (let i = 0; i < text.nodes.length; i++) {
    const { spans } = text.places[i]!;
    if (!spans.length) continue;
    const start = text.starts[i]!;
    const end = start + text.nodes[i]!.data.length;
    for (const element of spans) {
      const run = runs.get(element);
      if (!run) runs.set(element, { start, end, nodes: 1 });
      else if (run.nodes < MAX_SPAN_NODES) {
        run.end = end;
        run.nodes += 1;
      }
    }
  }
  const spans: ReadingSpan[] = [];
  for (const [element, { start, end }] of runs) {
    if (end <= start || end - start > MAX_SPAN_LENGTH) continue;
    const tag = element.tagName;
    const kind = tag === 'A' ? 'link' : tag === 'B' || tag === 'STRONG' ? 'bold' : 'italic';
    const href = kind === 'link' ? (element.getAttribute('href') ?? '').slice(0, 2_000) : undefined;
    spans.push({ start, end, kind, ...(href !== undefined ? { href } : {}) });
    if (spans.length >= MAX_READING_SPANS) break;
  }
  return spans;
}

/** Which meta tags say what, by their property, name or itemprop (sites mix the three up). */
const META_KINDS = new Map(
  Object.entries({
    'og:title': 'title',
    'article:published_time': 'date',
    datePublished: 'date',
    date: 'date',
    pubdate: 'date',
    'publish-date': 'date',
    'article:section': 'section',
    keywords: 'tags',
    news_keywords: 'tags',
    'article:tag': 'tags',
  }),
);

/** What the meta tags say, in one pass (a query per tag would scan the page each time); the first of a kind counts. */
function readMeta(doc: Document): { first: Map<string, string | null>; tags: string[] } {
  const first = new Map<string, string | null>();
  const tags: string[] = [];
  for (const element of doc.getElementsByTagName('meta')) {
    const kind = META_KINDS.get(element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '');
    const content = element.getAttribute('content');
    if (kind === 'tags') tags.push(content ?? '');
    else if (kind && !first.has(kind)) first.set(kind, content);
  }
  return { first, tags };
}

type PageMeta = ReturnType<typeof readMeta>;

/** The document title minus the site name ("Ballard season 2 | TechRadar"). */
function pageTitle(doc: Document, meta: PageMeta): string {
  return (meta.first.get('title') ?? doc.title).split(/\s+[|–—]\s+/)[0] ?? '';
}

// schema.org's NewsArticle (one @graph on most news sites), where many give the date and no meta tag does.
const LD_DATE = /"datePublished"\s*:\s*"([^"]{4,40})"/;

function publishedDate(doc: Document, meta: PageMeta): string | undefined {
  // A page's first <time> may be a related story's: the last resort.
  const value =
    meta.first.get('date') ||
    LD_DATE.exec(doc.querySelector('script[type="application/ld+json"]')?.textContent?.slice(0, 50_000) ?? '')?.[1] ||
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
    '';
  return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 40) : undefined;
}

function tagsOf(meta: PageMeta): string[] {
  const tags: string[] = [];
  for (const content of meta.tags) {
    for (const tag of content.split(',')) {
      const trimmed = tag.trim();
      if (trimmed && trimmed.length <= 200 && tags.length < MAX_READING_TAGS) tags.push(trimmed);
    }
  }
  return tags;
}

function sectionOf(meta: PageMeta): string | undefined {
  const section = meta.first.get('section')?.trim();
  return section ? section.slice(0, 200) : undefined;
}
