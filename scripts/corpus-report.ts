/**
 * Writes the unseen corpus's report from the runs' own results: docs/corpus/README.md in full,
 * and the summary table between the corpus markers in README.md. No figure is typed by hand.
 *
 *   NAERVAER_CORPUS_RECORD=1 NAERVAER_CORPUS_LABEL=after npx vitest run --project e2e tests/e2e/corpus.test.ts
 *   node scripts/corpus-report.ts
 *
 * Results live in docs/corpus/results/<label>/<batch>-<browser>.json (tests/e2e/corpus.test.ts
 * writes them). "before" is the reader at an earlier commit, measured with the same runner
 * against that commit's test build (NAERVAER_TEST_OUTPUT); the commit is in each result.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface StudentResult {
  name: string;
  expected: string;
  shown: string[];
  right: boolean;
}
interface StateResult {
  state: string;
  students: StudentResult[];
  strayBadges: Array<{ level: string; rowText: string }>;
  indicatorRight: boolean | null;
  /** Whether the indicator showed (absent in older runs). */
  indicator?: boolean;
}
interface PageResult {
  page: string;
  shape: string;
  readable: boolean;
  states: StateResult[];
  pageErrors: string[];
}
interface RunResult {
  label: string;
  batch: string;
  browser: string;
  commit: string;
  ranAt: string;
  pages: number;
  students: number;
  studentsRight: number;
  studentsWithBadge: number;
  strayBadges: number;
  pagesWithErrors: number;
  unreadablePages: number;
  unreadableWithIndicator: number;
  /** Readable pages on which no student got a badge, and of them those that showed the indicator (absent in older runs). */
  readableLeftUnread?: number;
  leftUnreadWithIndicator?: number;
  results: PageResult[];
}

const RESULTS = resolve('docs/corpus/results');
const REPORT = resolve('docs/corpus/README.md');
const README = resolve('README.md');
const START = '<!-- corpus-report:start -->';
const END = '<!-- corpus-report:end -->';
/** The order runs are shown in. */
const LABELS = ['before', 'blind', 'after'];
/**
 * When each batch was written relative to the reader's tuning, said beside its figures: a batch
 * the reader was tuned on and a batch nobody tuned it to are not the same kind of measure.
 */
