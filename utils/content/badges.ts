import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountBadge } from '@/components/mount-badge';
import { annotateArticle } from '../articles/annotate-article';
import { SiteAnnotator, observeTitles } from '../annotate-site';
import type { TitleQuery } from '../lookup-service';
import { sendMessage } from '../messaging';
import { adapterForUrl } from '../sites/registry';

export interface Stoppable {
  stop(): void;
}

const lookup = (titles: TitleQuery[]) => sendMessage('lookupTitles', { titles, site: location.hostname });

/** Streaming sites get their adapter and a MutationObserver; any other page is read as an article. */
export function startBadges(ctx: ContentScriptContext): Stoppable {
  const adapter = adapterForUrl(new URL(location.href));
  return adapter ? startSiteBadges(ctx, adapter) : startArticleBadges(ctx);
}

function startSiteBadges(ctx: ContentScriptContext, adapter: NonNullable<ReturnType<typeof adapterForUrl>>): Stoppable {
  const annotator = new SiteAnnotator(adapter, { lookup, mountBadge: (request) => mountBadge(ctx, request) });
  const scan = () => {
    annotator.scan(document, new URL(location.href)).catch((error) => console.warn('[Greenlit] scan failed:', error));
  };
  scan();
  const observer = observeTitles(document.body ?? document.documentElement, adapter.watchSelector, scan);
  ctx.onInvalidated(() => observer.disconnect());
  return {
    stop() {
      observer.disconnect();
      void annotator.clear();
    },
  };
}

function startArticleBadges(ctx: ContentScriptContext): Stoppable {
  const run = () =>
    annotateArticle(document, {
      lookup: (titles) => lookup(titles.map((title) => ({ title }))),
      mountBadge: (request) => mountBadge(ctx, request),
    }).catch((error) => console.warn('[Greenlit] could not annotate this article:', error));
  void run();
  const onNavigate = () => void run();
  ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
  return {
    stop() {
      window.removeEventListener('wxt:locationchange', onNavigate);
      for (const host of document.querySelectorAll('[data-greenlit-badge]')) host.remove();
    },
  };
}
