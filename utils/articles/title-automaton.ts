/**
 * Aho–Corasick automaton over known titles: finds every occurrence of any of them in one pass,
 * so spotting costs the same with 10 titles as with 10,000.
 */
export interface AutomatonMatch<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Transitions are on UTF-16 code units: exact matching needs no code-point decoding, and it is faster.
 * While building, every edge lives in one Map keyed by state and unit (no Map per node), and each node
 * lists its children, so building 10,000 titles allocates a few arrays instead of 100,000 Maps.
 */
const UNITS = 65536;

const NO_OUTPUTS: readonly never[] = [];

export class TitleAutomaton<T> {
  private edges = new Map<number, number>();
  private children: number[][] = [[]];
  private chars: number[] = [0];
  private failsBuild: number[] = [0];
  private outputsBuild: Array<Array<{ length: number; value: T }>> = [[]];
  /**
   * The trie compiled to flat arrays for the scan: the root as a dense table (it is consulted at almost
   * every character), other nodes as sorted child lists. Far less memory than a Map per node, so the
   * scan costs about the same with 10,000 titles as with 10.
   */
  private rootNext = new Int32Array(0);
  private childStart = new Int32Array(0);
  private childChars = new Uint16Array(0);
  private childTargets = new Int32Array(0);
  private fails = new Int32Array(0);
  private outputsOf: ReadonlyArray<ReadonlyArray<{ length: number; value: T }>> = [];
  /** Every value some pattern maps to. */
  readonly values = new Set<T>();
  /** Length of the longest pattern, in UTF-16 units. */
  maxLength = 0;

  constructor(patterns: Iterable<[string, T]>) {
    for (const [pattern, value] of patterns) if (pattern) this.add(pattern, value);
    this.link();
    this.compile();
  }

  private compile(): void {
    const count = this.children.length;
    this.rootNext = new Int32Array(UNITS);
    for (const child of this.children[0]!) this.rootNext[this.chars[child]!] = child;
    this.childStart = new Int32Array(count + 1);
    let edges = 0;
    for (let n = 0; n < count; n++) {
      this.childStart[n] = edges;
      edges += n === 0 ? 0 : this.children[n]!.length;
    }
    this.childStart[count] = edges;
    this.childChars = new Uint16Array(edges);
    this.childTargets = new Int32Array(edges);
    this.fails = Int32Array.from(this.failsBuild);
    const outputs: Array<ReadonlyArray<{ length: number; value: T }>> = [];
    for (let n = 0; n < count; n++) {
      const own = this.outputsBuild[n]!;
      outputs.push(own.length ? own : NO_OUTPUTS);
      if (n === 0) continue;
      const sorted = this.children[n]!.slice().sort((a, b) => this.chars[a]! - this.chars[b]!);
      sorted.forEach((child, i) => {
        this.childChars[this.childStart[n]! + i] = this.chars[child]!;
        this.childTargets[this.childStart[n]! + i] = child;
      });
    }
    this.outputsOf = outputs;
    // The build-time structures are no longer needed.
    this.edges = new Map();
    this.children = [];
    this.chars = [];
    this.failsBuild = [];
    this.outputsBuild = [];
  }

  /** The child of `state` on `char`, or -1. */
  private step(state: number, char: number): number {
    if (state === 0) return this.rootNext[char] || -1;
    let lo = this.childStart[state]!;
    let hi = this.childStart[state + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.childChars[mid]!;
      if (at === char) return this.childTargets[mid]!;
      if (at < char) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private add(pattern: string, value: T): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const char = pattern.charCodeAt(i);
      const edge = state * UNITS + char;
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.children.length;
        this.children.push([]);
        this.chars.push(char);
        this.failsBuild.push(0);
        this.outputsBuild.push([]);
        this.children[state]!.push(next);
        this.edges.set(edge, next);
      }
      state = next;
    }
    this.outputsBuild[state]!.push({ length: pattern.length, value });
    this.values.add(value);
    this.maxLength = Math.max(this.maxLength, pattern.length);
  }

  /** Breadth-first failure links; each node inherits the outputs of its failure target. */
  private link(): void {
    const queue: number[] = [...this.children[0]!];
    for (let i = 0; i < queue.length; i++) {
      const state = queue[i]!;
      for (const child of this.children[state]!) {
        const char = this.chars[child]!;
        let fail = this.failsBuild[state]!;
        while (fail && !this.edges.has(fail * UNITS + char)) fail = this.failsBuild[fail]!;
        const target = this.edges.get(fail * UNITS + char);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.failsBuild[child] = failTo;
        const inherited = this.outputsBuild[failTo]!;
        if (inherited.length) {
          const own = this.outputsBuild[child]!;
          own.push(...inherited);
          own.sort((a, b) => b.length - a.length);
        }
        queue.push(child);
      }
    }
  }

  /**
   * Every occurrence, with UTF-16 offsets into `text`. The caller may lower `limit.end` while
   * iterating to stop reading past that offset.
   */
  *matches(text: string, limit: { end: number } = { end: Infinity }): Generator<AutomatonMatch<T>> {
    let state = 0;
    for (let i = 0; i < text.length && i < limit.end; i++) {
      const char = text.charCodeAt(i);
      let next = this.step(state, char);
      while (next < 0 && state) {
        state = this.fails[state]!;
        next = this.step(state, char);
      }
      state = next < 0 ? 0 : next;
      const outputs = this.outputsOf[state]!;
      for (let o = 0; o < outputs.length; o++) {
        yield { start: i + 1 - outputs[o]!.length, end: i + 1, value: outputs[o]!.value };
      }
    }
  }
}
