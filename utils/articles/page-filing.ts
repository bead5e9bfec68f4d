/**
 * How a site files an article beyond its meta tags: JSON-LD `articleSection` and `keywords`, the
 * breadcrumb trail and this page's tag links. Read once with the article (read-article.ts); the
 * spoiler shield reads a "Spoilers" section, tag or breadcrumb from it. Never changes the DOM.
 */
import { MAX_READING_TAGS, type ArticleReading } from './reading';

export type PageFiling = NonNullable<ArticleReading['filing']>;

const MAX_SECTIONS = 20;
const MAX_ENTRY = 200;
/** JSON-LD blocks read; a page with more is not a news article worth the parse. */
const MAX_JSON_LD = 20;

// Standard markup, so no site list: schema.org BreadcrumbList microdata, the ARIA breadcrumb
// pattern, breadcrumb classes, the rel="tag" microformat (WordPress and most CMS tag links). Read 2026-12.
const LABEL_SELECTORS = [
  '[itemtype*="BreadcrumbList"] [itemprop="name"]',
  'nav[aria-label*="breadcrumb" i] a',
  '[class*="breadcrumb" i] a',
  'a[rel~="tag"]',
].join(', ');
/** Tag clouds and rails list every tag of the site, not this page's. */
const NOT_THIS_PAGE = 'aside, footer, [class*="widget" i], [class*="cloud" i], [class*="sidebar" i], [class*="related" i]';

export function readPageFiling(doc: Document): PageFiling {
  const jsonLd = readJsonLd(doc);
  const labels = [...doc.querySelectorAll(LABEL_SELECTORS)]
    .filter((el) => !el.closest(NOT_THIS_PAGE))
    .map((el) => el.textContent ?? '');
  return {
    sections: capped(jsonLd.sections, MAX_SECTIONS),
    keywords: capped(jsonLd.keywords, MAX_READING_TAGS),
    labels: capped([...labels, ...jsonLd.labels], MAX_READING_TAGS),
  };
}

function capped(values: string[], max: number): string[] {
  const kept = new Set<string>();
  for (const value of values) {
    const text = value.replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_ENTRY) kept.add(text);
    if (kept.size >= max) break;
  }
  return [...kept];
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
    if (Array.isArray(node)) return node.slice(0, 50).forEach((n) => visit(n, depth + 1));
    const record = node as Record<string, unknown>;
    found.sections.push(...asStrings(record.articleSection));
    found.keywords.push(...asStrings(record.keywords).flatMap((k) => k.split(/[,;]/)));
    if (record['@type'] === 'BreadcrumbList' && Array.isArray(record.itemListElement)) {
      for (const item of record.itemListElement.slice(0, 20) as unknown[]) {
        const entry = item as Record<string, unknown> | null;
        const named = entry?.item as Record<string, unknown> | undefined;
        found.labels.push(...asStrings(entry?.name ?? named?.name));
      }
    }
    if (record['@graph']) visit(record['@graph'], depth + 1);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_JSON_LD; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''), 0);
    } catch {
      // A broken block is the page's problem, not a reason to skip the rest.
    }
  }
  return found;
}
