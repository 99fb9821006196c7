// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A day's register by lesson whose cells are icons (✓ / ✗ / ⏱), their meaning only in each icon's
 * aria-label and title. Pages are invented; the expected events are read off the markup by hand.
 */
const register = (body: string) => `<h1>Registrering mandag 23.11.2026 – 3B</h1>
  <table><thead><tr><th>Elev</th><th>1. time</th><th>2. time</th><th>3. time</th></tr></thead><tbody>${body}</tbody></table>`;
const icon = (mark: string, label: string, attributes = `title="${label}" aria-label="${label}"`) => `<td><span class="ik" ${attributes}>${mark}</span></td>`;
const present = icon('✓', 'Til stede');

describe('a register of icons whose meaning is in their labels', () => {
  it('reads ✗ labelled "Fravær" as absence from that lesson and ⏱ labelled "For sent" as a late arrival', () => {
    const read = rows(
      register(
        `<tr><td>Sebastian Krogh</td>${icon('✗', 'Fravær')}${icon('✗', 'Fravær')}${present}</tr>` +
          `<tr><td>Theo Bakke</td>${icon('⏱', 'For sent')}${present}${present}</tr>` +
          `<tr><td>Aurora Dahle</td>${present}${present}${present}</tr>`,
      ),
    );
    expect(read.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.lessons])])).toEqual([
      ['Sebastian Krogh', [['2026-11-23', 'lesson', [1]], ['2026-11-23', 'lesson', [2]]]],
      ['Theo Bakke', [['2026-11-23', 'late', [1]]]],
      ['Aurora Dahle', []],
    ]);
  });

  it('reads the title where the icon has no aria-label', () => {
    const [row] = rows(register(`<tr><td>Ingeborg Furu</td>${present}${icon('✗', 'Fravær', 'title="Fravær"')}${present}</tr>`));
    expect(row?.events.map((event) => [event.kind, event.lessons])).toEqual([['lesson', [2]]]);
  });

  it('leaves a student unread whose icon is labelled with nothing the reader knows', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(register(`<tr><td>Ingeborg Furu</td>${icon('★', 'Merknad')}${present}${present}</tr><tr><td>Aurora Dahle</td>${present}${present}${present}</tr>`)),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => row.student.name)).toEqual(['Aurora Dahle']);
  });
});

describe("a key that names a mark as lessons missed, and the mark's label that says how many", () => {
  // A two-day register, invented. The key says ◐ is lessons missed and that the count shows on
  // hover; each ◐ says how many in its label. Read by hand: Kevin 4 lessons on 19.11 and 2 on
  // 20.11; Anna ◐ with no count in its label.
  const page = (rowsHtml: string) => `<h1>Fraværsregister 8C</h1>
    <p>Forklaring: ● fravær hele dagen · ◐ fravær enkelttimer (antall vises når du holder over)</p>
    <table><thead><tr><th>Elev</th><th>To<br>19.11</th><th>Fr<br>20.11</th></tr></thead><tbody>${rowsHtml}</tbody></table>`;

  it('reads the count of lessons from the label of each ◐', () => {
    const read = rows(
      page(
        `<tr><td>Kevin Aamodt</td>${icon('◐', 'Fravær 4 enkelttimer')}${icon('◐', 'Fravær 2 enkelttimer')}</tr>` +
          `<tr><td>Olivia Tangen</td><td></td><td></td></tr>`,
      ),
    );
    expect(read.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes])])).toEqual([
      ['Kevin Aamodt', [['2026-11-19', 'lesson', 4 * 45], ['2026-11-20', 'lesson', 2 * 45]]],
      ['Olivia Tangen', []],
    ]);
  });

  it('reads a ◐ whose label gives no count as the key gives it, with no count of its own', () => {
    const [row] = rows(page(`<tr><td>Anna Lervik</td>${icon('◐', 'Fravær enkelttimer')}<td></td></tr><tr><td>Olivia Tangen</td><td></td><td></td></tr>`));
    expect(row?.events.map((event) => [event.kind, event.minutes])).toEqual([['lesson', undefined]]);
  });
});

describe('a day register of icons whose tooltips say what kind of absence each is, with no key', () => {
  const days = (body: string) => `<h1>7A – fravær siste uke</h1>
    <table><thead><tr><th>Elev</th><th>Ma 16.11</th><th>Ti 17.11</th><th>On 18.11</th></tr></thead><tbody>${body}</tbody></table>`;
  const tip = (mark: string, title: string) => `<td><span title="${title}">${mark}</span></td>`;

  it('reads "Fravær hele dagen: …" as a day, "Fravær 2 timer (…)" as two lessons and "Forsentkomming 10 min" as a late arrival', () => {
    const read = rows(
      days(
        `<tr><td>Rasmus Kvam</td>${tip('●', 'Fravær hele dagen: syk')}${tip('◐', 'Fravær 2 timer (3.–4. time)')}${tip('⏱', 'Forsentkomming 10 min')}</tr>` +
          `<tr><td>Aron Fjell</td>${tip('●', 'Fravær hele dagen: ikke meldt')}<td></td><td></td></tr>`,
      ),
    );
    // By hand: Rasmus a whole day on 16.11, two lessons on 17.11 (2 × 45 minutes), late on 18.11;
    // Aron a whole day on 16.11 that the tooltip says was not notified.
    expect(read.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes, event.notified])])).toEqual([
      ['Rasmus Kvam', [['2026-11-16', 'day', undefined, null], ['2026-11-17', 'lesson', 90, null], ['2026-11-18', 'late', undefined, null]]],
      ['Aron Fjell', [['2026-11-16', 'day', undefined, false]]],
    ]);
  });

  it('leaves an icon unread whose tooltip names no kind of absence ("Fravær: syk")', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(days(`<tr><td>Rasmus Kvam</td>${tip('●', 'Fravær: syk')}<td></td><td></td></tr><tr><td>Aron Fjell</td><td></td><td></td><td></td></tr>`)),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    // "Fravær: syk" says absence, not whether a day or some lessons: the mark is not counted short.
    expect(result.reading.rows.map((row) => row.student.name)).toEqual(['Aron Fjell']);
  });
});
