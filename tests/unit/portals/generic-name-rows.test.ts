// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A table with no name column whose students are each named on a row across the table, their
 * figures on the row under it (lib/portals/generic/name-rows.ts). Pages are invented; the expected
 * values are read off the markup by hand.
 */
const HEADER = '<thead><tr><th>Dager hittil</th><th>Timer hittil</th><th>Dager siste 14 dager</th><th>Timer siste 14 dager</th></tr></thead>';

function student(name: string, figures: number[]): string {
  return `<tbody><tr><th colspan="4">${name}</th></tr><tr>${figures.map((n) => `<td>${n}</td>`).join('')}</tr></tbody>`;
}

describe('one <tbody> per student, the name on a row of its own above the figures', () => {
  it("reads each figures row under the table's header as the student's named on the row above, the badge by the name", () => {
    // Worked by hand from the markup: Siv Aune 1 day 2 lessons, last 14 days 0 and 1;
    // Are Bø 8 days 3 lessons, last 14 days 2 and 4.
    const doc = parsePage(`<h1>Fraværsliste 8C</h1><table>${HEADER}${student('Siv Aune', [1, 2, 0, 1])}${student('Are Bø', [8, 3, 2, 4])}</table>`);
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(
      result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches?.[0]?.days, row.totals?.stretches?.[0]?.lessons]),
    ).toEqual([
      ['Siv Aune', 1, 2, 0, 1],
      ['Are Bø', 8, 3, 2, 4],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor)).toEqual(Array.from(doc.querySelectorAll('tbody th')));
  });

  it('reads the same rows in one <tbody>, a name with its class in brackets', () => {
    // Worked by hand: Siv Aune (8C) 1 day 2 lessons; Are Bø (8C) 4 days 0 lessons.
    const read = readAsOverlay(
      genericAdapter,
      parsePage(`<table><thead><tr><th>Dager</th><th>Timer</th></tr></thead><tbody>
        <tr><td colspan="2">Siv Aune (8C)</td></tr><tr><td>1</td><td>2</td></tr>
        <tr><td colspan="2">Are Bø (8C)</td></tr><tr><td>4</td><td>0</td></tr></tbody></table>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(read)) throw new Error(JSON.stringify(read.missing));
    expect(read.reading.rows.map((row) => [row.student.name, row.student.className, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Siv Aune', '8C', 1, 2],
      ['Are Bø', '8C', 4, 0],
    ]);
  });

  it('leaves the table unread when a name has two rows of figures under it, none, or none in its section, or only one student is named', () => {
    // Two rows under one name could be subjects, terms or units: which is the student's is unsaid.
    const twoRows = `<table>${HEADER}<tbody><tr><th colspan="4">Siv Aune</th></tr><tr><td>1</td><td>2</td><td>0</td><td>1</td></tr>
      <tr><td>3</td><td>0</td><td>1</td><td>0</td></tr></tbody>${student('Are Bø', [8, 3, 2, 4])}</table>`;
    const oneStudent = `<table>${HEADER}${student('Siv Aune', [1, 2, 0, 1])}</table>`;
    // A name with no figures under it: whose the next row is cannot be told.
    const noFigures = `<table>${HEADER}<tbody><tr><th colspan="4">Siv Aune</th></tr></tbody>${student('Are Bø', [8, 3, 2, 4])}${student('Ola Dahl', [0, 0, 0, 0])}</table>`;
    // Each name and each row of figures in a section of its own: nothing ties a name to the figures.
    const apart = `<table>${HEADER}<tbody><tr><th colspan="4">Siv Aune</th></tr></tbody><tbody><tr><td>1</td><td>2</td><td>0</td><td>1</td></tr></tbody>
      <tbody><tr><th colspan="4">Are Bø</th></tr></tbody><tbody><tr><td>8</td><td>3</td><td>2</td><td>4</td></tr></tbody></table>`;
    for (const html of [twoRows, oneStudent, noFigures, apart]) {
      expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
    }
  });

  it("reads the students under a class's label row, and leaves rows of figures under labels that name no student unread", () => {
    // Worked by hand: Siv Aune 1 day 2 lessons, Are Bø 8 days 3 lessons, both under "8C".
    const labelled = readAsOverlay(
      genericAdapter,
      parsePage(`<table>${HEADER}<tbody><tr><th colspan="4">8C</th></tr></tbody>${student('Siv Aune', [1, 2, 0, 1])}${student('Are Bø', [8, 3, 2, 4])}</table>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(labelled)) throw new Error(JSON.stringify(labelled.missing));
    expect(labelled.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Siv Aune', 1, 2],
      ['Are Bø', 8, 3],
    ]);

    const html = `<table>${HEADER}<tbody><tr><th colspan="4">Gruppe 1</th></tr><tr><td>1</td><td>2</td><td>0</td><td>1</td></tr></tbody>
      <tbody><tr><th colspan="4">Gruppe 2</th></tr><tr><td>8</td><td>3</td><td>2</td><td>4</td></tr></tbody></table>`;
    expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
  });
});
