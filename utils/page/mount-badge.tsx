import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { LookupResult } from '@/utils/shows/show';
import { StatusBadge } from '../../components/badge/StatusBadge';
import badgeCss from '../../components/badge/badge.css?inline';

export const BADGE_HOST_NAME = 'greenlit-badge';

export interface BadgeHandle {
  host: HTMLElement;
  /** New result, and a new title when the page recycled the element for another show. */
  update(result: LookupResult | null, title?: string): void;
  remove(): void;
}

export interface MountBadgeOptions {
  /** The title as spotted: the public `data-greenlit-title`. */
  title: string;
  placement: 'inline' | 'tile';
  /** Puts the host element into the page (after a mention, inside a tile…). */
  insert(host: HTMLElement): void;
  result?: LookupResult | null;
}

/**
 * A badge in its own shadow root. The host carries the public contract:
 * `data-greenlit-status`, `data-greenlit-title`, `data-greenlit-show-id`.
 */
export async function mountBadge(ctx: ContentScriptContext, options: MountBadgeOptions): Promise<BadgeHandle> {
  let result = options.result ?? null;
  let title = options.title;
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: BADGE_HOST_NAME,
    position: 'inline',
    anchor: document.documentElement,
    append: (_anchor, host) => options.insert(host as HTMLElement),
    css: badgeCss,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer, _shadow, host) {
      container = uiContainer;
      host.setAttribute('data-greenlit-badge', '');
      host.setAttribute('data-greenlit-placement', options.placement);
      draw(host);
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();

  function onResult(next: LookupResult) {
    result = next;
    draw(ui.shadowHost);
  }

  function draw(host: HTMLElement) {
    host.setAttribute('data-greenlit-status', result?.status ?? 'loading');
    host.setAttribute('data-greenlit-title', title);
    if (result?.show) host.setAttribute('data-greenlit-show-id', `tvmaze:${result.show.id}`);
    else host.removeAttribute('data-greenlit-show-id');
    if (container) render(<StatusBadge title={title} result={result} placement={options.placement} onResult={onResult} />, container);
  }

  return {
    host: ui.shadowHost,
    update(next, nextTitle) {
      result = next;
      if (nextTitle) title = nextTitle;
      draw(ui.shadowHost);
    },
    remove: () => ui.remove(),
  };
}
