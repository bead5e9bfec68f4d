/**
 * Reads an article page once into the plain `ArticleReading` the spoiler detector decides on, and
 * maps the decision back to elements to blur. Reads the DOM, never changes it.
 */
import { EXCLUDED_SELECTOR, findArticleBody, findHeadline } from '../articles/article-root';
import { articleBlocks } from './article';
import { detectArticleSpoilers, type ArticleReading, type ArticleSpoilers, type ReadBlockKind } from './article-spoilers';

export interface ReadArticle {
  reading: ArticleReading;
  /** The element of each reading block, same order. */
  elements: Element[];
}

const KIND_BY_TAG: Record<string, ReadBlockKind> = {
  P: 'p', H1: 'h1', H2: 'h2', H3: 'h3', H4: 'h4', H5: 'h5', H6: 'h6', LI: 'li', BLOCKQUOTE: 'blockquote',
  FIGCAPTION: 'figcaption', FIGURE: 'figure', IMG: 'media', PICTURE: 'media', VIDEO: 'media', IFRAME: 'media',
  DIV: 'p', SECTION: 'p', ASIDE: 'p', SPAN: 'p',
};
const MEDIA_SELECTOR = 'picture, img, video, iframe';

// Standard markup, so no site list: schema.org BreadcrumbList microdata, the ARIA breadcrumb
// pattern, the rel="tag" microformat (WordPress and most CMS tag links). Read 2026-12.
const LABEL_SELECTORS = [
  '[itemtype*="BreadcrumbList"] [itemprop="name"]',
  'nav[aria-label*="breadcrumb" i] a',
  '[class*="breadcrumb" i] a',
  'a[rel~="tag"]',
];
/** Tag clouds and rails list every tag of the site, not this page's. */
const NOT_THIS_PAGE = 'aside, footer, [class*="widget" i], [class*="cloud" i], [class*="sidebar" i], [class*="related" i]';

function metaValues(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((m) => m.getAttribute('content') ?? '').filter(Boolean);
}

function splitKeywords(values: string[]): string[] {
  return values.flatMap((v) => v.split(/[,;]/)).map((k) => k.trim()).filter(Boolean);
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `articleSection`, `keywords` and breadcrumb names from JSON-LD; unreadable blocks are skipped. */
function readJsonLd(doc: Document): { sections: string[]; keywords: string[]; labels: string[] } {
  const found = { sections: [] as string[], keywords: [] as string[], labels: [] as string[] };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const record = node as Record<string, unknown>;
    found.sections.push(...asStrings(record.articleSection));
    found.keywords.push(...splitKeywords(asStrings(record.keywords)));
    if (record['@type'] === 'BreadcrumbList' && Array.isArray(record.itemListElement)) {
      for (const item of record.itemListElement as unknown[]) {
        const entry = item as Record<string, unknown> | null;
        const named = entry?.item as Record<string, unknown> | undefined;
        found.labels.push(...asStrings(entry?.name ?? named?.name));
      }
    }
    if (record['@graph']) visit(record['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block on the page is the page's problem, not a reason to skip the rest.
    }
  }
  return found;
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function blockText(el: Element): string {
  if (el.tagName === 'FIGURE') return el.querySelector('figcaption')?.textContent?.trim() ?? '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readArticle(doc: Document, url: string | undefined = doc.location?.href): ReadArticle | null {
  const body = findArticleBody(doc);
  if (!body) return null;
  // Rails, share bars and related links inside the body are not its text.
  const elements = articleBlocks(body).filter((el) => {
    const excluded = el.closest(EXCLUDED_SELECTOR);
    return !excluded || excluded === body || !body.contains(excluded);
  });
  const jsonLd = readJsonLd(doc);
  const labels = LABEL_SELECTORS.flatMap((s) =>
    [...doc.querySelectorAll(s)].filter((el) => !el.closest(NOT_THIS_PAGE)).map((el) => el.textContent?.trim() ?? ''),
  );
  const reading: ArticleReading = {
    headline: findHeadline(doc, body)?.textContent?.replace(/\s+/g, ' ').trim() || undefined,
    blocks: elements.map((el) => ({ kind: KIND_BY_TAG[el.tagName.toUpperCase()] ?? 'other', text: blockText(el) })),
    url,
    sections: unique([...metaValues(doc, 'meta[property="article:section"]'), ...jsonLd.sections]),
    keywords: unique([
      ...splitKeywords(metaValues(doc, 'meta[name="news_keywords"], meta[name="keywords"]')),
      ...metaValues(doc, 'meta[property="article:tag"]'),
      ...jsonLd.keywords,
    ]),
    labels: unique([...labels, ...jsonLd.labels]),
  };
  return { reading, elements };
}

/** What to blur for one block: a figure's media (never its caption), otherwise the block. */
function blurTargets(el: Element): Element[] {
  if (el.tagName !== 'FIGURE') return [el];
  return [...el.querySelectorAll(MEDIA_SELECTOR)].filter((m) => m.parentElement?.tagName !== 'PICTURE');
}

export interface ArticleSpoilerTargets {
  spoilers: ArticleSpoilers;
  /** Elements to blur, in document order. */
  targets: Element[];
}

/** The page's spoilers and the elements to blur, or null when nothing is a spoiler. */
export function findArticleSpoilerTargets(doc: Document, url?: string): ArticleSpoilerTargets | null {
  const read = readArticle(doc, url);
  const spoilers = read && detectArticleSpoilers(read.reading);
  if (!read || !spoilers) return null;
  const targets = spoilers.blurred.flatMap((i) => {
    const el = read.elements[i];
    return el ? blurTargets(el) : [];
  });
  return { spoilers, targets };
}
