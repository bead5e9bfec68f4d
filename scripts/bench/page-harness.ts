// Bundled into an IIFE and added to the benchmark page: the article content script's own work (read the
// page once, send the reading, place the worker's badges), plus a bare TreeWalker read of the same text
// as the baseline it is compared with. The worker's half is in worker-harness.ts.
import { findArticleBody } from '../../utils/articles/article-root';
import { readPageText } from '../../utils/articles/page-text';
import { readArticle, type ReadArticle } from '../../utils/articles/read-article';
import { toWireReading } from '../../utils/articles/reading';
import type { ArticlePlacement } from '../../utils/articles/spot/article-spotter';
import { ArticleBadges } from '../../utils/page/article-badges';
import { BADGE_ATTR, BADGE_SELECTOR, STATUS_ATTR, TITLE_ATTR, type BadgeRequest } from '../../utils/page/contract';

/** What the worker answered for this page (set from worker-harness.ts's `placements`). */
let placements: ArticlePlacement[] = [];

/** Milliseconds `run` takes; `sink` keeps the engine from dropping unused results. */
let sink = 0;
function time(run: () => number): number {
  const start = performance.now();
  sink += run();
  return performance.now() - start;
}

function read(): ReadArticle {
  const found = readArticle(document, location.href);
  if (!found) throw new Error('readArticle found no article on the bench page');
  return found;
}

/**
 * A badge host as the page contract has it, in its own shadow root, without the Preact card: the
 * placing is measured here, the badge's rendering in the traced run of the real extension.
 */
function mountPlain(request: BadgeRequest) {
  const host = document.createElement('greenlit-badge');
  host.setAttribute(BADGE_ATTR, '');
  host.setAttribute(STATUS_ATTR, request.result?.status ?? 'loading');
  host.setAttribute(TITLE_ATTR, request.title);
  host.attachShadow({ mode: 'open' }).append(document.createElement('span'));
  request.insert(host);
  return Promise.resolve({ update() {}, remove: () => host.remove() });
}

/** Puts the page back as it was: no badge hosts, text nodes the badges split joined again. */
function removeBadges(): void {
  for (const host of document.querySelectorAll(BADGE_SELECTOR)) host.remove();
  findArticleBody(document)?.normalize();
}

function place(found: ReadArticle): number {
  void new ArticleBadges(found, mountPlain).place(placements);
  return document.querySelectorAll(BADGE_SELECTOR).length;
}

const harness = {
  /** The content script's whole share: read, serialise for the message, place the answer's badges. */
  contentScript: () => {
    const ms = time(() => {
      const found = read();
      // runtime.sendMessage turns the message into JSON in the sending page (JSON.stringify in V8).
      const message = JSON.stringify({ reading: toWireReading(found.reading), site: location.hostname, scanId: 'bench' });
      return message.length + place(found);
    });
    removeBadges();
    return ms;
  },
  /** Baseline: every text node of the same article body, read once. */
  bareWalk: () =>
    time(() => {
      const body = findArticleBody(document);
      if (!body) return -1;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
      return parts.join('').length;
    }),
  /** Parts of the content script's share, to show where its time goes. */
  findBody: () => time(() => (findArticleBody(document) ? 1 : 0)),
  readText: () => time(() => readPageText(findArticleBody(document)!).text.length),
  readArticle: () => time(() => read().reading.body.length),
  serialize: () => {
    const { reading } = read();
    return time(() => JSON.stringify({ reading: toWireReading(reading), site: location.hostname, scanId: 'bench' }).length);
  },
  place: () => {
    const found = read();
    const ms = time(() => place(found));
    removeBadges();
    return ms;
  },
  /** The reading as the worker receives it: JSON, as runtime messaging carries it. */
  readingJson: () => JSON.stringify(toWireReading(read().reading)),
  setPlacements: (list: ArticlePlacement[]) => {
    placements = list;
    return list.length;
  },
  /** Badges placing the answer inserts (checks the placements fit this page). */
  badgesPlaced: () => {
    const count = place(read());
    removeBadges();
    return count;
  },
  textLength: () => read().reading.body.length,
  sink: () => sink,
};

(globalThis as unknown as { greenlitBench: typeof harness }).greenlitBench = harness;
export type PageHarness = typeof harness;
