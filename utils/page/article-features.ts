import { mountBadge } from './mount-badge';
import { findArticleBody } from '../articles/article-root';
import { annotateArticle } from '../articles/annotate-article';
import { shieldArticle } from '../spoilers/article-shield';
import { BADGE_SELECTOR } from './contract';
import { lookupTitles } from './lookup-titles';
import type { PageFeatures } from './run';

/** News articles: badges on confirmed show mentions, blur after spoiler warnings. */
export const articleFeatures: PageFeatures = {
  startBadges(ctx) {
    const run = () =>
      annotateArticle(document, {
        lookup: (titles, hints) => lookupTitles(titles.map((title, i) => ({ title, hints: hints[i] }))),
        mountBadge: (request) => mountBadge(ctx, request),
      }).catch((error) => console.warn('[Greenlit] could not annotate this article:', error));
    void run();
    const onNavigate = () => void run();
    ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
    return {
      stop() {
        window.removeEventListener('wxt:locationchange', onNavigate);
        for (const host of document.querySelectorAll(BADGE_SELECTOR)) host.remove();
      },
    };
  },
  async shieldSpoilers(settings) {
    const body = findArticleBody(document);
    if (body) shieldArticle(body, { blurPx: settings.blurStrength, revealOn: settings.revealOn });
  },
  releaseSpoilers() {},
};
