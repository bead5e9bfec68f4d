import { readArticle } from '../articles/read-article';
import { onMessage, sendMessage } from '../messaging/protocol';
import { planArticleShield, shieldArticle } from '../spoilers/article-shield';
import { ArticleBadges } from './article-badges';
import { mountBadge } from './mount-badge';
import type { PageFeatures } from './run';

/**
 * News articles: the page is read once and sent to the worker, which answers with the badges it can
 * place at once and pushes the rest as their lookups land. Spoilers blur after warnings.
 */
export const articleFeatures: PageFeatures = {
  startBadges(ctx) {
    let badges: ArticleBadges | null = null;
    let scanId = '';
    let scans = 0;
    const removePushes = onMessage('articleResults', ({ data }) => {
      if (data.scanId === scanId) void badges?.place(data.placements);
    });
    const run = async () => {
      badges?.removeAll();
      const read = readArticle(document, location.href);
      if (!read) return;
      const id = `${Date.now().toString(36)}.${++scans}`;
      scanId = id;
      badges = new ArticleBadges(read, (request) => mountBadge(ctx, request));
      const reply = await sendMessage('spotArticle', { reading: read.reading, site: location.hostname, scanId: id });
      if (scanId === id) await badges.place(reply.placements);
    };
    const start = () => void run().catch((error) => console.warn('[Greenlit] could not read this article:', error));
    start();
    ctx.addEventListener(window, 'wxt:locationchange', start);
    return {
      stop() {
        window.removeEventListener('wxt:locationchange', start);
        removePushes();
        scanId = '';
        badges?.removeAll();
      },
    };
  },
  async shieldSpoilers(settings) {
    const read = readArticle(document, location.href);
    if (read) shieldArticle(planArticleShield(read), { blurPx: settings.blurStrength, revealOn: settings.revealOn });
  },
  releaseSpoilers() {},
};
