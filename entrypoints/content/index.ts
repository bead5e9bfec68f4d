import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '@/utils/articles/news-sites';
import { articleFeatures } from '@/utils/page/article-features';
import { runContent } from '@/utils/page/run';

// Articles on news sites, and on any site the reader enables from the popup (registered at run time).
export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES, ...extraMatches(import.meta.env.WXT_EXTRA_CONTENT_MATCHES)],
  runAt: 'document_idle',
  main: (ctx) => runContent(ctx, articleFeatures),
});

/** Test builds stand in for a reader who enabled more sites: a script cannot click the permission prompt. */
function extraMatches(list: string | undefined): string[] {
  return (list ?? '').split(',').map((p) => p.trim()).filter(Boolean);
}
