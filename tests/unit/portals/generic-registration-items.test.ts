// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows as rows } from './generic-fixtures';

/**
 * A student's registrations as a list, an item per date, each item's parts set out as a row's
 * cells. Pages are invented; the expected values are read off the markup by hand.
 */
const page = (items: string) => `<nav>Elever › 10A › Jonas Eide › Fravær</nav><h1>Jonas Eide (10A)</h1>
  <p>Fravær i skoleåret 2026/2027</p><ul>${items}</ul>`;

describe("a registration's parts in elements that touch", () => {
  it('reads the date and the words after it apart: 02.11 a whole day, 04.11 two lessons', () => {
    const [row] = rows(
      page(`<li><span>02.11.2026</span><span>Fravær hele dagen</span><span>Syk</span><span>1 dag</span></li>
        <li><span>04.11.2026</span><span>Fravær enkelttimer</span><span>Tannlege</span><span>2 timer</span></li>`),
    );
    expect(row?.student.name).toBe('Jonas Eide');
    expect(row?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
      ['2026-11-02', 'day', null],
      ['2026-11-04', 'lesson', 2 * 45],
    ]);
  });
});

describe('a first item of column labels above the registrations', () => {
  it('reads the items under "Dato Type Omfang" as the registrations, the labels as none', () => {
    const [row] = rows(
      page(`<li class="head"><span>Dato</span> <span>Type</span> <span>Omfang</span></li>
        <li><span>02.11.2026</span> <span>Fravær hele dagen</span> <span>1 dag</span></li>
        <li><span>04.11.2026</span> <span>Forsentkomming</span> <span>–</span></li>`),
    );
    expect(row?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-02', 'day'],
      ['2026-11-04', 'late'],
    ]);
  });
});
