import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleScriptMatches } from '@/utils/articles/news-sites';
import { articleFeatures } from '@/utils/page/article-features';
import { runContent } from '@/utils/page/run';

// Articles on news sites, and on any site the reader enables from the popup (registered at run time).
export default defineContentScript({
  matches: articleScriptMatches(import.meta.env.WXT_EXTRA_CONTENT_MATCHES),
  runAt: 'document_idle',
  main: (ctx) => runContent(ctx, articleFeatures(ctx)),
});

