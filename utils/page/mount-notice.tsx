import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SpoilerNotice } from '../../components/spoilers/SpoilerNotice';
import noticeCss from '../../components/spoilers/notice.css?inline';
import { NOTICE_ATTR, NOTICE_HOST_NAME } from './contract';

export interface NoticeHandle {
  readonly reason: string;
  remove(): void;
}

/** The spoiler notice in its own shadow root, right before `before` (the first blurred block). */
export async function mountNotice(
  ctx: ContentScriptContext,
  options: { before: Element; reason: string; onShow(): void },
): Promise<NoticeHandle> {
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: NOTICE_HOST_NAME,
    position: 'inline',
    anchor: document.documentElement,
    append: (_anchor, host) => options.before.before(host),
    css: noticeCss,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer, _shadow, host) {
      container = uiContainer;
      host.setAttribute(NOTICE_ATTR, '');
      render(<SpoilerNotice reason={options.reason} onShow={options.onShow} />, uiContainer);
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return { reason: options.reason, remove: () => ui.remove() };
}
