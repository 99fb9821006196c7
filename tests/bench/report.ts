import type { ClickWaits } from './clicks.ts';
import type { Attribution, FunctionTime } from './cpu-profile.ts';
import { percentile, type EditTimes } from './edits.ts';
import type { FirefoxFirstRender } from './firefox-measures.ts';
import type { Editing, FirstRender, PageCost, SeenStats } from './measures.ts';

/** What `npm run bench` writes to docs/bench/latest.json, and its markdown summary. */
export interface BenchResult {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
    chromium: string;
    firefox?: string;
    node: string;
  };
  /** Repetitions of each Chromium measure, and of each Firefox measure. */
  runs: number;
  firefoxRuns?: number;
  /** How long the whole `npm run bench` took, builds included (seconds). */
  durationS?: number;
  pages: Record<string, Record<string, number | string>>;
  classYear?: FirstRender;
  school?: FirstRender;
  editing?: Editing;
  pageCost?: { observeMs: unknown; classYear: PageCost; school: PageCost; heavy?: PageCost };
  readableProfile?: { classYear: Attribution | null; school: Attribution | null; editing: Attribution | null };
  bundle?: { chrome: BundleSize; firefox: BundleSize };
  clicks?: ClickWaits;
  firefox?: {
    classYear?: FirefoxFirstRender;
    school?: FirefoxFirstRender;
    editing?: EditTimes;
    pageCost?: { classYear: PageCost; school: PageCost; heavy?: PageCost };
    clicks?: ClickWaits;
    /** Why the Firefox part stopped, when it did. */
    error?: string;
  };
  /** The run before this one (what latest.json held), by row: shown beside the new numbers. */
  previous?: { date: string; results: Record<string, Measured> };
}

export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
}

/** A row's result: the number its verdict and change are computed from, and how the summary shows it. */
export interface Measured {
  value: number | null;
  text: string;
  unit: string;
}

/** The targets, as the project set them for the content script. */
export const TARGETS = {
  classYearMs: 10,
  firstScreenMs: 16,
  schoolMs: 100,
  longestTaskMs: 50,
  addedBusyMs: 15,
  loadToIdleRatio: 1.15,
  editP95Ms: 2,
  rawKiB: 100,
  gzipKiB: 35,
  /** The project's own bound for measure 6 (no target was set for it): a click waits at most this long. */
  clickWaitMs: 200,
} as const;

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const fmt = (value: number, digits = 2) => String(Math.round(value * 10 ** digits) / 10 ** digits);

/** "met" at or under the target; otherwise by how much and how many times the target. */
export function verdict(value: number | null, target: number, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'not measured';
  if (value <= target) return 'met';
  const digits = unit === '' || unit === '×' ? 3 : 1;
  const times = target > 0 ? ` (${(value / target).toFixed(1)}× the target)` : '';
  return `missed by ${(value - target).toFixed(digits)}${unit === '×' || unit === '' ? '' : ` ${unit}`}${times}`;
}

/** The new value against the previous run's: the difference and its share of the previous value. */
export function change(now: number | null, before: number | null | undefined, unit: string): string {
  if (now === null || before === null || before === undefined || Number.isNaN(now) || Number.isNaN(before)) return '—';
  const diff = now - before;
  const digits = unit === '×' ? 3 : unit === 'KiB' ? 1 : 2;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const share = before !== 0 ? ` (${sign}${Math.abs((diff / before) * 100).toFixed(0)} %)` : '';
  return `${sign}${Math.abs(diff).toFixed(digits)}${unit === '×' ? '' : ` ${unit}`}${share}`;
}

/** Median of the differences of paired runs (a[i] − b[i]). */
export function pairedDifferenceMedian(a: number[], b: number[]): number | null {
  const n = Math.min(a.length, b.length);
  if (n === 0) return null;
  const d = Array.from({ length: n }, (_, i) => a[i]! - b[i]!).sort((x, y) => x - y);
  const mid = Math.floor(n / 2);
  return Math.round((n % 2 ? d[mid]! : (d[mid - 1]! + d[mid]!) / 2) * 100) / 100;
}

