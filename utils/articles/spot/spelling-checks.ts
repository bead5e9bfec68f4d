import type { Spelling, TitleIndex } from '../../title-index/title-index';
import { WORD_CHAR, isStandaloneMention } from '../mentions';
import { isJunkTitle, looksLikeTitleAsWritten } from './gates';

/** One significant word ("Lost", "The Bear"): ordinary English too often to stand alone. */
export function needsCue(key: string): boolean {
  const words = key.split(' ').filter((w) => !['the', 'a', 'an'].includes(w));
  return words.length <= 1;
}

/** A show answering to the spelling by its own name (not an AKA) has a coined one-word name ("Emmerdale"). */
export function coinedName(spelling: Spelling, index: TitleIndex): boolean {
  return spelling.shows.some((s) => s.how !== 'aka' && !!index.show(s.ref)?.coined);
}

/**
 * The checks on a known title's hit that depend only on its spelling and how it is written, worked out
 * once per page: a long article repeats a few spellings thousands of times, written the same way.
 */
export class SpellingChecks {
  private readonly writings = new Map<Spelling, Map<string, boolean>>();
  private readonly cueNeeded = new Map<Spelling, boolean>();
  private readonly coinedNames = new Map<Spelling, boolean>();
  private readonly people = new Map<string, boolean>();

  /** `pageText`: the headline and the body, where a name may be written in full ("Jan Merlin" in an obituary's headline). */
  constructor(
    private readonly index: TitleIndex,
    private readonly pageText: string,
  ) {}


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

  /** A show answering to it by its own name (not an AKA) has a coined one-word name ("Emmerdale"). */
  coined(spelling: Spelling): boolean {
    let found = this.coinedNames.get(spelling);
    if (found === undefined) {
      found = coinedName(spelling, this.index);
      this.coinedNames.set(spelling, found);
    }
    return found;
  }

  /**
   * The text writes the word as a surname somewhere ("Jerry Seinfeld", "Jack Reacher"): then the
   * page may mean the person wherever it stands alone too ("Seinfeld said").
   */
  namedAsPerson(written: string): boolean {
    const raw = this.pageText;
    const key = written;
    let found = this.people.get(key);
    if (found === undefined) {
      found = false;
      // Each whole-word occurrence, by indexOf (not a regex tried at every position): one that is not a
      // standalone mention stands after a first name ("Jerry Seinfeld", "Dr. Seinfeld").
      for (let at = raw.indexOf(written); at >= 0 && !found; at = raw.indexOf(written, at + written.length)) {
        const end = at + written.length;
        if (WORD_CHAR.test(raw.charAt(at - 1)) || WORD_CHAR.test(raw.charAt(end))) continue;
        found = !isStandaloneMention(raw, at, end);
      }
      this.people.set(key, found);
    }
    return found;
  }

  private fits(spelling: Spelling, written: string): boolean {
    if (spelling.caseExact) {
      // As written, but "&" and "and" are one ("Parks & Rec", "Parks and Rec").
      if (written !== spelling.caseExact && ampersandAsAnd(written) !== ampersandAsAnd(spelling.caseExact)) return false;
    } else {
      const names = spelling.shows.map((s) => this.index.show(s.ref)?.name ?? '');
      if (!names.some((name) => looksLikeTitleAsWritten(written, name))) return false;
    }
    return !isJunkTitle(written);
  }
}

const ampersandAsAnd = (text: string) => text.replace(/\s+&\s+/gu, ' and ');
