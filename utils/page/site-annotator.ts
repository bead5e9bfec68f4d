import type { LookupResult } from '../shows/show';
import type { SiteAdapter, SpottedTitle } from '../sites/site-adapter';
import { queryKey, type TitleQuery } from '../shows/title-query';
import { MAX_TITLES_PER_BATCH } from '../messaging/protocol';
import type { BadgeRequest } from './contract';

export interface SiteBadge {
  update(result: LookupResult | null, title?: string): void;
  remove(): void;
}

export interface SiteAnnotatorDeps {
  lookup(queries: TitleQuery[]): Promise<LookupResult[]>;
  mountBadge(request: BadgeRequest): Promise<SiteBadge>;
}

interface Tracked {
  anchor: Element;
  /** Query key of what the badge currently answers: a card re-titled "Season 2" of the same show keeps its badge. */
  key: string;
  badge: Promise<SiteBadge>;
}

/**
 * Badges a streaming site's series titles and keeps up with the page: every scan finds the titles,
 * mounts a loading badge on new ones at once, and resolves them all in one lookup message.
 * A card recycled for another title gets its badge updated, not a second one.
 */
export class SiteAnnotator {
  private readonly tracked = new WeakMap<Element, Tracked>();
  /** Badges whose card may still be on the page; pruned as cards leave, so a long session does not leak. */
  private live = new Set<Tracked>();
  /** Real answers the worker pushed for titles it first answered from its index, by query key. */
  private readonly pushed = new Map<string, LookupResult>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly deps: SiteAnnotatorDeps,
  ) {}

  /** One pass over the page; returns the number of titles sent for lookup. */
  async scan(root: ParentNode, url: URL): Promise<number> {
    this.pruneRemovedCards();
    const fresh: Array<{ spotted: SpottedTitle; entry: Tracked }> = [];
    for (const spotted of this.adapter.findTitles(root, url)) {
      const known = this.tracked.get(spotted.anchor);
      const key = queryKey(spotted);
      if (known?.key === key) continue;
      const entry: Tracked = {
        anchor: spotted.anchor,
        key,
        badge: known ? known.badge : this.deps.mountBadge(badgeRequest(spotted)),
      };
      if (known) {
        this.live.delete(known);
        void known.badge.then((badge) => badge.update(null, spotted.title));
      }
      this.tracked.set(spotted.anchor, entry);
      this.live.add(entry);
      fresh.push({ spotted, entry });
    }
    if (!fresh.length) return 0;
    const results = await this.lookupDistinct(fresh.map(({ spotted }) => ({ title: spotted.title, hints: spotted.hints })));
    await Promise.all(
      fresh.map(async ({ spotted, entry }, i) => {
        // A newer scan may have recycled the card meanwhile; its own lookup will update the badge.
        if (this.tracked.get(spotted.anchor) !== entry) return;
        // An answer from the index alone (never checked) gives way to the real one if it already came.
        const answer = results[i] && results[i].checkedAt === null ? (this.pushed.get(entry.key) ?? results[i]) : results[i];
        (await entry.badge).update(answer ?? null, spotted.title);
      }),
    );
    return fresh.length;
  }

  /** A fresher answer for a title first answered from the worker's index: every badge showing it follows. */
  refresh(key: string, result: LookupResult): void {
    // The push can overtake the answer it corrects: remember it so a scan still applying that answer uses this.
    this.pushed.set(key, result);
    if (this.pushed.size > 2_000) this.pushed.delete(this.pushed.keys().next().value!);
    for (const entry of this.live) {
      if (entry.key === key) void entry.badge.then((badge) => badge.update(result));
    }
  }

  /** Removes every badge (badges switched off). */
  async clear(): Promise<void> {
    const entries = [...this.live];
    this.live.clear();
    await Promise.all(entries.map(async (entry) => (await entry.badge).remove()));
  }

  /** Each distinct title once (a grid repeats titles), in messages no larger than the worker accepts. */
  private async lookupDistinct(queries: TitleQuery[]): Promise<LookupResult[]> {
    const keys = queries.map(queryKey);
    const distinct = [...new Map(queries.map((query, i) => [keys[i]!, query])).values()];
    const answers = new Map<string, LookupResult>();
    for (let i = 0; i < distinct.length; i += MAX_TITLES_PER_BATCH) {
      const batch = distinct.slice(i, i + MAX_TITLES_PER_BATCH);
      const results = await this.deps.lookup(batch);
      batch.forEach((query, j) => answers.set(queryKey(query), results[j]!));
    }
    return keys.map((key) => answers.get(key)!);
  }

  private pruneRemovedCards(): void {
    const gone = [...this.live].filter((entry) => !entry.anchor.isConnected);
    if (!gone.length) return;
    for (const entry of gone) {
      this.live.delete(entry);
      void entry.badge.then((badge) => badge.remove());
    }
  }
}

/** The badge names the show as looked up (no "- Season 2", "[dt./OV]", "(2019)"): the card and shield say the same. */
function badgeRequest(spotted: SpottedTitle): BadgeRequest {
  if (spotted.placement === 'tile') {
    return { title: spotted.title, placement: 'tile', insert: (host) => spotted.anchor.prepend(host) };
  }
  return { title: spotted.title, placement: 'inline', insert: (host) => spotted.anchor.append(host) };
}
