import { defineContentScript } from 'wxt/utils/define-content-script';
import { GUARD_ATTR } from '@/utils/page/contract';
import { PRIME_VIDEO_MATCHES } from '@/utils/sites/prime-video/matches';
import { PRIME_EPISODE_GUARD_CSS } from '@/utils/sites/prime-video/episodes';

/** Injected before the page paints, so episode synopses never show in the clear before classification. */
const GUARD_TIMEOUT_MS = 10_000;

export default defineContentScript({
  matches: PRIME_VIDEO_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const style = document.createElement('style');
    style.setAttribute(GUARD_ATTR, '');
    style.textContent = PRIME_EPISODE_GUARD_CSS;
    document.documentElement.append(style);
    // Safety net: if the main script never classifies (disabled, crashed), stop hiding after a while.
    ctx.setTimeout(() => style.remove(), GUARD_TIMEOUT_MS);
    ctx.onInvalidated(() => style.remove());
  },
});
