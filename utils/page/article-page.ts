import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticleInSlices, type ReadArticle } from '../articles/read-article';
import { toWireReading } from '../articles/reading';
import type { ArticlePlacement } from '../articles/spot/article-spotter';
import { onMessage, sendMessage } from '../messaging/protocol';
import type { ArticleSpoilerVerdict } from '../spoilers/article-verdict';

type Listener = () => void;

/**
 * The article as the content script knows it: read once per address, sent once to the worker, and
 * every placement the worker answered or pushed since. Badges and the spoiler shield both work from
 * it, so the page is read once and the shield knows which show the headline names.
 */
export class ArticlePage {
  private read: Promise<ReadArticle | null> = Promise.resolve(null);
  private readAt: string | null = null;
  private scanId = '';
  private scans = 0;
  private spotting: Promise<void> | null = null;
  /** Whether the scan under way asked for lookups (badges on). */
  private spottingLookups = false;
  private verdict: ArticleSpoilerVerdict | null = null;
  /** Latest placement per mention ("region:start"). */
  private readonly placed = new Map<string, ArticlePlacement>();
  /** A listener may return a promise: the badges it is putting up. */
  private readonly onPlaced = new Set<(placements: readonly ArticlePlacement[]) => unknown>();
  private readonly onNewPage = new Set<Listener>();

  constructor(private readonly ctx: ContentScriptContext) {
    const removePushes = onMessage('articleResults', ({ data }) => {
      if (data.scanId === this.scanId) void this.take(data.placements);
    });
    ctx.onInvalidated(removePushes);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (addressOf(location.href) === this.readAt) return; // a fragment link, not a new article
      this.readAt = null;
      for (const listener of this.onNewPage) listener();
    });
  }

  /** The reading of the article at this address; the page is read the first time only, in slices. */
  current(): Promise<ReadArticle | null> {
    const at = addressOf(location.href);
    if (this.readAt !== at) {
      this.readAt = at;
      this.read = readArticleInSlices(document, location.href, () => this.pause());
      this.scanId = '';
      this.spotting = null;
      this.verdict = null;
      this.placed.clear();
    }
    return this.read;
  }

  /**
   * Sends the reading to the worker once per page (again only when badges now want the lookups an
   * earlier scan for the shield went without); placements arrive through `onPlacements`.
   */
  spot(lookups = true): Promise<void> {
    const reading = this.current(); // first: a new address resets the scan below
    if (this.spotting && (this.spottingLookups || !lookups)) return this.spotting;
    this.spottingLookups = lookups;
    const id = `${Date.now().toString(36)}.${++this.scans}`;
    this.scanId = id;
    this.spotting = (async () => {
      const read = await reading;
      // Reading a long article and sending it (the browser copies the message) each take a task of their own.
      await this.pause();
      if (!read || this.scanId !== id) return;
      const reply = await sendMessage('spotArticle', { reading: toWireReading(read.reading), site: location.hostname, scanId: id, lookups });
      if (this.scanId !== id) return;
      this.verdict = reply.spoilers;
      // The worker holds this scan's lookups until its first badges are up, so they never race them.
      void this.take(reply.placements)
        .then(() => (this.scanId === id ? sendMessage('articleShown', { scanId: id }) : undefined))
        .catch(() => undefined);
    })();
    return this.spotting;
  }

  /** The worker's spoiler verdict on this reading, once a scan has answered. */
  spoilers(): ArticleSpoilerVerdict | null {
    return this.verdict;
  }

  placements(): ArticlePlacement[] {
    return [...this.placed.values()];
  }

  /** Calls `listener` with each batch of new or fresher placements. */
  onPlacements(listener: (placements: readonly ArticlePlacement[]) => unknown): () => void {
    this.onPlaced.add(listener);
    return () => this.onPlaced.delete(listener);
  }

  /** Calls `listener` when the page moved to another article (single-page sites). */
  onNavigate(listener: Listener): () => void {
    this.onNewPage.add(listener);
    return () => this.onNewPage.delete(listener);
  }

  /** Lets the page handle input and paint (a `ctx` timer: it stops with the script). */
  pause(): Promise<void> {
    return new Promise((resolve) => this.ctx.setTimeout(resolve, 0));
  }

  /** Resolves once every listener's badges for them are up. */
  private async take(placements: readonly ArticlePlacement[]): Promise<void> {
    if (!placements.length) return;
    for (const p of placements) this.placed.set(`${p.region}:${p.start}`, p);
    await Promise.allSettled([...this.onPlaced].map((listener) => listener(placements)));
  }
}

function addressOf(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
