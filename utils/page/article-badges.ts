import type { ReadArticle } from '../articles/read-article';
import type { PageText } from '../articles/page-text';
import type { ArticlePlacement } from '../articles/spot/article-spotter';
import { BADGE_SELECTOR, type BadgeRequest } from './contract';
import type { BadgeHandle } from './mount-badge';

/**
 * Puts the worker's answers into an article: a badge right after each placed mention (after its link,
 * never inside link text), updated in place when a fresher status arrives. It decides nothing.
 */
export class ArticleBadges {
  private readonly handles = new Map<string, Promise<Pick<BadgeHandle, 'update' | 'remove'> | null>>();

  constructor(
    private readonly read: ReadArticle,
    /** Mounts a badge host (a shadow-root UI in the extension, a plain element in tests). */
    private readonly mount: (request: BadgeRequest) => Promise<Pick<BadgeHandle, 'update' | 'remove'>>,
  ) {}

  place(placements: readonly ArticlePlacement[]): Promise<unknown> {
    const mounts: Array<Promise<unknown>> = [];
    // Later mentions first: splitting a text node then leaves earlier offsets where they were.
    const ordered = [...placements].sort((a, b) => (a.region === b.region ? b.start - a.start : a.region === 'body' ? -1 : 1));
    for (const placement of ordered) {
      const key = `${placement.region}:${placement.start}`;
      const known = this.handles.get(key);
      if (known) {
        mounts.push(known.then((handle) => handle?.update(placement.result)));
        continue;
      }
      const region = placement.region === 'headline' ? this.read.headline : this.read.body;
      const insert = region && insertionAfter(region.text, placement.end);
      if (!insert) continue;
      const handle = this.mount({ title: placement.title, placement: 'inline', insert, result: placement.result }).catch(() => null);
      this.handles.set(key, handle);
      mounts.push(handle);
    }
    return Promise.all(mounts);
  }

  removeAll(): void {
    for (const handle of this.handles.values()) void handle.then((h) => h?.remove());
    this.handles.clear();
    for (const host of document.querySelectorAll(BADGE_SELECTOR)) host.remove();
  }
}

/** The text node that held character `index` when the page was read, and the offset in it then. */
function nodeAt(text: PageText, index: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = text.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (text.starts[mid]! <= index) lo = mid + 1;
    else hi = mid - 1;
  }
  const node = text.nodes[hi];
  return node && node.isConnected ? { node, offset: index - text.starts[hi]! } : null;
}

/** Where a badge goes for a mention ending at `end`; null when the page has changed under it. */
function insertionAfter(text: PageText, end: number): ((host: HTMLElement) => void) | null {
  const found = nodeAt(text, end - 1);
  if (!found) return null;
  let { node } = found;
  let offset = found.offset + 1;
  // An earlier badge split this node: its text now runs on in the next text node past the badge.
  while (offset > node.data.length) {
    offset -= node.data.length;
    let next = node.nextSibling;
    while (next && next.nodeType !== Node.TEXT_NODE) next = next.nextSibling;
    if (!next) return null;
    node = next as Text;
  }
  const link = node.parentElement?.closest('a');
  if (link) return (host) => link.after(host);
  const target = node;
  const at = offset;
  return (host) => {
    const rest = at < target.data.length ? target.splitText(at) : null;
    if (rest) rest.before(host);
    else target.after(host);
  };
}