function names(list: FunctionTime[] | undefined, count: number): string {
  return (list ?? [])
    .slice(0, count)
    .map((f) => `\`${f.name.replace(/\|/g, '\\|')}\` ${f.ms} ms`)
    .join(', ');
}

function dominates(profile: Attribution | null | undefined): string {
  if (!profile) return '';
  const natives = profile.natives.length > 0 ? `; in natives: ${names(profile.natives, 2)}` : '';
  return `self: ${names(profile.self, 4)}${natives}`;
}

function profileSection(title: string, profile: Attribution | null | undefined): string[] {
  if (!profile) return [];
  return [
    `### ${title} (readable build, ${profile.ms} ms attributed)`,
    '',
    '| self time (own code + natives it calls) | ms | inclusive | ms |',
    '|---|---|---|---|',
    ...Array.from({ length: Math.max(profile.self.length, profile.inclusive.length) }, (_, i) => {
      const s = profile.self[i];
      const n = profile.inclusive[i];
      return `| ${s ? `\`${s.name}\`` : ''} | ${s?.ms ?? ''} | ${n ? `\`${n.name}\`` : ''} | ${n?.ms ?? ''} |`;
    }),
    '',
    `Natives under the extension's frames: ${names(profile.natives, 6) || 'none sampled'}.`,
    '',
    ...(profile.reading
      ? [
          `Reading the page (the reader's \`locate\`, whole or in steps): ${profile.reading.ms} ms of the ${profile.ms} ms attributed, its last sample ending ${profile.reading.endMs} ms after the extension's first in this profiled run (the readable build under the profiler runs slower than the measured runs above). In a first render no badge can show before it: the rest is evaluating the students and drawing their badges.`,
          '',
        ]
      : []),
  ];
}

/** One row of the summary. `key` names the measure across runs (for the previous run's column). */
export interface Row {
  key: string;
  measure: string;
  browser: 'Chromium' | 'Firefox' | '—';
  result: Measured;
  target: string;
  verdict: string;
  dominates: string;
}

const NO_PROFILER =
  'not measured: Firefox gives an automation client no sampling profiler, so the main-thread time of the extension cannot be told from the page\'s; its added busy time is in the side-by-side rows';

const measured = (value: number | null | undefined, text: string, unit: string): Measured => ({ value: value ?? null, text, unit });
const notMeasured = (text: string): Measured => ({ value: null, text, unit: '' });
const isNumber = (x: number | undefined | null): x is number => typeof x === 'number' && !Number.isNaN(x);

/** Rows of what the page saw of the first render (either browser). */
function seenRows(rows: Row[], browser: Row['browser'], prefix: string, label: string, seen: SeenStats | undefined, orderMatters: boolean): void {
  if (!seen) return;
  const s = seen.allInViewMs;
  rows.push({
    key: `${prefix}:firstScreen`,
    measure: `${label}: script start → every badge inside the viewport (${seen.inView} of ${seen.total})`,
    browser,
    result: measured(isNumber(s.median) ? s.median : null, isNumber(s.median) ? `${s.median} ms (min ${s.min}, max ${s.max}); first badge ${seen.firstInViewMs.median} ms` : 'no badge inside the viewport', 'ms'),
    target: `≤ ${TARGETS.firstScreenMs} ms`,
    verdict: verdict(isNumber(s.median) ? s.median : null, TARGETS.firstScreenMs, 'ms'),
    dominates: '',
  });
  rows.push({
    key: `${prefix}:allBadges`,
    measure: `${label}: script start → every badge, wall clock (the page's reader and portal.js parsed, compiled and run to its first wait in ${seen.evaluatedMs.median} ms)`,
    browser,
    result: measured(seen.allMs.median, `${seen.allMs.median} ms (min ${seen.allMs.min}, max ${seen.allMs.max})`, 'ms'),
    target: '—',
    verdict: '',
    dominates: '',
  });
  if (orderMatters) {
    const worst = Math.max(0, ...seen.outOfViewBeforeLastInView);
    rows.push({
      key: `${prefix}:viewportFirst`,
      measure: `${label}: badges outside the viewport that arrived before the last one inside it (worst of ${seen.outOfViewBeforeLastInView.length} runs)`,
      browser,
      result: measured(worst, `${worst}`, ''),
      target: '0 (viewport first)',
      verdict: worst === 0 ? 'met' : `missed: ${worst} arrived before the viewport was complete`,
      dominates: '',
    });
  }
}

/** The side-by-side rows of one page; `targets`: true judges the row against its target, false shows it without one, null leaves it out. */
function costRows(rows: Row[], browser: Row['browser'], prefix: string, label: string, cost: PageCost | undefined, targets: { busy: boolean | null; ratio: boolean | null; longest: boolean }): void {
  if (!cost) return;
  const w = cost.withExtension;
  const how = browser === 'Firefox' ? 'heartbeat in the page' : 'trace';
  const added = cost.addedBusyMs.median;
  const window = browser === 'Firefox' ? `until idle, at most ${cost.observeMs / 1000} s` : `first ${cost.observeMs / 1000} s`;
  if (targets.busy !== null) rows.push({
    key: `${prefix}:addedBusy`,
    measure: `${label}: added main-thread busy time (with − without, median of ${cost.runs} paired runs, ${how}, ${window})`,
    browser,
    result: measured(added, `${added} ms (${w.busyMs.median} ms vs. ${cost.without.busyMs.median} ms)`, 'ms'),
    target: targets.busy ? `≤ ${TARGETS.addedBusyMs} ms` : '—',
    verdict: targets.busy ? verdict(added, TARGETS.addedBusyMs, 'ms') : '',
    dominates: '',
  });
  const ratio = isNumber(cost.loadToIdleRatio.median) ? cost.loadToIdleRatio.median : null;
  if (targets.ratio !== null) {
  const pairs = cost.idlePairs ?? cost.runs;
  const reached = pairs < cost.runs ? `; ${pairs} of ${cost.runs} pairs reached idle within ${cost.observeMs / 1000} s` : '';
  rows.push({
    key: `${prefix}:loadToIdle`,
    measure: `${label}: load-to-idle ratio (with ÷ without, median of the paired runs, ${how})`,
    browser,
    result: measured(
      ratio,
      ratio === null
        ? `not measured: no pair reached idle within ${cost.observeMs / 1000} s (badges ${w.badges})`
        : `${ratio}× (${w.loadToIdleMs.median} ms vs. ${cost.without.loadToIdleMs.median} ms; badges ${w.badges}${reached})`,
      '×',
    ),
    target: targets.ratio ? `≤ ${TARGETS.loadToIdleRatio}×` : '—',
    verdict: targets.ratio ? verdict(ratio, TARGETS.loadToIdleRatio, '×') : '',
    dominates: '',
  });
  }
  if (!targets.longest) return;
  if (w.extensionTasks) {
    const all = w.extensionTasks.flat().sort((x, y) => y.ms - x.ms);
    const longest = all[0]?.ms ?? 0;
    rows.push({
      key: `${prefix}:longestTask`,
      measure: `${label}: longest task of the extension, any run (16 ms or more, its code ≥ half the task's script time)`,
      browser,
      result: measured(longest, all[0] ? `${longest} ms (${all[0].extensionMs} ms of it the content script's code); over 50 ms: ${all.filter((t) => t.ms > TARGETS.longestTaskMs).length} in ${cost.runs} runs` : 'no task of 16 ms or more', 'ms'),
      target: `≤ ${TARGETS.longestTaskMs} ms, never over`,
      verdict: verdict(longest, TARGETS.longestTaskMs, 'ms'),
      dominates: longest > TARGETS.longestTaskMs ? 'the first render runs in tasks longer than a frame; see the overview rows and "Where the time goes"' : '',
    });
  } else {
    // Without attribution, a task over 50 ms cannot be pinned on the extension; but when no task at
    // all was that long, none of the extension's was either.
    const longest = w.longestTaskMs.max;
    rows.push({
      key: `${prefix}:longestTask`,
      measure: `${label}: longest main-thread task of any origin, any run (heartbeat)`,
      browser,
      result: measured(longest, `${longest} ms with the extension, ${cost.without.longestTaskMs.max} ms without`, 'ms'),
      target: `≤ ${TARGETS.longestTaskMs} ms, never over`,
      verdict: longest <= TARGETS.longestTaskMs ? 'met (no task of any origin was longer)' : 'unknown: a longer task was seen, and Firefox cannot say whose it was',
      dominates: '',
    });
  }
}

function bundleRow(rows: Row[], label: string, size: BundleSize, which: 'raw' | 'gzip'): void {
  const value = kib(which === 'raw' ? size.rawBytes : size.gzipBytes);
  const target = which === 'raw' ? TARGETS.rawKiB : TARGETS.gzipKiB;
  rows.push({
    key: `bundle:${label}:${which}`,
    measure: `Content script size, ${label}, ${which === 'raw' ? 'raw' : 'gzip (level 9)'}`,
    browser: '—',
    result: measured(value, `${value} KiB`, 'KiB'),
    target: `≤ ${target} KiB`,
    verdict: verdict(value, target, 'KiB'),
    dominates: '',
  });
}

/** Every row of the summary, in order. Tolerates a result from an earlier version of the bench (fields it lacks are left out). */
export function summaryRows(r: BenchResult): Row[] {
  const rows: Row[] = [];
  const p = r.readableProfile;
  const cls = r.pages?.classYear;
  const classLabel = `1. Class register, ${cls?.students ?? 30} students × ${cls?.schoolDays ?? 191} school days`;
  const schoolLabel = `2. School-wide overview, ${r.pages?.school?.students ?? 1000} students`;
  if (r.classYear) {
    const m = r.classYear.extensionMs;
    rows.push({
      key: 'classYear',
      measure: `${classLabel}: extension main-thread time, script start → every badge`,
      browser: 'Chromium',
      result: measured(m.median, `${m.median} ms (min ${m.min}, max ${m.max}); wall ${r.classYear.spanMs.median} ms`, 'ms'),
      target: `≤ ${TARGETS.classYearMs} ms`,
      verdict: verdict(m.median, TARGETS.classYearMs, 'ms'),
      dominates: m.median > TARGETS.classYearMs ? dominates(p?.classYear) : '',
    });
    seenRows(rows, 'Chromium', 'chromium:classYear', classLabel, r.classYear.seen, false);
  }
  if (r.firefox?.classYear) {
    rows.push({ key: 'firefox:classYear', measure: `${classLabel}: extension main-thread time`, browser: 'Firefox', result: notMeasured(NO_PROFILER), target: `≤ ${TARGETS.classYearMs} ms`, verdict: 'unknown', dominates: '' });
    seenRows(rows, 'Firefox', 'firefox:classYear', classLabel, r.firefox.classYear.seen, false);
  }
  if (r.school) {
    const m = r.school.extensionMs;
    rows.push({
      key: 'school',
      measure: `${schoolLabel}: extension main-thread time, script start → every badge`,
      browser: 'Chromium',
      result: measured(m.median, `${m.median} ms (min ${m.min}, max ${m.max}); wall ${r.school.spanMs.median} ms`, 'ms'),
      target: `≤ ${TARGETS.schoolMs} ms`,
      verdict: verdict(m.median, TARGETS.schoolMs, 'ms'),
      dominates: m.median > TARGETS.schoolMs ? dominates(p?.school) : '',
    });
    seenRows(rows, 'Chromium', 'chromium:school', schoolLabel, r.school.seen, true);
  }
  costRows(rows, 'Chromium', 'longTasks:school overview', schoolLabel, r.pageCost?.school, { busy: null, ratio: null, longest: true });
  if (r.firefox?.school) {
    rows.push({ key: 'firefox:school', measure: `${schoolLabel}: extension main-thread time`, browser: 'Firefox', result: notMeasured(NO_PROFILER), target: `≤ ${TARGETS.schoolMs} ms`, verdict: 'unknown', dominates: '' });
    seenRows(rows, 'Firefox', 'firefox:school', schoolLabel, r.firefox.school.seen, true);
  }
  costRows(rows, 'Firefox', 'firefox:cost:school', schoolLabel, r.firefox?.pageCost?.school, { busy: null, ratio: null, longest: true });
  const editLabel = (e: EditTimes) => `3. Entering absence: ${e.edits} edits, change → updated badge (the badge's level changed in ${e.badgeUpdated}/${e.edits})`;
  for (const [browser, key, e, profile] of [
    ['Chromium', 'editing', r.editing, p?.editing],
    ['Firefox', 'firefox:editing', r.firefox?.editing, null],
  ] as const) {
    if (!e) continue;
    rows.push({
      key,
      measure: editLabel(e),
      browser,
      result: measured(e.p95, `p95 ${e.p95} ms (p50 ${e.p50} ms, max ${e.max} ms)`, 'ms'),
      target: `p95 ≤ ${TARGETS.editP95Ms} ms`,
      verdict: verdict(e.p95, TARGETS.editP95Ms, 'ms'),
      dominates: e.p95 > TARGETS.editP95Ms ? dominates(profile) : '',
    });
  }
  const classCost = `4. Page cost, class register`;
  costRows(rows, 'Chromium', 'loadToIdle:class register', classCost, r.pageCost?.classYear, { busy: true, ratio: true, longest: false });
  costRows(rows, 'Firefox', 'firefox:cost:class register', classCost, r.firefox?.pageCost?.classYear, { busy: true, ratio: true, longest: false });
  const schoolCost = `4. Page cost, school overview`;
  costRows(rows, 'Chromium', 'loadToIdle:school overview', schoolCost, r.pageCost?.school, { busy: false, ratio: true, longest: false });
  costRows(rows, 'Firefox', 'firefox:cost:school overview', schoolCost, r.firefox?.pageCost?.school, { busy: false, ratio: true, longest: false });
  const heavy = `4. Page cost, heavy single-page portal (its own scripts busy ${r.pages?.heavy?.ownBusyMs ?? '?'} ms, register rendered late)`;
  costRows(rows, 'Chromium', 'heavy', heavy, r.pageCost?.heavy, { busy: false, ratio: false, longest: false });
  costRows(rows, 'Firefox', 'firefox:heavy', heavy, r.firefox?.pageCost?.heavy, { busy: false, ratio: false, longest: false });
  for (const [browser, key, c] of [
    ['Chromium', 'clicks', r.clicks],
    ['Firefox', 'firefox:clicks', r.firefox?.clicks],
  ] as const) {
    if (!c) continue;
    const clicks = c.runs.reduce((sum, run) => sum + run.waitedMs.length, 0);
    const all = c.runs.flatMap((run) => run.waitedMs);
    rows.push({
      key,
      measure: `6. Responsiveness, a table of ${c.rows.toLocaleString('en').replace(/,/g, ' ')} rows: a real click's wait, press → the page's own handler, while the overlay puts its badges in (${clicks} clicks in ${c.runs.length} run${c.runs.length === 1 ? '' : 's'}, ${c.duringWork} of them during the work)`,
      browser,
      result: measured(c.longestMs.median, `longest ${c.longestMs.median} ms (median of the runs' longest; min ${c.longestMs.min}, max ${c.longestMs.max}); p50 of all clicks ${all.length > 0 ? percentile(all, 50) : NaN} ms`, 'ms'),
      target: `≤ ${TARGETS.clickWaitMs} ms (ours)`,
      verdict: verdict(c.longestMs.median, TARGETS.clickWaitMs, 'ms'),
      dominates: '',
    });
  }
  if (r.bundle) {
    for (const [label, size] of [
      ['chrome-mv3', r.bundle.chrome],
      ['firefox-mv3', r.bundle.firefox],
    ] as const) {
      bundleRow(rows, label, size, 'raw');
      bundleRow(rows, label, size, 'gzip');
    }
  }
  return rows;
}

/**
 * Each row's result by key, for the next run's "previous" column. A run written by an earlier
 * version of the bench is read as far as it goes: what it did not measure is left out, and what it
 * kept under another shape is brought into this one (upgradeCost).
 */
export function resultsByMeasure(r: BenchResult): Record<string, Measured> {
  const pageCost = r.pageCost && {
    ...r.pageCost,
    classYear: upgradeCost(r.pageCost.classYear, r.pageCost.observeMs),
    school: upgradeCost(r.pageCost.school, r.pageCost.observeMs),
  };
  return Object.fromEntries(summaryRows({ ...r, pageCost } as BenchResult).map((row) => [row.key, row.result]));
}

/** The side-by-side result as earlier versions of the bench wrote it (per-run numbers, long tasks only). */
interface LegacyCost {
  observeMs?: number;
  addedBusyMs?: PageCost['addedBusyMs'];
  withExtension: PageCost['withExtension'] & { extensionLongTasks?: Array<Array<{ ms: number; extensionMs: number }>> };
}

export function upgradeCost(cost: PageCost, observeMs: unknown): PageCost {
  const old = cost as unknown as LegacyCost;
  if (old.addedBusyMs && old.withExtension.extensionTasks !== undefined) return cost;
  const added = pairedDifferenceMedian(cost.withExtension.busyMs.runs, cost.without.busyMs.runs);
  const longTasks = old.withExtension.extensionLongTasks;
  return {
    ...cost,
    observeMs: old.observeMs ?? (typeof observeMs === 'number' ? observeMs : NaN),
    addedBusyMs: old.addedBusyMs ?? { runs: [], median: added ?? NaN, min: NaN, max: NaN },
    // Earlier runs listed only the extension's tasks of 50 ms or more: with none, the longest is not known.
    withExtension: { ...cost.withExtension, extensionTasks: old.withExtension.extensionTasks ?? (longTasks?.some((run) => run.length > 0) ? longTasks : null) },
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function benchMarkdown(r: BenchResult): string {
  const p = r.readableProfile;
  const previous = r.previous;
  const rows = summaryRows(r).map((row) => {
    const before = previous?.results[row.key];
    return `| ${[row.measure, row.browser, row.result.text, before?.text ?? '—', change(row.result.value, before?.value, row.result.unit), row.target, row.verdict, row.dominates].map(cell).join(' | ')} |`;
  });
  const m = r.machine;
  const minutes = r.durationS !== undefined ? `${Math.floor(r.durationS / 60)} min ${Math.round(r.durationS % 60)} s` : 'not recorded';
  return [
    '# Bench: latest run',
    '',
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` in ${m.chromium} (headless)${m.firefox ? ` and ${m.firefox} (headless)` : ''}, ${m.cpus} × ${m.cpuModel}; the whole run, builds included, took ${minutes}.`,
    `Repetitions: ${r.runs} per Chromium measure${r.firefoxRuns !== undefined ? `, ${r.firefoxRuns} per Firefox measure` : ''} (medians; fewer than the default when the run was given \`--runs\`).`,
    `Load average before ${m.loadAverageBefore.join(' / ')}, after ${m.loadAverageAfter.join(' / ')}: other work shared this ${m.cpus}-core machine, so`,
    'absolute times are noisy; medians over repeated runs, and the side-by-side measures pair each run with its baseline.',
    'How each number is measured: docs/bench/README.md. Raw numbers: latest.json.',
    ...(r.firefox?.error ? ['', `**The Firefox part stopped early:** ${r.firefox.error}`] : []),
    '',
    previous
      ? `The previous run (${previous.date.slice(0, 16).replace('T', ' ')} UTC) is beside each result; "—" where that run did not measure it.`
      : 'No earlier run was on record.',
    '',
    '| Measure | Browser | Result | Previous run | Change | Target | Verdict | What dominates (where missed) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(p ? ['## Where the time goes (Chromium)', '', ...profileSection('1. Class register', p.classYear), ...profileSection('2. School-wide overview', p.school), ...profileSection('3. Entering absence, all edits', p.editing)] : []),
  ].join('\n');
}