const BATCH_NOTES: Record<string, string> = {
  'batch-1': 'the corpus the reader was measured and improved against.',
  'batch-2': "written after the reader's first round of improvements and kept away from it while it was tuned; the reader's second round of tuning then worked on it.",
  'batch-3':
    "written after the reader's second round of tuning, by someone who had not read the reader; its \"blind\" run measured what the reader does on pages nobody tuned it to. The reader's third round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-4':
    "written during the reader's third round of tuning, by someone who had not read the reader, and kept away from that tuning; its \"blind\" run, on the round's final tree, measured what the reader does on pages nobody tuned it to. The reader's fourth round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-5':
    "written after the reader's fourth round of tuning (on batch-4), by someone who had not read the reader; its \"blind\" run measured what the reader does on pages nobody tuned it to. The reader's fifth round of tuning then worked on it (\"after\"), so that figure no longer does, and it is tuned on from now on.",
  'batch-6':
    "written after batch-5's blind run, by someone who had not read the reader, and kept from the reader until its blind run; that \"blind\" run, on the fifth round of tuning's final tree, measured what the reader does on pages nobody tuned it to. The reader's sixth round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-7':
    "written after batch-6's blind run, by someone who had not read the reader, and kept away from the reader's sixth round of tuning (on batch-6); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. The reader's seventh round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-8':
    "written after batch-7's blind run, by someone who had not read the reader, and kept away from the reader's seventh round of tuning (on batch-7); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. The reader's eighth round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-9':
    "written after batch-8's blind run, by someone who had not read the reader, and kept away from the reader's eighth round of tuning (on batch-8); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. The reader's ninth round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-10':
    "written after batch-9's blind run, by someone who had not read the reader, and kept away from the reader's ninth round of tuning (on batch-9); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. The reader's tenth round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-11':
    "written after batch-10's blind run, by someone who had not read the reader, and kept away from the reader's tenth round of tuning (on batch-10); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. The reader's eleventh round of tuning then worked on it (\"after\"), so that figure no longer does.",
  'batch-12':
    "written after batch-11's blind run, by someone who had not read the reader, and kept away from the reader's eleventh round of tuning (on batch-11); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. One rule was then tuned on one of its pages (10, a key under the table), and the reader's twelfth round of tuning worked on the rest (\"after\"), so that figure no longer does.",
  'batch-13':
    "written after batch-12's blind run, by someone who had not read the reader, and kept away from the reader's twelfth round of tuning (on batch-12); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. The reader was then tuned on some of its pages, and its thirteenth round of tuning worked on the rest (\"after\"), so that figure no longer does.",
  'batch-14':
    "written after batch-13's blind run, by someone who had not read the reader, and kept away from the reader's thirteenth round of tuning (on batch-13); its \"blind\" run, on that round's final tree, measured what the reader does on pages nobody tuned it to. The reader was then tuned on some of its pages (\"after\"), so that figure no longer does.",
  'batch-15':
    "written after batch-14's blind run, by someone who had not read the reader, and kept away from the reader's fourteenth round of tuning (on batch-14); its \"blind\" run, on the tree of that round's start (whose uncommitted changes were to the bench and an E2E test, not to the extension), measured what the reader does on pages nobody tuned it to. The reader was then tuned on some of its pages (\"after\"), so that figure no longer does.",
  'batch-16':
    "written after batch-15's blind run, by someone who had not read the reader, and kept away from the reader's fifteenth round of tuning (on batch-15); its \"blind\" run, on the tree of that round's start, measured what the reader does on pages nobody tuned it to. The reader was then tuned on some of its pages (\"after\"), so that figure no longer does.",
  'batch-17':
    "written after batch-16's blind run, by someone who had not read the reader, and kept away from the reader's sixteenth round of tuning (on batch-16); its \"blind\" run, on the tree of that round's start (whose uncommitted changes were the batch's own pages and the runner's list of batches, not the extension), measured what the reader does on pages nobody tuned it to. Rules were then tuned on its pages 20 (badges on a camp sign-up's days), 04, 15, 16, 03 and 10 (\"after\"), so that figure no longer does.",
  'batch-18':
    "written after batch-17's blind run, by someone who had not read the reader, and kept away from the reader's seventeenth round of tuning (on batch-17); its \"blind\" run, on the tree of that round's start (whose uncommitted changes were the batch's own pages and the runner's list of batches, not the extension), measured what the reader does on pages nobody tuned it to. Rules were then tuned on its pages 16, 17 and 19 (badges on non-students), 15, 04, 06 and 13 (\"after\"), so that figure no longer does.",
  'batch-19':
    "written after the reader's eighteenth round of tuning (on batch-18), by someone who had not read the reader; its \"blind\" run, on that round's final tree (whose uncommitted change was the runner's list of batches, not the extension), measured what the reader does on pages nobody tuned it to. Rules were then tuned on its pages 17, 18 and 19 (badges on non-students), 06, 11, 04 and 14 (\"after\"), so that figure no longer does.",
  'batch-20':
    "written after the reader's eighteenth round of tuning, by someone who had not read the reader, and kept away from its nineteenth round (on batch-19); its \"blind\" run, on that round's final tree (whose uncommitted changes were the batch's own pages and the runner's list of batches, not the extension), measured what the reader does on pages nobody tuned it to. Rules were then tuned on its pages 17, 19 and 20 (badges on non-students), 06, 02, 15, 04, 08 and 14 (\"after\"), so that figure no longer does.",
  'batch-21':
    "written after the reader's nineteenth round of tuning (on batch-20), by someone who had not read the reader, in shapes unlike the batches before it; its \"blind\" run, on that round's final tree (whose only change was the runner's list of batches, not the extension), measured what the reader does on pages nobody tuned it to. Rules were then tuned on its pages 17 and 18 (badges on non-students), 01, 04, 05, 07, 09, 11, 13 and 16 (\"after\"), so that figure no longer does.",
  'batch-22':
    "written after batch-21's blind run, by someone who had not read the reader, in shapes unlike the batches before it, and kept from the reader until its \"blind\" run on the tree of the twentieth round's early hours (its batch-21 tuning not yet merged), which measured what the reader does on pages nobody tuned it to. Rules were then tuned on its pages 20 (badges on non-students), 11, 02, 16, 15, 01 and 08 (\"after\"), so that figure no longer does.",
  'batch-23':
    "written after batch-21's run, beside batch-22, by someone who had not read the reader, but asked for typical pages (what teachers open in a normal week, from public descriptions of the portals) rather than new shapes; its \"blind\" run, on the same tree as batch-22's, measured what the reader does on such pages nobody tuned it to. Nothing was tuned on it.",
  'batch-24':
    "written like batch-23 and independently of it (typical pages, by someone who had not read the reader nor seen batches 22 and 23), and kept from the reader until its \"blind\" run, on the tree of the twentieth round in progress (with one rule tuned on batch-22's page 11, the rest of the round's tuning not yet merged), which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 13, 11 and 14 (\"after\"), so that figure no longer does.",
  'batch-25':
    "written like batches 23 and 24 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages), and kept from the reader until its \"blind\" run, on the tree the twentieth round ended with, which measured what the reader does on such pages nobody tuned it to. One rule was then tuned on its page 07 (\"after\"), so that figure no longer does.",
  'batch-26':
    "written like batches 23, 24 and 25 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages), and kept from the reader until its \"blind\" run, on the tree with the rule tuned on batch-25's page 07, which measured what the reader does on such pages nobody tuned it to. Nothing was tuned on it.",
  'batch-27':
    "written like batches 23 to 26 (typical pages, by someone who had not read the reader nor seen the other batches' pages, though its writer read the other typical batches' one-line descriptions in the corpus README, batch-26's among them), and kept from the reader until its \"blind\" run, on the tree with the rule tuned on batch-25's page 07, which measured what the reader does on such pages nobody tuned it to. Nothing was tuned on it.",
  'batch-28':
    "written like batches 23 to 27 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages, though its writer saw batch-26's one-line description in the corpus README), and kept from the reader until its \"blind\" run, on the same tree as batch-27's, which measured what the reader does on such pages nobody tuned it to. One rule was then tuned on its page 16 (\"after\"), so that figure no longer does.",
  'batch-29':
    "written like batches 23 to 28 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, on the tree with the rule tuned on batch-28's page 16, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 16 (a virtualised grid whose header row stands outside it), 06 and 15 (\"after\"), so that figure no longer does.",
  'batch-30':
    "written beside batch-29 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, the same run as batch-29's, which measured what the reader does on such pages nobody tuned it to. Nothing was tuned on it.",
  'batch-31':
    "written like batches 23 to 30 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, on the tree with the rules tuned on batch-29, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 08 (badges on a group's heading rows and an \"Ingen fravær registrert\" row) and 16 (\"after\"), so that figure no longer does.",
  'batch-32':
    "written beside batch-31 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, the same run as batch-31's, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 13 and 16 (\"after\"), so that figure no longer does.",
  'batch-33':
    "written like batches 23 to 32 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, on the tree with the rules tuned on batches 31 and 32, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 04 and 15 (\"after\"), so that figure no longer does.",
  'batch-34':
    "written beside batch-33 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions, though its writer listed the project's history once to find its own commits), and kept from the reader until its \"blind\" run, the same run as batch-33's, which measured what the reader does on such pages nobody tuned it to. A rule was then tuned on its page 16 (two students shown ok where the page cannot decide) (\"after\"), so that figure no longer does.",
  'batch-35':
    "written like batches 23 to 34 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, on the tree with the rules tuned on batches 33 and 34, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 13 and 16 (\"after\"), so that figure no longer does.",
  'batch-36':
    "written beside batch-35 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, the same run as batch-35's, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 04 (three students shown ok from one subject's figures), 12, 15, 02, 03 and 16 (\"after\"), so that figure no longer does.",
  'batch-37':
    "written after the runs of batches 35 and 36 like batches 23 to 36 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, on the tree with the rules tuned on batches 33, 35 and 36, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 15 and 13 (\"after\"), so that figure no longer does.",
  'batch-38':
    "written beside batch-37 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions, though its writer listed its own last commit once), and kept from the reader until its \"blind\" run, the same run as batch-37's, which measured what the reader does on such pages nobody tuned it to. A rule was then tuned on its page 07 (\"after\"), so that figure no longer does.",
  'batch-39':
    "written after the runs of batches 37 and 38 like batches 23 to 38 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, on the tree with the rules tuned on batches 37 and 38, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its page 16 (\"after\"), so that figure no longer does.",
  'batch-40':
    "written beside batch-39 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, the same run as batch-39's, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its page 16 (\"after\"), so that figure no longer does.",
  'batch-43':
    "written after the runs of batches 41 and 42 like batches 23 to 42 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions, though its writer listed its own last commit once), and kept from the reader until its \"blind\" run, on the tree with the rules tuned on batches 39 and 40 (before those tuned on batches 41 and 42), which measured what the reader does on such pages nobody tuned it to. Nothing was tuned on it.",
  'batch-44':
    "written beside batch-43 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions, though its writer listed its own last commit once; it was given batch-23's pages for the file format, and its pages 08 and 09 share batch-23 08's and 09's script code), and kept from the reader until its \"blind\" run, the same run as batch-43's, which measured what the reader does on such pages nobody tuned it to. Nothing was tuned on it.",
  'batch-41':
    "written after the runs of batches 39 and 40 like batches 23 to 40 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions, though its writer listed its own last commit once), and kept from the reader until its \"blind\" run, on the tree with the rules tuned on batches 39 and 40, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its page 13 (\"after\"), so that figure no longer does.",
  'batch-42':
    "written beside batch-41 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions, though its writer listed its own last commit once; it was given batch-23's pages for the file format, and its page 08 shares batch-23 08's script code), and kept from the reader until its \"blind\" run, the same run as batch-41's, which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its pages 14 and 05 (\"after\"), so that figure no longer does.",
  'batch-45':
    "written after the runs of batches 43 and 44 like batches 23 to 44 and independently of them (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions), and kept from the reader until its \"blind\" run, on the same tree as batches 43 and 44 (the rules tuned on batches 39 and 40), which measured what the reader does on such pages nobody tuned it to. Rules were then tuned on its page 02 (\"after\"), so that figure no longer does.",
  'batch-46':
    "written beside batch-45 and independently of it and of the batches before it (typical pages, by someone who had not read the reader nor seen the other batches' pages or their descriptions, though its writer listed its own last commit once), and kept from the reader until its \"blind\" run, the same run as batch-45's, which measured what the reader does on such pages nobody tuned it to. A rule was then tuned on its page 14 (two students shown ok where the page says concern and unknown) (\"after\"), so that figure no longer does.",
};

