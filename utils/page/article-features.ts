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
      let starts = 0;
      const start = async () => {
        const run = ++starts;
        badges?.removeAll();
        badges = null;
        // Reads the page (once) and sends the reading; its placements reach the badges made below.
        void page.spot().catch((error) => console.warn('[Greenlit] could not read this article:', error));
        const read = await page.current().catch(() => null); // a failed read is the scan's to report
        if (run !== starts || !read) return; // stopped, or another article took over meanwhile
        badges = new ArticleBadges(read, (request) => mountBadge(badgeCtx, request));
        void badges.place(page.placements());
      };
      const offPlaced = page.onPlacements((placements) => badges?.place(placements));
      const offNavigate = page.onNavigate(() => void start());
      void start();
      return {
        stop() {
          offPlaced();
          offNavigate();
          starts++;
          badges?.removeAll();
          badges = null;
        },
      };
    },
    shieldSpoilers: (settings) => shield.apply(settings),
    releaseSpoilers: () => shield.release(),
    watchForSpoilers: (onChange) => shield.watch(onChange),
    // Reading changes nothing and sends nothing: a paused site or switched-off badges lose nothing by it.
    prepare: () => page.current().catch(() => null),
  };
}
