import { findArticleBody, findHeadline } from './article-root';
import type { TitleHints } from '../sites/site-adapter';
import { contextHints } from './context-hints';
import { excludedElements, readPageText, type PageText } from './page-text';
import { WHOLE_TITLE, cleanCandidate, titleCandidatesInText } from './title-patterns';

/** Enough for any real article; a hostile page cannot make the worker look up thousands of strings. */
export const MAX_CANDIDATES = 60;
export const MAX_FORMATTED_ELEMENTS = 2_000;

export interface ArticleScan {
  body: Element;
  headline: Element | null;
  bodyText: PageText;
  headlineText: PageText | null;
  /** Title candidates to confirm through the lookup, in page order. */
  candidates: string[];
  /** What the text says about a candidate's network or year, to tell same-name shows apart. */
  hints: Map<string, TitleHints>;
}

/** Show pages on news and catalog sites: links to them name a show. */
const SHOW_LINK = /\/(?:tv|tv-shows?|shows?|series)\//i;

/** Reads an article page once and lists what might be show titles. Pure: never changes the DOM. */
export function scanArticle(doc: Document): ArticleScan | null {
  const body = findArticleBody(doc);
  if (!body) return null;
  const headline = findHeadline(doc, body);
  const excluded = excludedElements(body);
  const bodyText = readPageText(body, excluded);
  const headlineText = headline ? readPageText(headline) : null;

  const candidates = [
    ...titleCandidatesInText(headlineText?.text ?? pageTitle(doc)),
    ...titleCandidatesInText(bodyText.text),
    ...formattedTitles(body, excluded),
    ...keywordTitles(doc, `${headlineText?.text ?? ''}\n${bodyText.text}`),
  ];
  const unique = [...new Set(candidates)].slice(0, MAX_CANDIDATES);
  const text = `${headlineText?.text ?? ''}\n${bodyText.text}`;
  const hints = new Map<string, TitleHints>();
  for (const title of unique) {
    const found = contextHints(text, title);
    if (found) hints.set(title, found);
  }
  return { body, headline, bodyText, headlineText, candidates: unique, hints };
}

/** The document title minus the site name ("Ballard season 2 | TechRadar"). */
function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return (og ?? doc.title).split(/\s+[|–—]\s+/)[0] ?? '';
}

/** Italic titles (house style for show names) and links to show pages. */
function formattedTitles(body: Element, excluded: ReadonlySet<Element>): string[] {
  const titles: string[] = [];
  const isExcluded = (element: Element) => {
    for (let at: Element | null = element; at && at !== body; at = at.parentElement) if (excluded.has(at)) return true;
    return false;
  };
  const formatted = body.querySelectorAll('i, em, cite, a[href]');
  // Real articles have dozens; a hostile page with 30,000 must not cost 30,000 reads.
  for (let i = 0; i < Math.min(formatted.length, MAX_FORMATTED_ELEMENTS); i++) {
    const element = formatted[i]!;
    if (isExcluded(element)) continue;
    if (element.tagName === 'A' && !SHOW_LINK.test(element.getAttribute('href') ?? '')) continue;
    const text = (element.textContent ?? '').trim();
    if (text.length > 80 || text.split(/\s+/).length > 6 || !WHOLE_TITLE.test(text)) continue;
    const title = cleanCandidate(text);
    if (title) titles.push(title);
  }
  return titles;
}

/** The page's own subject tags ("The Chase, Bradley Walsh, ITV"), kept when the text names them. */
function keywordTitles(doc: Document, text: string): string[] {
  const tags = [
    ...doc.querySelectorAll('meta[name="keywords"], meta[name="news_keywords"], meta[property="article:tag"]'),
  ].flatMap((meta) => (meta.getAttribute('content') ?? '').split(','));
  return tags
    .map((tag) => tag.trim())
    .filter((tag) => tag.length <= 80 && WHOLE_TITLE.test(tag) && text.includes(tag))
    .map((tag) => cleanCandidate(tag))
    .filter((tag): tag is string => !!tag);
}
