import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleScriptMatches } from '@/utils/articles/news-sites';
import { guardArticle } from '@/utils/spoilers/article-guard';

/** Safety net: if the article script never classifies (crashed, disabled), stop hiding after a while. */
const GUARD_TIMEOUT_MS = 10_000;

// Before the article paints: blocks after a spoiler warning are hidden as the parser delivers them.
export default defineContentScript({
  matches: articleScriptMatches(import.meta.env.WXT_EXTRA_CONTENT_MATCHES),
  runAt: 'document_start',
  main(ctx) {
    const release = guardArticle(document, location.href);
    ctx.setTimeout(release, GUARD_TIMEOUT_MS);
    ctx.onInvalidated(release);
  },
});
