/**
 * Lookups for an article wait until the page says it has put up the badges known at once, so the
 * first badges never race the requests; a page that never says so (gone, or badges off) is waited
 * for `ms` at most.
 */
export class ScanGates {
  private readonly open = new Map<string, () => void>();

  constructor(private readonly ms = 1_000) {}

  /** Resolves when `shown(scanId)` is called or `ms` have passed, whichever is first. */
  wait(scanId: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.shown(scanId), this.ms);
      this.open.set(scanId, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  shown(scanId: string): void {
    const release = this.open.get(scanId);
    this.open.delete(scanId);
    release?.();
  }
}
