import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { LookupResult } from '../shows/show';
import { StatusBadge } from '../../components/badge/StatusBadge';
import badgeCss from '../../components/badge/badge.css?inline';
import { BADGE_ATTR, BADGE_HOST_NAME, PLACEMENT_ATTR, SHOW_ID_ATTR, STATUS_ATTR, TITLE_ATTR, showIdValue, type BadgeRequest } from './contract';

export interface BadgeHandle {
  host: HTMLElement;
  /** New result, and a new title when the page recycled the element for another show. */
  update(result: LookupResult | null, title?: string): void;
  remove(): void;
}

/** The answer each badge host mounted by this script shows, for the popup's "On this page". */
const answers = new WeakMap<Element, LookupResult | null>();
export const mountedAnswer = (host: Element): LookupResult | null | undefined => answers.get(host);

/** A badge in its own shadow root. The host carries the public page contract (./contract.ts). */
export async function mountBadge(ctx: ContentScriptContext, options: BadgeRequest): Promise<BadgeHandle> {
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
      host.setAttribute(BADGE_ATTR, '');
      host.setAttribute(PLACEMENT_ATTR, options.placement);
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
    answers.set(host, result);
    host.setAttribute(STATUS_ATTR, result?.status ?? 'loading');
    host.setAttribute(TITLE_ATTR, title);
    if (result?.show) host.setAttribute(SHOW_ID_ATTR, showIdValue(result.show.ref));
    else host.removeAttribute(SHOW_ID_ATTR);
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
