import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ArticleBadges } from './article-badges';
import { ArticlePage } from './article-page';
import { ArticleSpoilerShield } from './article-spoiler-shield';
import { mountBadge } from './mount-badge';
import type { PageFeatures } from './run';

/**
 * News articles: the page is read once (ArticlePage) and sent to the worker, which answers with the
 * badges it can place at once and pushes the rest as their lookups land. The spoiler shield works
 * from the same reading and from the shows the worker placed in the headline.
 */
export function articleFeatures(ctx: ContentScriptContext): PageFeatures {
  const page = new ArticlePage(ctx);
  const shield = new ArticleSpoilerShield(ctx, page);
  return {
    startBadges(badgeCtx) {
      let badges: ArticleBadges | null = null;
      const start = () => {
        badges?.removeAll();
        const read = page.current();
        badges = read ? new ArticleBadges(read, (request) => mountBadge(badgeCtx, request)) : null;
        if (!badges) return;
        void badges.place(page.placements());
        page.spot().catch((error) => console.warn('[Greenlit] could not read this article:', error));
      };
      const offPlaced = page.onPlacements((placements) => badges?.place(placements));
      const offNavigate = page.onNavigate(start);
      start();
      return {
        stop() {
          offPlaced();
          offNavigate();
          badges?.removeAll();
          badges = null;
        },
      };
    },
    shieldSpoilers: (settings) => shield.apply(settings),
    releaseSpoilers: () => shield.release(),
    watchForSpoilers: (onChange) => shield.watch(onChange),
  };
}
