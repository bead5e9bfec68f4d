// News articles: the content script reads the page once (here); the worker spots the shows in that reading (spot/).
import { findArticleBody, findHeadline } from './article-root';
import { readPageFiling } from './page-filing';
import { excludedElements, readPageText, type PageText } from './page-text';
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

const SPAN_SELECTOR = 'i, em, cite, b, strong, a[href]';
const BLOCK_SELECTOR = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, div, section, article';
/** Captions, credits and bylines: text about the page, never where a writer names a show. */
const CAPTION = /(?:^|[\s_-])(?:caption|credit|byline|author|photo|image|getty|copyright|dateline|timestamp)/i;
/** Around a block, only unmistakable caption containers count (a wrapper may well say "photo"). */
const CAPTION_AROUND = /caption|credit|byline/i;

/** Reads an article once: one TreeWalker pass for each region, a bounded query for spans. Never changes the DOM. */
export function readArticle(doc: Document, url: string): ReadArticle | null {
  const root = findArticleBody(doc);
  if (!root) return null;
  const headlineRoot = findHeadline(doc, root);
  const excluded = excludedElements(root);
  const text = readPageText(root, excluded);
  const headlineText = headlineRoot ? readPageText(headlineRoot) : null;
  const reading: ArticleReading = {
    url: url.slice(0, 4_000),
    published: publishedDate(doc),
    pageTitle: pageTitle(doc).slice(0, 1_000),
    headline: (headlineText?.text ?? '').slice(0, 2_000),
    body: text.text.slice(0, MAX_READING_TEXT),
    blocks: blocksOf(text),
    spans: spansOf(root, text, excluded),
    tags: tagsOf(doc),
    section: sectionOf(doc),
    filing: readPageFiling(doc),
  };
  return {
    reading,
    headline: headlineRoot && headlineText ? { root: headlineRoot, text: headlineText } : null,
    body: { root, text },
  };
}

function blocksOf(text: PageText): ArticleReading['blocks'] {
  const blocks: ArticleReading['blocks'] = [];
  const captions = new CaptionCache();
  let lastBlock: Element | null = null;
  for (let i = 0; i < text.nodes.length && blocks.length < MAX_READING_BLOCKS; i++) {
    const start = text.starts[i]!;
    if (start >= MAX_READING_TEXT) break;
    // A block starts at the beginning of the text or right after the joining newline.
    if (start !== 0 && text.text.charCodeAt(start - 1) !== 10) continue;
    const block = text.nodes[i]!.parentElement?.closest(BLOCK_SELECTOR) ?? null;
    if (block && block === lastBlock) continue;
    lastBlock = block;
    const kind = kindOf(block, captions);
    blocks.push(kind === 'heading' ? { start, kind, level: Number(block!.tagName[1]) } : { start, kind });
  }
  return blocks;
}

function kindOf(block: Element | null, captions: CaptionCache): BlockKind {
  if (!block) return 'text';
  if (captions.isCaption(block)) return 'caption';
  const tag = block.tagName;
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return 'text';
}

/** Whether an element is in a caption, credit or byline; each ancestor is judged once per read. */
class CaptionCache {
  private readonly known = new Map<Element, boolean>();

  isCaption(element: Element): boolean {
    const chain: Element[] = [];
    let verdict: boolean | undefined;
    for (let at: Element | null = element; at; at = at.parentElement) {
      verdict = this.known.get(at);
      if (verdict !== undefined) break;
      chain.push(at);
      const marker = `${at.getAttribute('class') ?? ''} ${at.id}`;
      if (at.tagName === 'FIGCAPTION' || at.tagName === 'FIGURE' || CAPTION_AROUND.test(marker) || (at === element && CAPTION.test(marker))) {
        verdict = true;
        break;
      }
    }
    for (const at of chain) this.known.set(at, verdict ?? false);
    return verdict ?? false;
  }
}

/** Offsets of formatted runs: found from their first text node, so each costs a map look-up. */
function spansOf(root: Element, text: PageText, excluded: ReadonlySet<Element>): ReadingSpan[] {
  const startOf = new Map<Text, number>();
  text.nodes.forEach((node, i) => startOf.set(node, text.starts[i]!));
  const spans: ReadingSpan[] = [];
  const elements = root.querySelectorAll(SPAN_SELECTOR);
  for (let i = 0; i < elements.length && spans.length < MAX_READING_SPANS; i++) {
    const element = elements[i]!;
    if (isInside(element, excluded, root)) continue;
    const range = rangeOf(element, startOf);
    if (!range || range.end - range.start > 200) continue;
    const tag = element.tagName;
    const kind = tag === 'A' ? 'link' : tag === 'B' || tag === 'STRONG' ? 'bold' : 'italic';
    const href = kind === 'link' ? (element.getAttribute('href') ?? '').slice(0, 2_000) : undefined;
    spans.push({ ...range, kind, ...(href !== undefined ? { href } : {}) });
  }
  return spans;
}

function rangeOf(element: Element, startOf: ReadonlyMap<Text, number>): { start: number; end: number } | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: number | undefined;
  let end = 0;
  let read = 0;
  for (let node = walker.nextNode() as Text | null; node && read < 50; node = walker.nextNode() as Text | null, read++) {
    const start = startOf.get(node);
    if (start === undefined) continue;
    first ??= start;
    end = start + node.data.length;
  }
  return first === undefined || end <= first ? null : { start: first, end };
}

function isInside(element: Element, excluded: ReadonlySet<Element>, root: Element): boolean {
  for (let at: Element | null = element; at && at !== root; at = at.parentElement) if (excluded.has(at)) return true;
  return false;
}

/** The document title minus the site name ("Ballard season 2 | TechRadar"). */
function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return (og ?? doc.title).split(/\s+[|–—]\s+/)[0] ?? '';
}

function publishedDate(doc: Document): string | undefined {
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="publish-date"]',
  );
  const value = meta?.getAttribute('content') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 40) : undefined;
}

function tagsOf(doc: Document): string[] {
  const metas = doc.querySelectorAll('meta[name="keywords"], meta[name="news_keywords"], meta[property="article:tag"]');
  const tags: string[] = [];
  for (const meta of metas) {
    for (const tag of (meta.getAttribute('content') ?? '').split(',')) {
      const trimmed = tag.trim();
      if (trimmed && trimmed.length <= 200 && tags.length < MAX_READING_TAGS) tags.push(trimmed);
    }
  }
  return tags;
}

function sectionOf(doc: Document): string | undefined {
  const section = doc.querySelector('meta[property="article:section"]')?.getAttribute('content')?.trim();
  return section ? section.slice(0, 200) : undefined;
}
