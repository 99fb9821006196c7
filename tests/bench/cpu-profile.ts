/**
 * Main-thread time attributed to the extension, from a V8 CPU profile (CDP Profiler, or the
 * samples a trace carries). A sample counts as the extension's when any frame on its stack belongs
 * to the content script: the script's own code and everything it calls (DOM, JSON, regexps).
 * Garbage collection and rendering sit on no script's stack, so they are not counted here.
 */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds, on the profiler's clock. */
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionTime {
  name: string;
  ms: number;
}

export interface Attribution {
  /** Time of the samples with the extension's script on the stack. */
  ms: number;
  /** First and last such sample, on the profile's clock (µs); null when there were none. */
  firstUs: number | null;
  lastUs: number | null;
  /** By the deepest frame of the extension's script: its own time plus the natives it called. */
  self: FunctionTime[];
  /** By every function of the extension's script on the stack (each counted once per sample). */
  inclusive: FunctionTime[];
  /** What the extension's samples spent in outside its script (DOM, JSON.stringify …), by leaf. */
  natives: FunctionTime[];
  /**
   * The page's reading: the samples with a reader's locate on the stack (READING_FUNCTIONS), and
   * how long after the extension's first sample the last of them ended. No badge can show before
   * the reader has found the students, so this splits the time to the first badge in two. Null
   * when no such sample was taken; absent in results of an earlier bench.
   */
  reading?: { ms: number; endMs: number } | null;
}

/**
 * The functions that read the page: an adapter's `locate`, whole or in steps (lib/portals/adapter.ts).
 * Named as the readable build keeps them.
 */
export const READING_FUNCTIONS: ReadonlySet<string> = new Set(['locate', 'locateInSteps']);

/** One interval between samples is never longer than this: a pause in sampling is not work. */
const MAX_SAMPLE_US = 2_000;

export interface Sample {
  us: number;
  durationUs: number;
  node: number;
}

export function samplesOf(profile: CpuProfile): Sample[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    times.push(t);
  }
  return samples.map((node, i) => {
    const next = times[i + 1] ?? profile.endTime;
    return { us: times[i]!, durationUs: Math.max(0, Math.min(next - times[i]!, MAX_SAMPLE_US)), node };
  });
}

function parents(profile: CpuProfile): Map<number, ProfileNode & { parent?: number }> {
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) byId.set(node.id, { ...node });
  for (const node of profile.nodes) for (const child of node.children ?? []) byId.get(child)!.parent = node.id;
  return byId;
}

const label = (frame: CallFrame) => `${frame.functionName || '(anonymous)'}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;

function top(times: Map<string, number>, count = 10): FunctionTime[] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: round(us / 1000) }));
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * The extension's share of the profile, optionally only of samples in [fromUs, toUs).
 * `isOurs` says which script URLs are the extension's content script.
 */
export function attribute(
  profile: CpuProfile,
  isOurs: (url: string) => boolean,
  window: { fromUs: number; toUs: number } | null = null,
): Attribution {
  const byId = parents(profile);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const natives = new Map<string, number>();
  let total = 0;
  let firstUs: number | null = null;
  let lastUs: number | null = null;
  let readingUs = 0;
  let readingEndUs: number | null = null;
  for (const sample of samplesOf(profile)) {
    if (window && (sample.us < window.fromUs || sample.us >= window.toUs)) continue;
    let deepestOwn: ProfileNode | null = null;
    const leaf = byId.get(sample.node);
    const seen = new Set<string>();
    let reading = false;
    for (let node = leaf; node; node = node.parent === undefined ? undefined : byId.get(node.parent)) {
      if (!isOurs(node.callFrame.url)) continue;
      deepestOwn ??= node;
      if (READING_FUNCTIONS.has(node.callFrame.functionName)) reading = true;
      const name = label(node.callFrame);
      if (!seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + sample.durationUs);
      }
    }
    if (!deepestOwn || !leaf) continue;
    total += sample.durationUs;
    firstUs ??= sample.us;
    lastUs = sample.us + sample.durationUs;
    if (reading) {
      readingUs += sample.durationUs;
      readingEndUs = lastUs;
    }
    const ownName = label(deepestOwn.callFrame);
    self.set(ownName, (self.get(ownName) ?? 0) + sample.durationUs);
    if (leaf !== deepestOwn) {
      const nativeName = leaf.callFrame.functionName || leaf.callFrame.url || '(native)';
      natives.set(nativeName, (natives.get(nativeName) ?? 0) + sample.durationUs);
    }
  }
  const reading = readingEndUs === null || firstUs === null ? null : { ms: round(readingUs / 1000), endMs: round((readingEndUs - firstUs) / 1000) };
  return { ms: round(total / 1000), firstUs, lastUs, self: top(self), inclusive: top(inclusive), natives: top(natives, 6), reading };
}

const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Within [fromUs, toUs) — one task — the sampled time with the extension's script on the stack,
 * and the sampled time of any script at all (the rest is idle, GC, or the browser's own work).
 */
export function scriptTimeBetween(
  profile: CpuProfile,
  isOurs: (url: string) => boolean,
  fromUs: number,
  toUs: number,
): { ownMs: number; scriptMs: number } {
  const byId = parents(profile);
  let own = 0;
  let script = 0;
  for (const sample of samplesOf(profile)) {
    if (sample.us < fromUs || sample.us >= toUs) continue;
    const leaf = byId.get(sample.node);
    if (!leaf || NOT_SCRIPT.has(leaf.callFrame.functionName)) continue;
    script += sample.durationUs;
    for (let node: ProfileNode | undefined = leaf; node; node = node.parent === undefined ? undefined : byId.get(node.parent)) {
      if (isOurs(node.callFrame.url)) {
        own += sample.durationUs;
        break;
      }
    }
  }
  return { ownMs: round(own / 1000), scriptMs: round(script / 1000) };
}

/** The content script's URL, as profiles name it, and its page readers' (a reader's code is the content script's work too). */
export const isContentScript = (url: string) => /^(chrome|moz)-extension:\/\/[^/]+\/(content-scripts\/portal|reader-[a-z0-9-]+)\.js$/.test(url);
