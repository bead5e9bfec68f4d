import type { Page } from 'playwright-core';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: ProfileData };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** One task that ran some of the script: how long it took, how much of it was the script, what else it did. */
export interface ScriptTask {
  ms: number;
  scriptMs: number;
  /** What the trace says the task was doing: its biggest events ("TimerFire", "FunctionCall", "Layout"). */
  events: string[];
}

/** Script run from one origin (Greenlit's `chrome-extension://<id>/`), from the CPU profiler's samples. */
export interface ScriptShare {
  /** Main-thread time sampled in that script, in all. */
  totalMs: number;
  /** The longest task that ran any of it. */
  longest: ScriptTask;
  /**
   * The longest task that ran at least `WORKING_MS` of it: a frame callback of a fraction of a
   * millisecond inside the page's own paint (Preact schedules its effects so) is not a task the script made long.
   */
  longestWorking: ScriptTask;
  /** Tasks that ran any of it. */
  tasks: number;
  /** The most of that script any one task ran (ms): the page's own work (paint, layout) aside. */
  mostInOneTaskMs: number;
}

/** Script time in one task from which that task counts as the script's work (see `longestWorking`). */
export const WORKING_MS = 1;

export interface MainThreadTrace<T> {
  value: T;
  /** The longest task on the page's renderer main thread (ms). */
  longestTaskMs: number;
  script?: ScriptShare;
}

/**
 * Runs `run` under a Chromium trace; returns the longest task on a renderer main thread (ms). The Long
 * Tasks API leaves out the work of extension content scripts, so only a trace sees Greenlit's own tasks.
 */
export async function longestTraced<T>(page: Page, run: () => Promise<T>): Promise<{ value: T; longestTaskMs: number }> {
  const { value, longestTaskMs } = await traceMainThread(page, run);
  return { value, longestTaskMs };
}

/**
 * Like `longestTraced`; with `scriptUrlPrefix` the trace also samples the CPU, so each task can be told
 * apart by whose script ran in it: content scripts share the page's main thread.
 */
export async function traceMainThread<T>(
  page: Page,
  run: () => Promise<T>,
  options: { scriptUrlPrefix?: string } = {},
): Promise<MainThreadTrace<T>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
  if (options.scriptUrlPrefix) categories.push('disabled-by-default-v8.cpu_profiler');
  await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
  const value = await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`));
  const longestTaskMs = Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
  if (!options.scriptUrlPrefix) return { value, longestTaskMs };
  return { value, longestTaskMs, script: scriptShare(events, tasks, options.scriptUrlPrefix) };
}

/** Names of the events that take a fifth or more of `task`, biggest first. */
function biggestEvents(events: TraceEvent[], task: TraceEvent): string[] {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter(
    (e) => e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end,
  );
  return inside
    .filter((e) => (e.dur ?? 0) >= (task.dur ?? 0) / 5)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)} ms`);
}

/** Samples longer than this are the sampler catching up after idle, not script. */
const MAX_SAMPLE_US = 2_000;

function scriptShare(events: TraceEvent[], tasks: TraceEvent[], urlPrefix: string): ScriptShare {
  const none = (): ScriptTask => ({ ms: 0, scriptMs: 0, events: [] });
  const share: ScriptShare = { totalMs: 0, longest: none(), longestWorking: none(), tasks: 0, mostInOneTaskMs: 0 };

  // One CPU profile per traced renderer; its samples arrive in chunks that add nodes as they go.
  for (const profile of events.filter((e) => e.ph === 'P' && e.name === 'Profile')) {
    const parent = new Map<number, number | undefined>();
    const url = new Map<number, string>();
    const times: number[] = [];
    const nodes: number[] = [];
    let at = profile.args?.data?.startTime ?? profile.ts;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id)) {
      const data = chunk.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) {
        parent.set(node.id, node.parent);
        url.set(node.id, node.callFrame.url ?? '');
      }
      const samples = data?.cpuProfile?.samples ?? [];
      samples.forEach((node, i) => {
        at += data?.timeDeltas?.[i] ?? 0;
        times.push(at);
        nodes.push(node);
      });
    }
    const ours = new Map<number, boolean>();
    const isOurs = (id: number | undefined): boolean => {
      if (id === undefined) return false;
      let known = ours.get(id);
      if (known === undefined) {
        known = (url.get(id) ?? '').startsWith(urlPrefix) || isOurs(parent.get(id));
        ours.set(id, known);
      }
      return known;
    };
    const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
    const sampleTs: number[] = [];
    const sampleUs: number[] = [];
    order.forEach((i, k) => {
      const next = order[k + 1];
      const length = next === undefined ? 0 : Math.min(times[next]! - times[i]!, MAX_SAMPLE_US);
      sampleTs.push(times[i]!);
      sampleUs.push(isOurs(nodes[i]) ? length : 0);
    });
    // Prefix sums: our time between two timestamps in two binary searches.
    const sums = [0];
    for (const us of sampleUs) sums.push(sums.at(-1)! + us);
    const firstAtOrAfter = (ts: number) => {
      let lo = 0;
      let hi = sampleTs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sampleTs[mid]! < ts) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    share.totalMs += sums.at(-1)! / 1000;
    for (const task of tasks.filter((t) => t.pid === profile.pid)) {
      const end = task.ts + (task.dur ?? 0);
      const oursUs = sums[firstAtOrAfter(end)]! - sums[firstAtOrAfter(task.ts)]!;
      if (oursUs <= 0) continue;
      share.tasks += 1;
      share.mostInOneTaskMs = Math.max(share.mostInOneTaskMs, oursUs / 1000);
      const taskMs = (task.dur ?? 0) / 1000;
      const summary = () => ({ ms: taskMs, scriptMs: oursUs / 1000, events: biggestEvents(events, task) });
      if (taskMs > share.longest.ms) share.longest = summary();
      if (oursUs >= WORKING_MS * 1000 && taskMs > share.longestWorking.ms) share.longestWorking = summary();
    }
  }
  return share;
}
