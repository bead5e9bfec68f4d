import { onMessage } from '@/utils/messaging';
import { startBadges, type Stoppable } from '@/utils/content/badges';
import { contentScriptMatches } from '@/utils/content/matches';
import { applySpoilerShield, reapplySpoilerShield, revealAllSpoilers, watchEpisodeLists } from '@/utils/content/spoilers';
import { getSettings, isActiveOn, watchSettings, type Settings } from '@/utils/storage/settings';

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env),
  runAt: 'document_idle',
  async main(ctx) {
    let badges: Stoppable | null = null;
    let snoozeTimer: number | undefined;
    let current: Settings;

    // Settings apply live: badges and blur follow every change without a reload.
    const apply = async (settings: Settings, first = false) => {
      current = settings;
      const active = isActiveOn(settings, location.hostname, Date.now());
      if (active && settings.badgesEnabled) badges ??= startBadges(ctx);
      else {
        badges?.stop();
        badges = null;
      }
      const shield = activeShield(settings);
      await (first ? applySpoilerShield(shield) : reapplySpoilerShield(shield));
      clearTimeout(snoozeTimer);
      if (settings.snoozedUntil && settings.snoozedUntil > Date.now()) {
        snoozeTimer = ctx.setTimeout(() => void apply(settings), settings.snoozedUntil - Date.now() + 50);
      }
    };

    await apply(await getSettings(), true);
    const episodes = watchEpisodeLists(() => void applySpoilerShield(activeShield(current)));
    const unwatch = watchSettings((settings) => void apply(settings));
    const removeReveal = onMessage('revealAllSpoilers', () => revealAllSpoilers());
    ctx.onInvalidated(() => {
      episodes?.disconnect();
      unwatch();
      removeReveal();
    });
  },
});

/** Blur only where Greenlit is active (not paused or snoozed). */
function activeShield(settings: Settings): Settings {
  return isActiveOn(settings, location.hostname, Date.now()) ? settings : { ...settings, spoilerBlurEnabled: false };
}