function runs(): RunResult[] {
  if (!existsSync(RESULTS)) return [];
  const found: RunResult[] = [];
  for (const label of readdirSync(RESULTS)) {
    const dir = join(RESULTS, label);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      found.push(JSON.parse(readFileSync(join(dir, file), 'utf8')) as RunResult);
    }
  }
  const rank = (label: string) => (LABELS.includes(label) ? LABELS.indexOf(label) : LABELS.length);
  return found.sort((a, b) => a.batch.localeCompare(b.batch, 'en', { numeric: true }) || rank(a.label) - rank(b.label) || a.browser.localeCompare(b.browser));
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
const commitOf = (run: RunResult) => run.commit.replace(/^([0-9a-f]{7})[0-9a-f]*/, '$1');
const day = (run: RunResult) => run.ranAt.slice(0, 10);

function batchNotes(all: RunResult[]): string[] {
  const batches = [...new Set(all.map((run) => run.batch))];
  return batches.filter((batch) => BATCH_NOTES[batch]).map((batch) => `- \`${batch}\`: ${BATCH_NOTES[batch]}`);
}

/** "2 of 3", "none" when every readable page got a badge, "—" for runs from before this was recorded. */
function leftUnread(run: RunResult): string {
  if (run.readableLeftUnread === undefined || run.leftUnreadWithIndicator === undefined) return '—';
  return run.readableLeftUnread === 0 ? 'none' : `${run.leftUnreadWithIndicator} of ${run.readableLeftUnread}`;
}

