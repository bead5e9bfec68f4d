import type { Spelling, TitleIndex } from '../../title-index/title-index';
import { isJunkTitle, looksLikeTitleAsWritten } from './gates';

/** One significant word ("Lost", "The Bear"): ordinary English too often to stand alone. */
export function needsCue(key: string): boolean {
  const words = key.split(' ').filter((w) => !['the', 'a', 'an'].includes(w));
  return words.length <= 1;
}

/**
 * The checks on a known title's hit that depend only on its spelling and how it is written, worked out
 * once per page: a long article repeats a few spellings thousands of times, written the same way.
 */
export class SpellingChecks {
  private readonly lowercase = new Map<Spelling, boolean>();
  private readonly writings = new Map<Spelling, Map<string, boolean>>();
  private readonly cueNeeded = new Map<Spelling, boolean>();

  constructor(private readonly index: TitleIndex) {}

  /** Some show answering to the spelling is named in lowercase ("black-ish"). */
  lowercaseName(spelling: Spelling): boolean {
    let found = this.lowercase.get(spelling);
    if (found === undefined) {
      found = spelling.shows.some((s) => /^\p{Ll}/u.test(this.index.show(s.ref)?.name ?? ''));
      this.lowercase.set(spelling, found);
    }
    return found;
  }

  /** Written as the show is: exactly as a short name, or capitalised as one of its names; never junk. */
  writtenAsTitle(spelling: Spelling, written: string): boolean {
    let byWriting = this.writings.get(spelling);
    if (!byWriting) this.writings.set(spelling, (byWriting = new Map()));
    let fits = byWriting.get(written);
    if (fits === undefined) {
      fits = this.fits(spelling, written);
      byWriting.set(written, fits);
    }
    return fits;
  }

  /** A one-word title without a short name's exact case: only a cue at the place makes it the show. */
  needsCue(spelling: Spelling): boolean {
    let needed = this.cueNeeded.get(spelling);
    if (needed === undefined) {
      needed = !spelling.caseExact && needsCue(spelling.key);
      this.cueNeeded.set(spelling, needed);
    }
    return needed;
  }

  private fits(spelling: Spelling, written: string): boolean {
    if (spelling.caseExact) {
      if (written !== spelling.caseExact) return false;
    } else {
      const names = spelling.shows.map((s) => this.index.show(s.ref)?.name ?? '');
      if (!names.some((name) => looksLikeTitleAsWritten(written, name))) return false;
    }
    return !isJunkTitle(written);
  }
}
