// @vitest-environment happy-dom
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termRecords, type TermRecord } from '../../../lib/forecast/backtest/backtest';
import { BACKTEST_PROFILES, chosenLine, REPORT_SEEDS, reportTable, type RecordSet, TUNING_SEEDS, tune } from '../../../lib/forecast/backtest/report';
import { syntheticClass } from '../../../lib/forecast/backtest/synthetic-class';
import { FORECAST_METHOD } from '../../../lib/forecast/method';
import { norwegianSchoolYear, type StudentHistory } from '../../../lib/model';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from '../portals/read-as-overlay';
import { DEMO_AS_OF, demoClassPage } from '../../../scripts/demo-class';

/**
 * The back-test docs/FORECAST.md reports, run with fixed seeds. With FORECAST_REPORT_WRITE=1
 * (`npm run forecast:report`) it also tunes the method and writes the tables into the docs;
 * otherwise it checks that the docs show exactly what this run produced.
 */
const DOCS = join(__dirname, '../../../docs/FORECAST.md');
const WRITE = process.env.FORECAST_REPORT_WRITE === '1';

/** The demo class (scripts/demo-class.ts) as the overlay reads it: the generic reader on its page. */
function demoHistories(): StudentHistory[] {
  const doc = new DOMParser().parseFromString(demoClassPage(), 'text/html');
  const reading = readAsOverlay(genericAdapter, doc as unknown as Document, new URL('http://127.0.0.1/demo-9b.html'), { asOf: DEMO_AS_OF });
  if (!reading.ok) throw new Error(`the demo page could not be read: ${reading.missing.join('; ')}`);
  const calendar = norwegianSchoolYear(2026);
  const { rows, shownPeriod } = reading.reading;
  return rows.map((row) => ({ student: row.student, events: row.events, coverage: row.coverage, calendar, shownPeriod }));
}

function recordSet(name: string, histories: StudentHistory[], recordEnds?: string): RecordSet {
  const records = new Map<string, TermRecord[]>();
  for (const profile of BACKTEST_PROFILES) records.set(profile.id, termRecords(histories, profile, recordEnds));
  return { name, records };
}

function generatedSet(name: string, seeds: readonly number[]): RecordSet {
  return recordSet(name, seeds.flatMap((seed) => syntheticClass(seed).histories));
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
function section(docs: string, name: string): string {
  const start = docs.indexOf(`<!-- ${name}:start -->`);
  const end = docs.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < 0) throw new Error(`docs/FORECAST.md has no section «${name}»`);
  return docs.slice(start + `<!-- ${name}:start -->`.length, end).trim();
}

function withSection(docs: string, name: string, body: string): string {
  const start = docs.indexOf(`<!-- ${name}:start -->`) + `<!-- ${name}:start -->`.length;
  const end = docs.indexOf(`<!-- ${name}:end -->`);
  return `${docs.slice(0, start)}\n${body}\n${docs.slice(end)}`;
}

describe('forecast back-test (fixed seeds)', () => {
  it('docs/FORECAST.md shows what this run produced', () => {
    const demo = demoHistories();
    expect(demo.length).toBe(28);
    const report = reportTable([
      generatedSet(`generated (seeds ${REPORT_SEEDS.join(', ')})`, REPORT_SEEDS),
      recordSet('demo class 9B', demo, DEMO_AS_OF),
    ]);
    let docs = readFileSync(DOCS, 'utf8');
    if (WRITE) {
      const tuning = tune(generatedSet(`tuning`, TUNING_SEEDS));
      docs = withSection(docs, 'tuning', `${tuning.table}\n\n${chosenLine(tuning.best)}`);
      docs = withSection(docs, 'report', report);
      writeFileSync(DOCS, docs);
    }
    expect(section(docs, 'report')).toBe(report);
    // The method in use is the one the tuning chose.
    expect(section(docs, 'tuning')).toContain(chosenLine(FORECAST_METHOD));
  }, 600_000);
});
