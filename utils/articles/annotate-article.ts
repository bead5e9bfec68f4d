// News articles, read in the content script: find the body, spot title candidates, badge each confirmed show's first mention.
import { SHOW_ID_ATTR, showIdValue, type BadgeRequest } from '../page/contract';
import type { LookupResult } from '../shows/show';
import type { TitleHints } from '../sites/site-adapter';
import { scanArticle } from './article-scan';
import { firstMentions } from './mentions';
import { locate, type PageText } from './page-text';
import { TitleAutomaton } from './title-automaton';

export type ArticleBadgeRequest = BadgeRequest & { result: LookupResult };

export interface ArticleDeps {
  /** Results in the order of `titles`; `hints[i]` is what the page says about `titles[i]`. */
  lookup(titles: string[], hints: Array<TitleHints | undefined>): Promise<LookupResult[]>;
  /** Articles look up first, so every badge starts with its answer. */
  mountBadge(request: ArticleBadgeRequest): Promise<unknown>;
}

/**
 * Badges the first mention of each confirmed show in the headline and in the body.
 * Candidates are looked up in one batch; a candidate without a confident match gets nothing.
 * Returns the number of badges added; running it again adds none.
 */
export async function annotateArticle(doc: Document, deps: ArticleDeps): Promise<number> {
  const scan = scanArticle(doc);
  if (!scan || !scan.candidates.length) return 0;
  const results = await deps.lookup(scan.candidates, scan.candidates.map((title) => scan.hints.get(title)));

  // Every spelling that resolved to a show, plus the show's own name, points at that show.
  // The automaton numbers shows; `numbers` gives each ShowRef its number on this page.
  const numbers = new Map<string, number>();
  const shows = new Map<number, LookupResult>();
  const spellings = new Map<string, number>();
  for (const result of results) {
    if (!result.show) continue;
    const key = showIdValue(result.show.ref);
    const n = numbers.get(key) ?? numbers.size;
    numbers.set(key, n);
    shows.set(n, result);
    spellings.set(result.show.name, n);
    // "the Walking Dead spinoff" spells the show without its article; "The Bosch: Legacy" adds one.
    if (!/^the /i.test(result.title) || /^the /i.test(result.show.name)) spellings.set(result.title, n);
  }
  if (!shows.size) return 0;
  const automaton = new TitleAutomaton(spellings);

  const requests: Array<{ at: InsertionPoint; request: Omit<ArticleBadgeRequest, 'insert'> }> = [];
  for (const [pageText, region] of [
    [scan.headlineText, scan.headline],
    [scan.bodyText, scan.body],
  ] as const) {
    if (!pageText || !region) continue;
    const already = badgedShows(region);
    for (const [showId, { start, end }] of firstMentions(pageText, automaton)) {
      if (already.has(showIdValue(shows.get(showId)!.show!.ref))) continue;
      const at = insertionPoint(pageText, end);
      if (!at) continue;
      const title = pageText.text.slice(start, end);
      requests.push({ at, request: { title, placement: 'inline', result: { ...shows.get(showId)!, title } } });
    }
  }
  // Split text nodes from the last mention backwards so earlier offsets stay valid.
  requests.sort((a, b) => compareDescending(a.at, b.at));
  const places = requests.map(({ at }) => placeAfterMention(at));
  await Promise.all(requests.map(({ request }, i) => deps.mountBadge({ ...request, insert: places[i]! })));
  return requests.length;
}

interface InsertionPoint {
  node: Text;
  offset: number;
}

function insertionPoint(pageText: PageText, end: number): InsertionPoint | null {
  const found = locate(pageText, end - 1);
  if (!found) return null;
  return { node: found.node, offset: found.offset + 1 };
}

function compareDescending(a: InsertionPoint, b: InsertionPoint): number {
  if (a.node === b.node) return b.offset - a.offset;
  return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
}

/**
 * Where a badge goes: right after the mention, or after its link (never inside link text).
 * The text after the mention becomes its own node, so later splits of the same node cannot move it.
 */
function placeAfterMention({ node, offset }: InsertionPoint): (host: HTMLElement) => void {
  const link = node.parentElement?.closest('a');
  if (link) return (host) => link.after(host);
  const rest = node.splitText(offset);
  return (host) => rest.before(host);
}

/** The `data-greenlit-show-id` values already badged in a region (a second run on the same page). */
function badgedShows(region: Element): Set<string> {
  return new Set([...region.querySelectorAll(`[${SHOW_ID_ATTR}]`)].map((host) => host.getAttribute(SHOW_ID_ATTR)!));
}
