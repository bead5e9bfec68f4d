// The content-script runtime: page features (badges, spoiler shield) started, stopped and re-applied as settings change.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../messaging/protocol';
import { badgesOnPage } from './badges-on-page';
import { BLURRED_SELECTOR } from './contract';
import { mountedAnswer } from './mount-badge';
import { revealAll, unblurAll } from '../spoilers/shield';
import { isActiveOn } from '../storage/site-activity';
import type { Settings } from '../storage/settings';
import { onStoredChange, pageSettings } from './stored-state';

export interface Stoppable {
  stop(): void;
}

/** What one kind of page (articles, a streaming site) contributes; `runContent` applies settings to it. */
export interface PageFeatures {
  startBadges(ctx: ContentScriptContext): Stoppable;
  /** Blur what spoils; called again after every settings change, on a page already cleared. */
  shieldSpoilers(settings: Settings): Promise<void>;
  /** Blurring is off or Greenlit is paused here: let go of anything hidden. */
  releaseSpoilers(): void;
  /** Re-shield when the page brings new content, if the page kind needs it. */
  watchForSpoilers?(onChange: () => void): { disconnect(): void } | null;
  /** Work that changes nothing on the page, begun while the settings are on their way (reading an article). */
  prepare?(): void;
}

/** Settings apply live: badges and blur follow every change without a reload. */
export async function runContent(ctx: ContentScriptContext, features: PageFeatures): Promise<void> {
  let badges: Stoppable | null = null;
  let snoozeTimer: number | undefined;
  let current: Settings;

  const shield = async (settings: Settings) => {
    if (settings.spoilerBlurEnabled && isActiveOn(settings, location.hostname, Date.now())) {
      await features.shieldSpoilers(settings);
    } else {
      unblurAll(document);
      features.releaseSpoilers();
    }
  };

  const apply = async (settings: Settings, first: boolean) => {
    current = settings;
    const active = isActiveOn(settings, location.hostname, Date.now());
    if (active && settings.badgesEnabled) badges ??= features.startBadges(ctx);
    else {
      badges?.stop();
      badges = null;
    }
    if (!first) unblurAll(document); // start over so strength and reveal mode apply everywhere
    await yieldToPage(); // badges and the spoiler shield each get their own task on a big page
    await shield(settings);
    clearTimeout(snoozeTimer);
    if (settings.snoozedUntil && settings.snoozedUntil > Date.now()) {
      snoozeTimer = ctx.setTimeout(() => void apply(settings, false), settings.snoozedUntil - Date.now() + 50);
    }
  };

  // The worker may be starting: the page is read meanwhile, so the reading goes out as soon as the settings say so.
  features.prepare?.();
  await apply(await pageSettings(), true);
  const watcher = features.watchForSpoilers?.(() => void shield(current));
  const unwatch = onStoredChange(['settings'], () => void pageSettings().then((settings) => apply(settings, false)));
  const removeReveal = onMessage('revealAllSpoilers', () => {
    const count = document.querySelectorAll(BLURRED_SELECTOR).length;
    revealAll(document);
    return count;
  });
  const removeBadgesOnPage = onMessage('badgesOnPage', () => badgesOnPage(document, mountedAnswer));
  ctx.onInvalidated(() => {
    watcher?.disconnect();
    unwatch();
    removeReveal();
    removeBadgesOnPage();
  });
}

/** Lets the page handle input and paint between two chunks of work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
