/**
 * Runs the reliability suites and rewrites the figures docs/RELIABILITY.md and the README show,
 * so the docs say only what the latest run showed.
 *
 *   npm run docs:reliability             reliability project + message tests
 *   npm run docs:reliability -- --e2e    also the hostile pages in Chromium and Firefox
 *                                        (after `npm run build:test`)
 *
 * Each figure goes between markers in the docs, `<!-- generated:NAME -->` … `<!-- /generated:NAME -->`;
 * everything outside the markers is left as written. A suite that fails is reported as failing:
 * the docs then say so, with the failing tests' names.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface AssertionResult {
  fullName: string;
  status: 'passed' | 'failed' | 'pending' | 'skipped' | 'todo';
}
interface VitestJson {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: Array<{ name: string; assertionResults: AssertionResult[] }>;
}
interface SuiteRun {
  json: VitestJson;
  stdout: string;
  seconds: number;
}

const ROOT = process.cwd();
const RELIABILITY = join(ROOT, 'docs/RELIABILITY.md');
const README = join(ROOT, 'README.md');
const work = mkdtempSync(join(tmpdir(), 'reliability-report-'));

function runVitest(name: string, args: string[]): SuiteRun {
  const out = join(work, `${name}.json`);
  const started = Date.now();
  console.info(`running ${name}: vitest run ${args.join(' ')}`);
  const result = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  let json: VitestJson;
  try {
    json = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  } catch {
    throw new Error(`${name}: vitest wrote no JSON report (exit ${String(result.status)}):\n${result.stderr.slice(-2000)}`);
  }
  return { json, stdout: `${result.stdout}\n${result.stderr}`, seconds };
}

/** The JSON after `prefix` on each line of the run's output that has it. */
function jsonLines<T>(stdout: string, prefix: string): T[] {
  const found: T[] = [];
  for (const line of stdout.split('\n')) {
    const at = line.indexOf(prefix);
    if (at < 0) continue;
    const rest = line.slice(at + prefix.length).trim();
    try {
      found.push(JSON.parse(rest) as T);
    } catch {
      // A line that only mentions the prefix.
    }
  }
  return found;
}

const n = (value: number) => value.toLocaleString('en-US').replace(/,/g, ' ');
const duration = (seconds: number) => (seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`);

function failing(run: SuiteRun): string[] {
  return run.json.testResults.flatMap((file) => file.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName));
}

function outcome(run: SuiteRun): string {
  const { numPassedTests, numFailedTests, numPendingTests, numTotalTests } = run.json;
  const skipped = numPendingTests > 0 ? `, ${n(numPendingTests)} skipped` : '';
  const failed = failing(run);
  const head = `**${n(numPassedTests)} of ${n(numTotalTests)} passed**${numFailedTests > 0 ? `, **${n(numFailedTests)} failed**` : ''}${skipped}`;
  return failed.length === 0 ? head : `${head}. Failing: ${failed.map((f) => `“${f}”`).join('; ')}`;
}

/** Tests marked as expected failures in the test sources (`it.fails`, `test.fails`). */
function expectedFailures(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'fixtures') walk(path);
      } else if (/\.test\.tsx?$/.test(entry)) {
        const lines = readFileSync(path, 'utf8').split('\n');
        lines.forEach((line, index) => {
          if (/\b(it|test)\.fails\s*\(/.test(line)) found.push(`${path.slice(ROOT.length + 1)}:${index + 1}`);
        });
      }
    }
  };
  walk(join(ROOT, 'tests'));
  return found;
}

function replaceBlock(text: string, name: string, body: string, file: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: no block ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${body.trim()}\n${text.slice(to)}`;
}

// ---------------------------------------------------------------- the runs

const withE2E = process.argv.includes('--e2e');
const reliability = runVitest('reliability', ['--project', 'reliability']);
const messages = runVitest('messages', ['--project', 'unit', 'tests/unit/messaging']);
const hostile = withE2E ? runVitest('hostile', ['--project', 'e2e', 'tests/e2e/hostile.test.ts']) : null;

// ---------------------------------------------------------------- the figures

interface Tally {
  pages: number;
  readable: number;
  unreadable: number;
  studentsRead: number;
  slowestMs: number;
}
interface FuzzSummary {
  suite: string;
  seed: number;
  distinctPages: number;
  perAdapter: Record<string, Tally>;
}
const fuzz = jsonLines<FuzzSummary>(reliability.stdout, 'fuzz summary ');
const storage = jsonLines<{ sequences: number; operations: number; faults: Record<string, number> | number; restarts: number }>(
  reliability.stdout,
  'storage fault summary ',
)[0];

const blocks: Record<string, string> = {};

