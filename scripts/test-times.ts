/**
 * Times `npm test`: runs the steps of package.json's "test" script one after another, as `npm test`
 * does (the script is split at its `&&`, so the figures are of the command itself, not of a copy),
 * and writes how long each took, with each end-to-end test file's own time from vitest's JSON
 * reporter, between the markers in README.md. Stops at the first step that fails, as `npm test`
 * does, and then writes nothing.
 *
 *   npm run test:times
 *
 * The machine is named by its core count and load average: on a shared machine the same tree takes
 * longer when others are busy, so a figure is only comparable with one taken in the same minutes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';

const README = 'README.md';
const START = '<!-- test-times:start -->';
const END = '<!-- test-times:end -->';

interface VitestJson {
  testResults: { name: string; startTime: number; endTime: number; assertionResults: { status: string }[] }[];
}

const testScript: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.test;
const steps = testScript.split('&&').map((step) => step.trim());
const reports = mkdtempSync(join(tmpdir(), 'nr-test-times-'));
const load = () => loadavg().map((n) => n.toFixed(1)).join(', ');

/** A step's slowest files are listed; the unit project's hundred-odd quick ones are counted. */
const FILES_LISTED = 15;

const loadBefore = load();
// Whether the tree tested had changes not committed, asked before the steps: a step may itself write
// files (a recorded corpus run), which says nothing about the tree that was tested.
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
const timed: { step: string; seconds: number; atOnce?: number; files?: { file: string; seconds: number; tests: number }[] }[] = [];

/** The most files that were running at one moment, from their start and end times. */
function mostAtOnce(files: VitestJson['testResults']): number {
  const edges = files.flatMap((file) => [
    { at: file.startTime, change: 1 },
    { at: file.endTime, change: -1 },
  ]);
  // An end before a start at the same moment: a file that starts as another ends is not beside it.
  edges.sort((a, b) => a.at - b.at || a.change - b.change);
  let running = 0;
  let most = 0;
  for (const edge of edges) {
    running += edge.change;
    most = Math.max(most, running);
  }
  return most;
}
const BIN = resolve('node_modules/.bin');
for (const [index, step] of steps.entries()) {
  // A vitest step also writes its JSON report, for each file's time; the default reporter stays.
  const report = join(reports, `step-${index}.json`);
  const command = step.startsWith('vitest ') ? `${step} --reporter=default --reporter=json --outputFile.json=${report}` : step;
  console.log(`\n=== ${step}`);
  const started = performance.now();
  // node_modules/.bin first on the PATH, as npm run puts it for npm test's own steps: its `node`
  // is the project's Node, which `npm exec` would replace with the one npm itself runs on.
  const run = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}` } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(`\n${step} failed after ${seconds.toFixed(0)} s; README.md not written`);
    process.exit(run.status ?? 1);
  }
  const entry: (typeof timed)[number] = { step, seconds };
  if (step.startsWith('vitest ')) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    entry.atOnce = mostAtOnce(json.testResults);
    entry.files = json.testResults
      .map((file) => ({ file: relative(process.cwd(), file.name), seconds: (file.endTime - file.startTime) / 1000, tests: file.assertionResults.length }))
      .sort((a, b) => b.seconds - a.seconds);
  }
  timed.push(entry);
}

const total = timed.reduce((sum, entry) => sum + entry.seconds, 0);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const minutes = (seconds: number) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
const lines = [
  START,
  `\`npm test\` on ${commit}${dirty ? '+uncommitted' : ''}, ${new Date().toISOString().slice(0, 10)}, on ${availableParallelism()} cores ` +
    `(load average ${loadBefore} at the start, ${load()} at the end), written by \`npm run test:times\`: **${minutes(total)}** in all.`,
  '',
  '| step | time |',
  '|---|---|',
  ...timed.map((entry) => `| \`${entry.step}\` | ${minutes(entry.seconds)} |`),
  '',
  ...timed
    .filter((entry) => entry.files)
    .flatMap((entry) => [
      `Each file of \`${entry.step}\` (${entry.atOnce === 1 ? 'the files run one after another' : `up to ${entry.atOnce} files at a time`}):`,
      '',
      '| file | tests | time |',
      '|---|---|---|',
      ...entry.files!.slice(0, FILES_LISTED).map((file) => `| ${file.file} | ${file.tests} | ${minutes(file.seconds)} |`),
      ...(entry.files!.length > FILES_LISTED
        ? ['', `and ${entry.files!.length - FILES_LISTED} more files, each ${minutes(entry.files![FILES_LISTED]!.seconds)} or less.`]
        : []),
      '',
    ]),
  END,
];
const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`${README} has no ${START} … ${END} block to write the figures in`);
writeFileSync(README, `${readme.slice(0, from)}${lines.join('\n')}${readme.slice(to + END.length)}`);
console.log(`\nnpm test took ${minutes(total)}; README.md written`);
