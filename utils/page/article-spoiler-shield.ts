import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { showKey } from '../shows/show-ref';
import { releaseArticleGuard } from '../spoilers/article-guard-release';
import { planArticleShield, shieldArticleInSlices, WHOLE_ARTICLE_KEY } from '../spoilers/article-shield';
import type { BlurTarget } from '../spoilers/article-targets';
import { revealElement, spoilerState, unblurAll, type RevealDetail } from '../spoilers/shield';
import type { SubjectNotice } from '../spoilers/article-verdict';
import { headlineShows, noticeForHeadline } from '../spoilers/headline-shows';
import { sendMessage } from '../messaging/protocol';
import type { Settings } from '../storage/settings';
import type { ArticlePage } from './article-page';
import { mountNotice, type NoticeHandle } from './mount-notice';
import { onStoredChange, rememberRevealedBlock, revealedBlocks } from './stored-state';

/**
 * The article's spoiler shield: blurs what the worker's verdict on the page's one reading says (the
 * detector's blocks), or the whole body under a notice when the headline's show (as the badge
 * pipeline resolved it) is watched and the article covers an episode past the viewer's progress.
 * Reveals are remembered per page. Re-applied when settings, the watched list or the headline's show
 * change; then lets the no-flash guard go. It decides nothing the verdict does not say.
 */
export class ArticleSpoilerShield {
  private applied: BlurTarget[] = [];
  private notice: Promise<NoticeHandle | null> | null = null;
  private noticeReason: string | null = null;
  private runs = 0;
  /** The headline's shows the last run decided on ("tvmaze:1,…"). */
  private decidedFor = '';
  /** Notices asked anew after the watched list changed; the verdict's own until then. */
  private notices: SubjectNotice[] | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly page: ArticlePage,
  ) {}

  async apply(settings: Settings): Promise<void> {
    const run = ++this.runs;
    try {
      const read = await this.page.current();
      if (!read || run !== this.runs) return;
      const url = location.href;
      const [revealed] = await Promise.all([
        revealedBlocks(url),
        this.page.spot(settings.badgesEnabled).catch((error) => console.warn('[Greenlit] no spoiler verdict for this article:', error)),
      ]);
      if (run !== this.runs || (await this.page.current()) !== read) return; // a newer run or page took over
      const verdict = this.page.spoilers();
      if (!verdict) return;
      const shows = this.headlineShows();
      this.decidedFor = shows.map(showKey).join();
      const notices = this.notices ?? verdict.notices;
      const notice = noticeForHeadline(shows, notices);
      const plan = planArticleShield(read, verdict, notice);
      this.letGoOfStale(plan.targets);
      this.applied = plan.targets; // before the slices: a run that takes over mid-way lets go of them too
      const options = {
        blurPx: settings.blurStrength,
        revealOn: settings.revealOn,
        revealed,
        onReveal: ({ key }: RevealDetail) => {
          if (key) void rememberRevealedBlock(url, key);
          if (key === WHOLE_ARTICLE_KEY) this.removeNotice();
        },
      };
      // The guard keeps what it hid hidden until the last slice is done (the finally below).
      const blurred = await shieldArticleInSlices(plan, options, () => this.page.pause(), () => run === this.runs);
      if (run !== this.runs) return;
      const first = blurred[0];
      // A whole-body plan blurs nothing when the article was revealed before: then there is no notice either.
      if (plan.notice && first) this.showNotice(plan.notice, first, read.body.root);
      else this.removeNotice();
    } finally {
      if (run === this.runs) releaseArticleGuard(document);
    }
  }

  release(): void {
    this.runs++;
    this.applied = [];
    this.removeNotice();
    releaseArticleGuard(document);
  }

  /** Re-shields when the article changes, its headline's show becomes known, or the watched list changes. */
  watch(onChange: () => void): { disconnect(): void } {
    // Placements may have landed before this watch began: compare with what the last run decided on.
    const onShows = () => {
      if (this.headlineShows().map(showKey).join() !== this.decidedFor) onChange();
    };
    const offPlaced = this.page.onPlacements(onShows);
    onShows();
    const offNavigate = this.page.onNavigate(() => {
      this.decidedFor = '';
      this.notices = null;
      this.applied = [];
      this.removeNotice();
      onChange();
    });
    const unwatch = onStoredChange(['watchedShows'], () => {
      const subject = this.page.spoilers()?.subject;
      if (subject === undefined) return onChange();
      void sendMessage('subjectNotices', { subject })
        .then((notices) => (this.notices = notices))
        .catch(() => undefined)
        .then(onChange);
    });
    return {
      disconnect() {
        offPlaced();
        offNavigate();
        unwatch();
      },
    };
  }

  /** The shows the worker placed in the headline (or the body's opening h1). */
  private headlineShows() {
    const verdict = this.page.spoilers();
    return verdict ? headlineShows(this.page.placements(), verdict.bodyHeadline) : [];
  }

  /** Blocks blurred under an earlier plan that this one blurs differently (or not at all) go back to the page. */
  private letGoOfStale(targets: readonly BlurTarget[]): void {
    const next = new Map(targets.map((t) => [t.element, t.key]));
    for (const { element, key } of this.applied) {
      if (next.get(element) !== key && spoilerState(element) === 'blurred') unblurAll(element);
    }
  }

  private showNotice(reason: string, firstBlurred: Element, root: Element): void {
    if (this.notice && this.noticeReason === reason) return;
    this.removeNotice();
    let before = firstBlurred;
    while (before.parentElement && before.parentElement !== root && root.contains(before.parentElement)) before = before.parentElement;
    this.noticeReason = reason;
    this.notice = mountNotice(this.ctx, { before, reason, onShow: () => revealElement(firstBlurred) }).catch(() => null);
  }

  private removeNotice(): void {
    void this.notice?.then((handle) => handle?.remove());
    this.notice = null;
    this.noticeReason = null;
  }
}