{
  const pages = fuzz.reduce((sum, s) => sum + s.distinctPages, 0);
  const seeds = [...new Set(fuzz.map((s) => s.seed))];
  const readers = new Map<string, Tally>();
  for (const s of fuzz) {
    for (const [id, t] of Object.entries(s.perAdapter)) {
      const sum = readers.get(id) ?? { pages: 0, readable: 0, unreadable: 0, studentsRead: 0, slowestMs: 0 };
      readers.set(id, {
        pages: sum.pages + t.pages,
        readable: sum.readable + t.readable,
        unreadable: sum.unreadable + t.unreadable,
        studentsRead: sum.studentsRead + t.studentsRead,
        slowestMs: Math.max(sum.slowestMs, t.slowestMs),
      });
    }
  }
  const readings = [...readers.values()].reduce((sum, t) => sum + t.pages, 0);
  const rows = [...readers]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => `| ${id} | ${n(t.pages)} | ${n(t.readable)} | ${n(t.unreadable)} | ${n(t.studentsRead)} | ${n(t.slowestMs)} ms |`);
  blocks.fuzz =
    fuzz.length === 0
      ? `The last run printed no fuzz summary: ${outcome(reliability)}.`
      : [
          `Last run: **${n(pages)} distinct pages**, seed ${seeds.join(', ')}, ${n(readings)} readings in all; ` +
            `the reliability project (fuzzing and storage faults together): ${outcome(reliability)}, in ${duration(reliability.seconds)}.`,
          '',
          '| Reader | Readings | Readable | "Could not read" (with reasons) | Students read | Slowest page |',
          '|---|---:|---:|---:|---:|---:|',
          ...rows,
          '',
          'Timings are from a 2-core machine shared with other work; they show only how far the hang guard was from being reached.',
        ].join('\n');
}

{
  if (!storage) {
    blocks.storage = `The last run printed no storage-fault summary: ${outcome(reliability)}.`;
  } else {
    const faults =
      typeof storage.faults === 'number'
        ? `${n(storage.faults)} faults injected`
        : `${n(Object.values(storage.faults).reduce((a, b) => a + b, 0))} faults injected (${Object.entries(storage.faults)
            .map(([kind, count]) => `${kind}: ${n(count)}`)
            .join(', ')})`;
    blocks.storage = `Last run: **${n(storage.sequences)} random sequences**, **${n(storage.operations)} operations**, ${faults}, ${n(storage.restarts)} restarts; the reliability project: ${outcome(reliability)}.`;
  }
}

blocks.messages = `Last run of tests/unit/messaging: ${outcome(messages)}.`;

{
  const marked = expectedFailures();
  blocks['expected-failures'] =
    marked.length === 0
      ? 'No test in the suites is marked as an expected failure (`it.fails`).'
      : `Tests marked as expected failures (\`it.fails\`), each a known defect kept visible: ${marked.map((m) => `\`${m}\``).join(', ')}.`;
}

if (hostile) {
  interface LargeTable {
    badges: number;
    counts: Record<string, number>;
    wrong: string[];
    indicator: boolean;
  }
  const lines = hostile.stdout.split('\n');
  const perBrowser: string[] = [];
  for (const browser of ['chromium', 'firefox']) {
    const table = jsonLines<LargeTable>(lines.filter((l) => l.includes(`large table in ${browser}: {`)).join('\n'), `large table in ${browser}: `)[0];
    const clicks = jsonLines<Array<{ waitedMs: number; badges: number }>>(
      lines.filter((l) => l.includes(`large table in ${browser}: clicks`)).join('\n'),
      `large table in ${browser}: clicks `,
    )[0];
    if (!table && !clicks) continue;
    const parts: string[] = [];
    if (clicks) parts.push(`clicks took ${clicks.map((c) => `${c.waitedMs} ms`).join(', ')} from press to the page's handler (badges on the page then: ${clicks.map((c) => n(c.badges)).join(', ')})`);
    if (table) {
      parts.push(
        `${n(table.badges)} badges (${Object.entries(table.counts)
          .map(([level, count]) => `${level} ${n(count)}`)
          .join(', ')}), ${table.wrong.length === 0 ? 'none at a wrong level' : `wrong: ${table.wrong.join(', ')}`}, "could not read" ${table.indicator ? 'shown' : 'not shown'}`,
      );
    }
    perBrowser.push(`- ${browser}, 20 000 rows: ${parts.join('; ')}.`);
  }
  blocks.hostile = [`Last run of tests/e2e/hostile.test.ts: ${outcome(hostile)}, in ${duration(hostile.seconds)}.`, '', ...perBrowser].join('\n');
}

{
  const fuzzPages = fuzz.reduce((sum, s) => sum + s.distinctPages, 0);
  const parts = [
    `**${n(fuzzPages)} fuzzed pages** over every adapter and the generic reader (reliability project: ${outcome(reliability)})`,
    storage ? `**${n(storage.operations)} storage operations with injected faults** over ${n(storage.sequences)} random sequences` : null,
    `forged, oversized and malformed messages (tests/unit/messaging: ${outcome(messages)})`,
    hostile ? `hostile pages in real Chromium and Firefox (${outcome(hostile)})` : null,
  ].filter(Boolean);
  blocks['readme-reliability'] = `[docs/RELIABILITY.md](docs/RELIABILITY.md) reports the reliability suite (\`npm run test:reliability\`, part of \`npm test\`), written by \`npm run docs:reliability\` from its latest run: ${parts.join('; ')}.`;
}

// ---------------------------------------------------------------- the docs

let doc = readFileSync(RELIABILITY, 'utf8');
for (const [name, body] of Object.entries(blocks)) {
  if (name === 'readme-reliability') continue;
  doc = replaceBlock(doc, name, body, 'docs/RELIABILITY.md');
}
writeFileSync(RELIABILITY, doc);
writeFileSync(README, replaceBlock(readFileSync(README, 'utf8'), 'readme-reliability', blocks['readme-reliability'] ?? '', 'README.md'));
console.info(`docs/RELIABILITY.md and README.md rewritten from the run (${Object.keys(blocks).join(', ')})`);