function summaryTable(all: RunResult[]): string[] {
  return [
    '| batch | reader | browser | students read and levelled right | with a badge at all | badges on non-students | page errors | unreadable pages with the indicator | readable pages left with no badge, with the indicator | run |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...all.map(
      (run) =>
        `| ${run.batch} | ${run.label} (${commitOf(run)}) | ${run.browser} | **${percent(run.studentsRight, run.students)}** (${run.studentsRight} of ${run.students}) | ${run.studentsWithBadge} | ${run.strayBadges} | ${run.pagesWithErrors} of ${run.pages} pages | ${run.unreadableWithIndicator} of ${run.unreadablePages} | ${leftUnread(run)} | ${day(run)} |`,
    ),
  ];
}

function pageTable(run: RunResult): string[] {
  const lines = [
    `### ${run.batch}, ${run.label} (${commitOf(run)}), ${run.browser}`,
    '',
    '| page | shape | right | wrong or missing (expected → shown) |',
    '|---|---|---|---|',
  ];
  for (const page of run.results) {
    const students = page.states.flatMap((state) => state.students);
    const right = students.filter((student) => student.right).length;
    const wrong = page.states.flatMap((state) =>
      state.students
        .filter((student) => !student.right)
        .map((student) => `${student.name} ${student.expected} → ${student.shown.length === 0 ? 'no badge' : [...new Set(student.shown)].join('/')}`),
    );
    const stray = page.states.reduce((n, state) => n + state.strayBadges.length, 0);
    const notes = [
      ...wrong,
      ...(stray > 0 ? [`${stray} badge(s) on rows that are not expected students`] : []),
      ...(page.readable ? [] : [page.states.every((state) => state.indicatorRight) ? 'unreadable: indicator shown, no badge' : 'unreadable: indicator missing or badges shown']),
      ...(page.readable && students.length > 0 && students.every((student) => student.shown.length === 0) && page.states.every((state) => state.indicator !== undefined)
        ? [page.states.every((state) => state.indicator) ? 'no badge: indicator shown' : 'no badge and no indicator']
        : []),
      ...page.pageErrors.map((error) => `error: ${error}`),
    ];
    const cell = notes.join('; ').replace(/\|/g, '\\|');
    lines.push(`| ${page.page} | ${page.shape.replace(/\|/g, '\\|')} | ${students.length === 0 ? '—' : `${right} of ${students.length}`} | ${cell} |`);
  }
  return lines;
}

