// Worker only: a spinoff's own name ("Picard", "Dead City") counts on a page that names its franchise too.
import { startsOnWord, type FoldedText } from '../../title-index/fold';
import type { Spelling } from '../../title-index/title-index';

/**
 * Filters each spelling's shows to those this page allows: a show known by a spinoff's own name
 * (`franchise` set) only where the page also names the franchise ("Star Trek", "The Walking Dead").
 * Worked out once per spelling and franchise; the spelling itself when nothing is filtered.
 */
export class FranchiseGate {
  private readonly named = new Map<string, boolean>();
  private readonly allowed = new Map<Spelling, Spelling | null>();

  constructor(private readonly texts: readonly FoldedText[]) {}

  /** The spelling with the shows this page allows, or null when it allows none. */
  allow(spelling: Spelling): Spelling | null {
    if (!spelling.shows.some((s) => s.franchise)) return spelling;
    let kept = this.allowed.get(spelling);
    if (kept === undefined) {
      const shows = spelling.shows.filter((s) => !s.franchise || this.pageNames(s.franchise));
      kept = shows.length === spelling.shows.length ? spelling : shows.length ? { ...spelling, shows } : null;
      this.allowed.set(spelling, kept);
    }
    return kept;
  }

  /** The folded franchise as whole words somewhere on the page. */
  private pageNames(franchise: string): boolean {
    let found = this.named.get(franchise);
    if (found === undefined) {
      found = this.texts.some((folded) => {
        const { text } = folded;
        for (let at = text.indexOf(franchise); at >= 0; at = text.indexOf(franchise, at + 1)) {
          const end = at + franchise.length;
          if (startsOnWord(folded, at) && (end === text.length || text.charCodeAt(end) === 32)) return true;
        }
        return false;
      });
      this.named.set(franchise, found);
    }
    return found;
  }
}
