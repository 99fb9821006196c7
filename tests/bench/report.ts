import type { Attribution, FunctionTime } from './cpu-profile.ts';
import type { Editing, FirstRender, PageCost } from './measures.ts';

/** What `npm run bench` writes to docs/bench/latest.json, and its markdown summary. */
export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; loadAverageBefore: number[]; loadAverageAfter: number[]; chromium: string; node: string };
  runs: number;
  pages: Record<string, Record<string, number | string>>;
  classYear?: FirstRender;
  school?: FirstRender;
  editing?: Editing;
  pageCost?: { observeMs: number; classYear: PageCost; school: PageCost };
  readableProfile?: { classYear: Attribution | null; school: Attribution | null; editing: Attribution | null };
  bundle?: { chrome: BundleSize; firefox: BundleSize };
  /** The run before this one (what latest.json held), by measure: shown beside the new numbers. */
  previous?: { date: string; results: Record<string, string> };
}

export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
}

export const TARGETS = {
  classYearMs: 10,
  schoolMs: 100,
  editP95Ms: 4,
  extensionLongTasks: 0,
  loadToIdleRatio: 1.05,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function verdict(value: number, target: number, unit: string): string {
  if (value <= target) return 'met';
  if (target === 0) return `missed: ${value} instead of none`;
  const over = value - target;
  const digits = unit === '' ? 3 : 1;
  return `missed by ${over.toFixed(digits)}${unit} (${(value / target).toFixed(1)}× the target)`;
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
  ];
}

/** One row of the summary: `key` names the measure across runs (for the previous run's column). */
interface Row {
  key: string;
  cells: string[];
}

/** Each measure's result as the summary shows it, by measure: what the next run shows as "previous". */
export function resultsByMeasure(r: BenchResult): Record<string, string> {
  return Object.fromEntries(summaryRows(r).map((row) => [row.key, row.cells[1]!]));
}

function summaryRows(r: BenchResult): Row[] {
  const rows: Row[] = [];
  const push = (key: string, line: string) => rows.push({ key, cells: line.slice(2, -2).split(' | ') });
  const p = r.readableProfile;
  if (r.classYear) {
    const m = r.classYear.extensionMs;
    push(
      'classYear',
      `| 1. Class register, ${r.pages.classYear?.students} students × ${r.pages.classYear?.schoolDays} school days: extension main-thread time, script start → every badge | ${m.median} ms (min ${m.min}, max ${m.max}); wall ${r.classYear.spanMs.median} ms | ≤ ${TARGETS.classYearMs} ms | ${verdict(m.median, TARGETS.classYearMs, ' ms')} | ${m.median > TARGETS.classYearMs ? dominates(p?.classYear) : ''} |`,
    );
  }
  if (r.school) {
    const m = r.school.extensionMs;
    push(
      'school',
      `| 2. School-wide overview, ${r.pages.school?.students} students: the same | ${m.median} ms (min ${m.min}, max ${m.max}); wall ${r.school.spanMs.median} ms | ≤ ${TARGETS.schoolMs} ms | ${verdict(m.median, TARGETS.schoolMs, ' ms')} | ${m.median > TARGETS.schoolMs ? dominates(p?.school) : ''} |`,
    );
  }
  if (r.editing) {
    const e = r.editing;
    push(
      'editing',
      `| 3. Entering absence: ${e.edits} edits, change → updated badge (badge touched in ${e.badgeUpdated}/${e.edits}) | p50 ${e.p50} ms, p95 ${e.p95} ms, max ${e.max} ms | p95 ≤ ${TARGETS.editP95Ms} ms | ${verdict(e.p95, TARGETS.editP95Ms, ' ms')} | ${e.p95 > TARGETS.editP95Ms ? dominates(p?.editing) : ''} |`,
    );
  }
  if (r.pageCost) {
    for (const [label, cost] of [
      ['class register', r.pageCost.classYear],
      ['school overview', r.pageCost.school],
    ] as const) {
      const w = cost.withExtension;
      const example = w.extensionLongTasks.flat().sort((x, y) => y.ms - x.ms)[0];
      const longDominates =
        w.extensionLongTasksPerRun.median > 0 && example
          ? `the first render: reading and evaluating every student runs in one task (longest ${example.ms} ms, ${example.extensionMs} ms of it the content script's code; the rest GC, the browser's work on the DOM it changed, and time the busy machine gave to other processes); see 1–2`
          : '';
      push(
        `longTasks:${label}`,
        `| 4. Long tasks caused by the extension, ${label} (per load, median of ${cost.runs}) | ${w.extensionLongTasksPerRun.median} (all long tasks: ${w.longTasksPerRun.median} with, ${cost.without.longTasksPerRun.median} without) | 0 | ${verdict(w.extensionLongTasksPerRun.median, 0, '')} | ${longDominates} |`,
      );
      push(
        `loadToIdle:${label}`,
        `| 4. Load-to-idle ratio, ${label} (with ÷ without, median of ${cost.runs} paired runs) | ${cost.loadToIdleRatio.median} (${w.loadToIdleMs.median} ms vs. ${cost.without.loadToIdleMs.median} ms) | ≤ ${TARGETS.loadToIdleRatio} | ${verdict(cost.loadToIdleRatio.median, TARGETS.loadToIdleRatio, '')} | ${cost.loadToIdleRatio.median > TARGETS.loadToIdleRatio ? `main-thread busy ${w.busyMs.median} ms vs. ${cost.without.busyMs.median} ms: the first render (1–2) runs after load and holds off idle` : ''} |`,
      );
    }
  }
  if (r.bundle) {
    for (const [label, size] of [
      ['chrome-mv3', r.bundle.chrome],
      ['firefox-mv3', r.bundle.firefox],
    ] as const) {
      push(`bundle:${label}`, `| 5. Content script size, ${label} | ${kb(size.rawBytes)} raw, ${kb(size.gzipBytes)} gzip | budget in docs/bench/README.md | — | |`);
    }
  }
  return rows;
}

export function benchMarkdown(r: BenchResult): string {
  const p = r.readableProfile;
  const previous = r.previous;
  const rows = summaryRows(r).map((row) => {
    const [measure, result, ...rest] = row.cells;
    return `| ${[measure, result, previous?.results[row.key] ?? '—', ...rest].join(' | ')} |`;
  });
  const m = r.machine;
  return [
    '# Bench: latest run',
    '',
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` in ${m.chromium} (headless), ${m.cpus} × ${m.cpuModel}.`,
    `Load average before ${m.loadAverageBefore.join(' / ')}, after ${m.loadAverageAfter.join(' / ')}: other work shared this ${m.cpus}-core machine, so`,
    'absolute times are noisy; medians over repeated runs, and the side-by-side measure pairs each run with its baseline.',
    'How each number is measured: docs/bench/README.md. Raw numbers: latest.json.',
    '',
    previous ? `The previous run (${previous.date.slice(0, 16).replace('T', ' ')} UTC) is beside each result, as that run's latest.md showed it.` : 'No earlier run was on record.',
    '',
    '| Measure | Result | Previous run | Target | Verdict | What dominates (where missed) |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(p ? ['## Where the time goes', '', ...profileSection('1. Class register', p.classYear), ...profileSection('2. School-wide overview', p.school), ...profileSection('3. Entering absence, all edits', p.editing)] : []),
  ].join('\n');
}
