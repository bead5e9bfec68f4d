import { mountBadge } from '@/components/mount-badge';
import { annotateArticle } from '@/utils/articles/annotate-article';
import { NEWS_SITE_MATCHES } from '@/utils/articles/news-sites';
import { sendMessage } from '@/utils/messaging';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const lookup = (titles: string[]) =>
      sendMessage('lookupTitles', { titles: titles.map((title) => ({ title })), site: location.hostname });
    const run = () =>
      annotateArticle(document, { lookup, mountBadge: (request) => mountBadge(ctx, request) }).catch((error) =>
        console.warn('[Greenlit] could not annotate this article:', error),
      );
    run();
    ctx.addEventListener(window, 'wxt:locationchange', run);
  },
});
