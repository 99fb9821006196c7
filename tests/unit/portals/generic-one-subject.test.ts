// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A subject teacher's table of one subject: its figures are the student's absence in that subject,
 * a part of their absence, and its share is of the subject's lessons. They are kept as that
 * subject's, and never as the student's days, lessons or share of the school days. Pages invented;
 * the expected values read off the markup by hand.
 */
const subjectTable = (above: string, share = 'Fravær i faget') => `<title>Fravær i fag – Matematikk R1 – 2STA – Fjordvik vgs</title>
  <h1>Matematikk R1 · 2STA</h1>${above}
  <table><thead><tr><th>Elev</th><th>Fraværstimer</th><th>Timer gjennomført</th><th>${share}</th></tr></thead>
  <tbody><tr><td>Amanda Hole</td><td>0</td><td>54</td><td>0,0 %</td></tr>
  <tr><td>Fredrik Aune</td><td>11</td><td>54</td><td>20,4 %</td></tr></tbody></table>`;

describe("a subject teacher's table of one subject", () => {
  it('keeps a header\'s "Fravær i faget" as the subject\'s share, named by the heading, not the student\'s absence', () => {
    // Amanda's 0 lessons in one subject are not a term with no absence; Fredrik's 20.4 % is of 54
    // lessons of mathematics, not of the school days. The heading names the subject beside the class.
    expect(rows(subjectTable('')).map((row) => row.totals)).toEqual([
      { period: 'unknown', subjects: [{ subject: 'Matematikk R1', percent: 0 }] },
      { period: 'unknown', subjects: [{ subject: 'Matematikk R1', percent: 20.4 }] },
    ]);
  });

  it('calls the subject "faget" when no heading or title above the table names it', () => {
    const [row] = rows(`<table><thead><tr><th>Elev</th><th>Fraværstimer</th><th>Fravær i faget</th></tr></thead>
      <tbody><tr><td>Amanda Hole</td><td>3</td><td>5,6 %</td></tr></tbody></table>`);
    expect(row?.totals?.subjects).toEqual([{ subject: 'faget', absentLessons: 3, percent: 5.6 }]);
  });

  it('notes for the whole page that its figures are one subject\'s', () => {
    const result = readAsOverlay(genericAdapter, parsePage(subjectTable('')), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(result) ? [] : result.notes).toEqual([{ code: 'one-subject', subject: 'Matematikk R1' }]);
  });

  it('reads a table so when only the line above it says so ("fravær i dette faget")', () => {
    const read = rows(subjectTable('<p>Tabellen viser fravær i dette faget, ikke elevens samlede fravær.</p>', 'Fravær %'));
    expect(read.map((row) => row.totals?.subjects)).toEqual([
      [{ subject: 'Matematikk R1', percent: 0 }],
      [{ subject: 'Matematikk R1', percent: 20.4 }],
    ]);
    expect(read.map((row) => [row.totals?.lessons, row.totals?.percent, row.totals?.days])).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });

  it('still reads a class table whose "Fravær i faget" stands beside the subject it names, and the lessons of all subjects', () => {
    // "Fag med høyest fravær" names a subject per row: the lessons are the student's, 12 and 34.
    const read = rows(`<h1>Timefravær 2ELA</h1><p>Hittil i skoleåret 18.08.2026–23.11.2026</p>
      <table><thead><tr><th>Elev</th><th>Fraværstimer (enkelttimer)</th><th>Fag med høyest fravær</th><th>Fravær i faget</th></tr></thead>
      <tbody><tr><td>Aksel Nygård</td><td>12</td><td>Norsk</td><td>4,2 %</td></tr>
      <tr><td>Tiril Bakken</td><td>34</td><td>Matematikk 1P-Y</td><td>11,5 %</td></tr></tbody></table>`);
    expect(read.map((row) => [row.totals?.lessons, row.totals?.subjects])).toEqual([
      [12, []],
      [34, []],
    ]);
  });

  it('still reads a table of lessons taught and missed as the student\'s when nothing says it is one subject', () => {
    // "Timar fråvær | Timar undervist | Fråvær %": the share of all the teaching is the absence, 25 %.
    const [row] = rows(`<h1>Fråvær 2STB</h1><table><thead><tr><th>Elev</th><th>Timar fråvær</th><th>Timar undervist</th><th>Fråvær %</th></tr></thead>
      <tbody><tr><td>Kari Moe</td><td>10</td><td>40</td><td>25 %</td></tr></tbody></table>`);
    expect(row?.totals).toMatchObject({ percent: 25, subjects: [] });
  });
});
