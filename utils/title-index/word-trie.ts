// Worker only: the title index's matcher, a trie of folded titles read from each word start of a folded text.
import { endsOnWord, wordStarts, type FoldedText } from './fold';

/**
 * Folded titles in a trie kept in flat typed arrays, walked from every word start of a folded text:
 * titles count only on word boundaries, so no failure links are needed, and building it is one pass
 * over the sorted titles with no Map. The root is a dense table (every walk starts there); other nodes
 * list their children sorted by UTF-16 unit, found by binary search. A walk is never longer than the
 * longest title, whatever the text.
 */
export class WordTrie<T> {
  private readonly rootNext = new Int32Array(65536);
  private readonly childStart: Int32Array;
  private readonly childChars: Uint16Array;
  private readonly childNodes: Int32Array;
  /** Per node: 1 + the index in `values` of the title ending there, or 0. */
  private readonly ends: Int32Array;
  private readonly values: T[] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    const sorted = [...entries].filter(([key]) => key.length > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    let capacity = 1;
    for (const [key] of sorted) capacity += key.length;
    const parentOf = new Int32Array(capacity);
    const charOf = new Uint16Array(capacity);
    const childCount = new Int32Array(capacity + 1);
    const ends = new Int32Array(capacity);
    /** The nodes along the previous title: sorted titles share a prefix with the one before. */
    const path: number[] = [0];
    let nodes = 1;
    let previous = '';
    for (const [key, value] of sorted) {
      let shared = 0;
      while (shared < key.length && shared < previous.length && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      path.length = shared + 1;
      for (let depth = shared; depth < key.length; depth++) {
        const parent = path[depth]!;
        parentOf[nodes] = parent;
        charOf[nodes] = key.charCodeAt(depth);
        childCount[parent]!++;
        path.push(nodes++);
      }
      // A repeated title is kept once, with its first value.
      if (!ends[path[key.length]!]) {
        this.values.push(value);
        ends[path[key.length]!] = this.values.length;
      }
      previous = key;
    }
    this.ends = ends.slice(0, nodes);
    // Children in creation order are in unit order (the titles are sorted), so each node's list comes out sorted.
    this.childStart = new Int32Array(nodes + 1);
    for (let node = 1; node < nodes; node++) this.childStart[node + 1] = this.childStart[node]! + childCount[node]!;
    this.childChars = new Uint16Array(Math.max(0, nodes - 1));
    this.childNodes = new Int32Array(Math.max(0, nodes - 1));
    const filled = new Int32Array(nodes);
    for (let node = 1; node < nodes; node++) {
      const parent = parentOf[node]!;
      if (parent === 0) {
        this.rootNext[charOf[node]!] = node;
        continue;
      }
      const slot = this.childStart[parent]! + filled[parent]!++;
      this.childChars[slot] = charOf[node]!;
      this.childNodes[slot] = node;
    }
  }

  get size(): number {
    return this.values.length;
  }

  /**
   * Calls `found` for every title in the folded text that starts and ends on a word (see `endsOnWord`),
   * in text order: by start, shorter first. Offsets are in the folded text. `starts` narrows the walks
   * to some word starts (see `wordStartsByCase`).
   */
  forEachMatch(folded: FoldedText, raw: string, found: (start: number, end: number, value: T) => void, starts = wordStarts(folded)): void {
    if (this.values.length === 0) return;
    const text = folded.text;
    const length = text.length;
    for (const start of starts) {
      let node = this.rootNext[text.charCodeAt(start)]!;
      for (let at = start + 1; node > 0; at++) {
        const title = this.ends[node]!;
        // At a space or the end it ends on a word; only a folded possessive ("…s ") needs a closer look.
        if (title > 0 && (at >= length || text.charCodeAt(at) === 32 || endsOnWord(folded, raw, at))) found(start, at, this.values[title - 1]!);
        if (at >= length) break;
        node = this.child(node, text.charCodeAt(at));
      }
    }
  }

  /** The child of a non-root `node` on `unit`, or 0. */
  private child(node: number, unit: number): number {
    let lo = this.childStart[node]!;
    let hi = this.childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.childChars[mid]!;
      if (at === unit) return this.childNodes[mid]!;
      if (at < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}
