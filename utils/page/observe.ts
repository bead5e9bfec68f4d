import { BADGE_ATTR } from './contract';

/**
 * Calls `onChange` after DOM changes that may bring titles (new cards, recycled titles), at most
 * once per animation frame. No polling: nothing runs while the page is still.
 */
export function observeTitles(
  root: Node,
  watchSelector: string,
  onChange: () => void,
  schedule: (run: () => void) => void = requestAnimationFrame,
): MutationObserver {
  let pending = false;
  const observer = new MutationObserver((mutations) => {
    if (pending || !mutations.some((m) => mayBringTitles(m, watchSelector))) return;
    pending = true;
    schedule(() => {
      pending = false;
      onChange();
    });
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-card-title', 'alt', 'aria-label', 'href'],
  });
  return observer;
}

function mayBringTitles(mutation: MutationRecord, watchSelector: string): boolean {
  if (mutation.type === 'attributes') return (mutation.target as Element).closest?.(watchSelector) != null;
  for (const node of mutation.addedNodes) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.hasAttribute(BADGE_ATTR)) continue;
    if (element.matches(watchSelector) || element.querySelector(watchSelector) || element.closest(watchSelector)) return true;
  }
  return false;
}
