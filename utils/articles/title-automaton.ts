/**
 * Aho–Corasick automaton over known titles: finds every occurrence of any of them in one pass,
 * so spotting costs the same with 10 titles as with 10,000.
 */
export interface AutomatonMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** Transitions are on UTF-16 code units: exact matching needs no code-point decoding, and it is faster. */
interface AutomatonNode<T> {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here (own and via failure links), longest first. */
  outputs: Array<{ length: number; value: T }>;
}

const NO_OUTPUTS: readonly never[] = [];

export class TitleAutomaton<T> {
  private readonly nodes: AutomatonNode<T>[] = [{ next: new Map(), fail: 0, outputs: [] }];
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
    const count = this.nodes.length;
    this.rootNext = new Int32Array(65536);
    for (const [char, child] of this.nodes[0]!.next) this.rootNext[char] = child;
    this.childStart = new Int32Array(count + 1);
    let edges = 0;
    for (let n = 0; n < count; n++) {
      this.childStart[n] = edges;
      edges += n === 0 ? 0 : this.nodes[n]!.next.size;
    }
    this.childStart[count] = edges;
    this.childChars = new Uint16Array(edges);
    this.childTargets = new Int32Array(edges);
    this.fails = new Int32Array(count);
    const outputs: Array<ReadonlyArray<{ length: number; value: T }>> = [];
    for (let n = 0; n < count; n++) {
      const node = this.nodes[n]!;
      this.fails[n] = node.fail;
      outputs.push(node.outputs.length ? node.outputs : NO_OUTPUTS);
      if (n === 0) continue;
      const sorted = [...node.next].sort((a, b) => a[0] - b[0]);
      sorted.forEach(([char, child], i) => {
        this.childChars[this.childStart[n]! + i] = char;
        this.childTargets[this.childStart[n]! + i] = child;
      });
    }
    this.outputsOf = outputs;
    this.nodes.length = 0; // the build-time Maps are no longer needed
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
      let next = this.nodes[state]!.next.get(char);
      if (next === undefined) {
        next = this.nodes.push({ next: new Map(), fail: 0, outputs: [] }) - 1;
        this.nodes[state]!.next.set(char, next);
      }
      state = next;
    }
    this.nodes[state]!.outputs.push({ length: pattern.length, value });
    this.values.add(value);
    this.maxLength = Math.max(this.maxLength, pattern.length);
  }

  /** Breadth-first failure links; each node inherits the outputs of its failure target. */
  private link(): void {
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let i = 0; i < queue.length; i++) {
      const state = queue[i]!;
      const node = this.nodes[state]!;
      for (const [char, child] of node.next) {
        let fail = node.fail;
        while (fail && !this.nodes[fail]!.next.has(char)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(char);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.outputs.push(...this.nodes[childNode.fail]!.outputs);
        childNode.outputs.sort((a, b) => b.length - a.length);
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
