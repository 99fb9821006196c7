// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { paintedText } from '../../../lib/portals/generic/painted-cells';
import { history } from '../guidelines/history-builder';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * Figure cells that are empty in the markup, the figure painted by CSS generated content from a
 * data attribute (`td.tall::before { content: attr(data-verdi) }`). happy-dom computes no generated
 * content, so the style is stubbed with what each browser reports (checked in Chromium and Firefox
 * ESR): Chromium resolves `attr()` to the quoted value, Firefox gives `attr(data-verdi)` back.
 * Pages invented; levels worked out by hand as of Monday 23.11.2026 (65 school days so far, the
 * last 14 days 10): a term total T ≤ 2.5 days is ok, 2.5 < T ≤ 9.75 unknown, T > 9.75 concern.
 */
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

type Browser = 'chromium' | 'firefox';

/** What a browser's getComputedStyle says of a pseudo-element: `paint` gives each cell's ::before content. */
function stubGeneratedContent(paint: (cell: Element) => string | undefined): void {
  const own = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element: Element, pseudo?: string | null) => {
    if (!pseudo) return own(element);
    const content = pseudo === '::before' ? (paint(element) ?? 'none') : 'none';
    return { content, display: 'inline' } as CSSStyleDeclaration;
  });
}

/** The content of `td.tall::before { content: attr(data-verdi) }` as the browser reports it. */
function attrAsReported(browser: Browser) {
  return (cell: Element) => {
    if (!cell.classList.contains('tall')) return undefined;
    return browser === 'chromium' ? `"${cell.getAttribute('data-verdi') ?? ''}"` : 'attr(data-verdi)';
  };
}

const PAGE = `<h1>Fraværsoversikt 6A</h1><p>Hittil i skoleåret · per 23.11.2026</p>
  <table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead><tbody>
  <tr><td>Kari Berg</td><td class="tall" data-verdi="1"></td><td class="tall" data-verdi="1"></td></tr>
  <tr><td>Ola Strand</td><td class="tall" data-verdi="5"></td><td class="tall" data-verdi="2"></td></tr>
  <tr><td>Per Holm</td><td class="tall" data-verdi="10"></td><td class="tall" data-verdi="0"></td></tr>
  <tr><td>Nina Lie</td><td class="tall" data-verdi="0"></td><td class="tall" data-verdi="0"></td></tr>
  </tbody></table>`;

function rows(html: string): ReadingRow[] {
  document.body.innerHTML = html;
  const result = readAsOverlay(genericAdapter, document, URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading.rows;
}

function levels(read: ReadingRow[]): string[] {
  return read.map((row) => `${row.student.name}: ${evaluate(history().totals(row.totals ?? {}).build(), kearneyForskning, ASOF).level}`);
}

describe('figures painted into empty cells by CSS', () => {
  for (const browser of ['chromium', 'firefox'] as const) {
    it(`reads the painted figures as ${browser} reports them`, () => {
      stubGeneratedContent(attrAsReported(browser));
      const read = rows(PAGE);
      expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
        [1, 1],
        [5, 2],
        [10, 0],
        [0, 0],
      ]);
      // 1 d + 1 t = 1.17 → ok; 5 d + 2 t = 5.33 → unknown; 10 d > 9.75 → concern; nothing → ok.
      expect(levels(read)).toEqual(['Kari Berg: ok', 'Ola Strand: unknown', 'Per Holm: concern', 'Nina Lie: ok']);
    });
  }

  it('never takes a painted cell it cannot resolve for nought: the student is unknown, not ok', () => {
    // A counter the reader cannot evaluate: the teacher sees a figure, the reader cannot tell which.
    stubGeneratedContent((cell) => (cell.classList.contains('tall') ? 'counter(fravaer)' : undefined));
    const read = rows(PAGE);
    expect(read.map((row) => row.totals?.days)).toEqual([undefined, undefined, undefined, undefined]);
    expect(levels(read)).toEqual(['Kari Berg: unknown', 'Ola Strand: unknown', 'Per Holm: unknown', 'Nina Lie: unknown']);
  });

  it('still reads an empty cell with nothing painted into it as nought', () => {
    stubGeneratedContent(() => undefined);
    const read = rows(`<table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead><tbody>
      <tr><td>Kari Berg</td><td class="tall"></td><td>3</td></tr></tbody></table>`);
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([[0, 3]]);
  });
});

describe('paintedText', () => {
  function cellPainted(before: string, after = 'none', display = 'inline'): Element {
    document.body.innerHTML = '<table><tr><td class="tall" data-verdi="7" data-enhet="d"></td><td></td></tr></table>';
    vi.spyOn(window, 'getComputedStyle').mockImplementation(
      (_element: Element, pseudo?: string | null) => ({ content: pseudo === '::after' ? after : before, display }) as CSSStyleDeclaration,
    );
    return document.querySelector('td') as Element;
  }

  it.each([
    ['Chromium: the resolved string', '"7"', 'none', '7'],
    ['Firefox: the attribute named', 'attr(data-verdi)', 'none', '7'],
    ['strings and attributes in turn, before and after', 'attr(data-verdi) " "', 'attr(data-enhet)', '7 d'],
    ['an escaped digit', '"\\31 2"', 'none', '12'],
    ['the painted part, not the alternative text after "/"', '"7" / "sju dager"', 'none', '7'],
    ['a counter it cannot resolve, as written', 'counter(rad)', 'none', 'counter(rad)'],
  ])('%s', (_, before, after, expected) => {
    expect(paintedText(cellPainted(before, after))).toBe(expected);
  });

  it('finds nothing painted in "none", "normal", an empty string or a hidden pseudo-element', () => {
    expect(paintedText(cellPainted('none'))).toBeUndefined();
    expect(paintedText(cellPainted('normal', 'normal'))).toBeUndefined();
    expect(paintedText(cellPainted('""'))).toBeUndefined();
    expect(paintedText(cellPainted('"7"', 'none', 'none'))).toBeUndefined();
  });

  it('does not ask the style of a cell with no attribute: nothing is painted per row there', () => {
    cellPainted('"7"');
    expect(paintedText(document.querySelectorAll('td')[1] as Element)).toBeUndefined();
    expect(window.getComputedStyle).not.toHaveBeenCalled();
  });
});

describe('where painted figures are looked for', () => {
  it('only in a figure column empty in every row: a column that writes figures reads its empty cells as nought', () => {
    // The page paints "4" into Kari's empty lessons cell, but Ola's lessons are written as text:
    // the column writes its figures, so Kari's empty cell is nought and its style is never asked.
    stubGeneratedContent((cell) => (cell.classList.contains('tall') ? '"4"' : undefined));
    const read = rows(`<table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead><tbody>
      <tr><td>Kari Berg</td><td>1</td><td class="tall"></td></tr>
      <tr><td>Ola Strand</td><td>2</td><td class="tall">5</td></tr></tbody></table>`);
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
      [1, 0],
      [2, 5],
    ]);
    const pseudoCalls = vi.mocked(window.getComputedStyle).mock.calls.filter(([, pseudo]) => pseudo);
    expect(pseudoCalls).toEqual([]);
  });
});
