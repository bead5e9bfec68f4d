// Bundled into an IIFE and added to the benchmark page: the article reading code under test, plus a bare
// TreeWalker read of the same text as the baseline it is compared with.
import { findArticleBody } from '../../utils/articles/article-root';
import { readArticle } from '../../utils/articles/read-article';
import { firstMentions } from '../../utils/articles/mentions';
import { readPageText } from '../../utils/articles/page-text';
import { TitleAutomaton } from '../../utils/articles/title-automaton';
import { titleCandidatesInText } from '../../utils/articles/title-patterns';

const automatons = new Map<string, TitleAutomaton<number>>();

/** Milliseconds `run` takes; `sink` keeps the engine from dropping unused results. */
let sink = 0;
function time(run: () => number): number {
  const start = performance.now();
  sink += run();
  return performance.now() - start;
}

const harness = {
  /** The content script's whole read of the article (the worker does the spotting). */
  scan: () => time(() => readArticle(document, location.href)?.reading.body.length ?? -1),
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
  /** Parts of the scan, to show where its time goes. */
  readText: () => time(() => readPageText(findArticleBody(document)!).text.length),
  findBody: () => time(() => (findArticleBody(document) ? 1 : 0)),
  patterns: () => {
    const text = readPageText(findArticleBody(document)!).text;
    return time(() => titleCandidatesInText(text).length);
  },
  /** Builds and keeps an automaton over `titles`; returns the construction time. */
  buildAutomaton: (name: string, titles: string[]) =>
    time(() => {
      const automaton = new TitleAutomaton<number>(titles.map((title, i) => [title, i]));
      automatons.set(name, automaton);
      return titles.length;
    }),
  /** Spotting as the article annotator does it: read the body's text, find first mentions. */
  spot: (name: string) =>
    time(() => {
      const automaton = automatons.get(name);
      const body = findArticleBody(document);
      if (!automaton || !body) throw new Error(`no automaton ${name} or no article body`);
      return firstMentions(readPageText(body), automaton).size;
    }),
  mentions: (name: string) => {
    const body = findArticleBody(document)!;
    return firstMentions(readPageText(body), automatons.get(name)!).size;
  },
  textLength: () => readPageText(findArticleBody(document)!).text.length,
  sink: () => sink,
};

(globalThis as unknown as { greenlitBench: typeof harness }).greenlitBench = harness;
export type BenchHarness = typeof harness;
