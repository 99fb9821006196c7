import type { CDPSession } from 'playwright-core';
import type { CpuProfile, ProfileNode } from './cpu-profile.ts';

/**
 * A Chromium trace of one page load, reduced to what the page-cost measure needs: the renderer
 * main thread's tasks, its navigation start, and the V8 samples it carries (for attributing a long
 * task to the extension's script).
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, any>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'toplevel',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

export interface Task {
  ts: number;
  dur: number;
}

export interface PageTrace {
  /** µs, trace clock. */
  navigationStart: number;
  /** The load event's time (µs, trace clock); navigationStart when the trace has none. */
  load: number;
  tasks: Task[];
  profile: CpuProfile | null;
}

/** The main thread of the renderer that parsed `pathPart`, and what ran on it. */
export function pageTrace(events: TraceEvent[], pathPart: string): PageTrace {
  const parse = events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(pathPart)).at(-1);
  if (!parse) throw new Error(`the trace has no ParseHTML for ${pathPart}`);
  const { pid, tid } = parse;
  const onMain = (e: TraceEvent) => e.pid === pid && e.tid === tid;
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && e.pid === pid && String(e.args?.data?.documentLoaderURL ?? '').includes(pathPart))
    .at(-1);
  const navigationStart = navigation?.ts ?? parse.ts;
  const tasks = events
    .filter((e) => onMain(e) && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= navigationStart)
    .map((e) => ({ ts: e.ts, dur: e.dur ?? 0 }))
    .sort((a, b) => a.ts - b.ts);
  const load = events
    .filter((e) => e.name === 'MarkLoad' && e.pid === pid && e.ts >= navigationStart)
    .reduce((first, e) => Math.min(first, e.ts), Infinity);
  return {
    navigationStart,
    load: Number.isFinite(load) ? load : navigationStart,
    tasks: outermost(tasks),
    profile: profileOf(events, pid, tid),
  };
}

/** Nested task events (a task inside a task) would count twice. */
function outermost(tasks: Task[]): Task[] {
  const result: Task[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue;
    result.push(task);
    end = task.ts + task.dur;
  }
  return result;
}

/** Reassembles the sampled profile of one thread from the trace's Profile and ProfileChunk events. */
function profileOf(events: TraceEvent[], pid: number, tid: number): CpuProfile | null {
  const head = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!head) return null;
  const nodes = new Map<number, ProfileNode>();
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== head.id) continue;
    const data = chunk.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) {
      nodes.set(node.id, {
        id: node.id,
        parent: node.parent,
        callFrame: { functionName: node.callFrame.functionName ?? '', url: node.callFrame.url ?? '', lineNumber: node.callFrame.lineNumber ?? 0, columnNumber: node.callFrame.columnNumber ?? 0 },
      });
    }
    samples.push(...(data.cpuProfile?.samples ?? []));
    timeDeltas.push(...(data.timeDeltas ?? []));
  }
  // The trace names each node's parent; the attribution walks children lists.
  const list = [...nodes.values()];
  for (const node of list) node.children = [];
  for (const node of list) if (node.parent !== undefined) nodes.get(node.parent)?.children!.push(node.id);
  for (const node of list) delete node.parent;
  const startTime = Number(head.args?.data?.startTime ?? head.ts);
  const endTime = startTime + timeDeltas.reduce((a, b) => a + b, 0);
  return { nodes: list, startTime, endTime, samples, timeDeltas };
}