function main(): void {
  const all = runs();
  if (all.length === 0) throw new Error(`no results in ${RESULTS}: run the corpus with NAERVAER_CORPUS_RECORD=1 first`);
  const summary = summaryTable(all);
  const report = [
    '# The unseen corpus: what the reader gets right',
    '',
    'Written by `node scripts/corpus-report.ts` from the results in `docs/corpus/results/`; do not edit by hand.',
    'The pages and their hand-worked expectations are in `tests/fixtures/unseen/` (its README gives the rules).',
    'A student counts as right when the page shows a badge for them and every badge they get has the expected',
    'level; "before" is the reader at the commit named, measured by the same runner against that commit\'s test build;',
    '"blind" is a batch\'s run before the reader was tuned on it, kept as the honest measure.',
    'Only badges the page renders are counted: one in a row or panel the page hides (a filter, a closed tab) is seen',
    'by no one, and is neither right nor on a non-student; the results count it apart (`hiddenBadges`), in runs since that was counted.',
    '',
    ...batchNotes(all),
    '',
    ...summary,
    '',
    ...all.flatMap((run) => [...pageTable(run), '']),
  ];
  writeFileSync(REPORT, `${report.join('\n')}\n`);

  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const section = [START, ...summary, '', ...batchNotes(all), '', 'Page by page: [docs/corpus/README.md](docs/corpus/README.md).', END].join('\n');
  writeFileSync(README, readme.slice(0, start) + section + readme.slice(end + END.length));
  console.log(`wrote ${REPORT} and the corpus section of README.md from ${all.length} run(s)`);
}

main();
