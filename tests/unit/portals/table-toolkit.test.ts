// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, columnIndex, gradeFromClassName, normaliseHeader, parseYesNo, readTable, rowCells } from '../../../lib/portals/table';
import { headerPhrase } from '../../../lib/portals/generic/columns';

/**
 * The table toolkit every reader shares. The portal adapters and the generic reader each had
 * their own cellText, rowCells, normaliseHeader and gradeFromClassName, which answered these
 * cells differently; the expectations below are what a teacher reads on the page, worked out by
 * hand, with the answer each old copy gave in a comment.
 */

function cell(html: string): Element {
  const table = new DOMParser().parseFromString(`<table><tr><td>${html}</td></tr></table>`, 'text/html');
  return table.querySelector('td')!;
}

function ariaRow(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div role="table"><div role="row">${html}</div></div>`, 'text/html');
  return doc.querySelector('[role="row"]')!;
}

describe('cellText: what a teacher reads in a cell', () => {
  it('leaves out an icon the page hides from screen readers, and keeps the words beside it', () => {
    // The adapters' copy read "✓ Ja", which no yes/no list knows.
    expect(cellText(cell('<span aria-hidden="true">✓</span><span class="sr-only">Ja</span>'))).toBe('Ja');
  });

  it('leaves out what the page hides', () => {
    // The adapters' copy read "3 4".
    expect(cellText(cell('3<span hidden>4</span>'))).toBe('3');
  });

  it('reads the option the teacher has chosen in a dropdown, not the option the page loaded with', () => {
    const select = cell('<select><option value="">–</option><option value="D">Dokumentert</option></select>');
    // The adapters' copy left dropdowns out and read "".
    expect(cellText(select)).toBe('–');
    (select.querySelector('select') as HTMLSelectElement).value = 'D';
    expect(cellText(select)).toBe('Dokumentert');
  });

  it('reads what is typed in a number field', () => {
    // The adapters' copy read "".
    expect(cellText(cell('<input type="number" value="45"> min'))).toBe('45 min');
  });

  it('reads a cell’s own words without its action button', () => {
    // The adapters' copy read "3 Endre", which is no number.
    expect(cellText(cell('3 <button type="button">Endre</button>'))).toBe('3');
  });

  it('reads a name drawn as a button, when the button is all the cell has', () => {
    // The generic reader's copy left every button out and read "".
    expect(cellText(cell('<button type="button" class="link">Kari Nordmann</button>'))).toBe('Kari Nordmann');
  });

  it('leaves out an icon’s svg title', () => {
    // The adapters' copy read "Melding Mottatt".
    expect(cellText(cell('<svg><title>Melding</title></svg>Mottatt'))).toBe('Mottatt');
  });

  it('never reads the extension’s own badge as the page’s text', () => {
    const name = cell('Kari Nordmann');
    name.append(name.ownerDocument.createElement('naervaer-badge'));
    name.querySelector('naervaer-badge')!.textContent = 'Bekymring';
    expect(cellText(name)).toBe('Kari Nordmann');
  });
});

describe('rowCells: a row’s cells by column', () => {
  it('puts a cell where aria-colindex says, leaving the skipped column empty', () => {
    // A grid that renders only some of its columns. The adapters' copy put "2" in column 1.
    const cells = rowCells(ariaRow('<div role="cell" aria-colindex="1">Kari</div><div role="cell" aria-colindex="3">2</div>'));
    expect(Array.from(cells, (c) => c?.textContent ?? null)).toEqual(['Kari', null, '2']);
  });

  it('finds cells wrapped in a layout element inside the row', () => {
    // The adapters' copy took only the row's direct children and found one cell.
    const cells = rowCells(ariaRow('<div class="wrap"><div role="cell">Kari</div></div><div role="cell">2</div>'));
    expect(cells.map((c) => c?.textContent)).toEqual(['Kari', '2']);
  });

  it('counts aria-colspan as colspan', () => {
    // The adapters' copy counted only colspan, and put "5" in column 1.
    const cells = rowCells(ariaRow('<div role="cell" aria-colspan="2">Kari Nordmann</div><div role="cell">5</div>'));
    expect(cells.map((c) => c?.textContent)).toEqual(['Kari Nordmann', 'Kari Nordmann', '5']);
  });

  it('lets a portal adapter find a column after one the grid skipped', () => {
    const doc = new DOMParser().parseFromString(
      `<div role="grid">
        <div role="row"><div role="columnheader" aria-colindex="1">Elev</div><div role="columnheader" aria-colindex="3">Dager</div></div>
        <div role="row"><div role="cell" aria-colindex="1">Kari</div><div role="cell" aria-colindex="3">4</div></div>
      </div>`,
      'text/html',
    );
    const table = readTable(doc.querySelector('[role="grid"]')!)!;
    expect(table.rawHeaders).toEqual(['Elev', '', 'Dager']);
    const days = columnIndex(table.headers, ['Dager']);
    expect(days).toBe(2);
    expect(cellText(rowCells(table.bodyRows[0]!)[days])).toBe('4');
  });
});

describe('normaliseHeader: what a header says', () => {
  it.each([
    // [header, words] — the adapters' copy kept punctuation inside ("dager (udok.)").
    ['Dager (udok.) ▲', 'dager udok'],
    ['Elev:', 'elev'],
    ['Timer, dokumentert', 'timer dokumentert'],
    ['Fravær i %', 'fravær i %'],
    ['  Fraværs\u00ADdager  ⇅', 'fraværsdager'],
  ])('%s → %s', (header, words) => {
    expect(normaliseHeader(header)).toBe(words);
  });

  it('finds a portal’s column however the page punctuates its header', () => {
    expect(columnIndex(['elev', normaliseHeader('Dager (udok.)')], ['Dager udok.'])).toBe(1);
  });

  it('gives the generic reader the same words, padded so a phrase matches whole words only', () => {
    expect(headerPhrase('Dager (udok.) ▲')).toBe(' dager udok ');
    expect(headerPhrase('Udokumenterte dager').includes(headerPhrase('dok'))).toBe(false);
  });
});

describe('parseYesNo: a cell’s answer', () => {
  const yes = ['Ja', '✓'];
  const no = ['Nei', '✗', '–'];
  it.each([
    ['Ja', true],
    ['✓', true],
    ['✗', false],
    ['–', false],
    ['', null],
    ['Kanskje', null],
  ] as const)('%s → %s', (text, answer) => {
    // Marks are answers here, so cells are not compared as header words (which drop marks).
    expect(parseYesNo(text, yes, no)).toBe(answer);
  });
});

describe('gradeFromClassName: the trinn a class name shows', () => {
  it.each([
    // [class name, the portal's stage (undefined: a page no portal knows), grade]
    ['7A', 'grunnskole', 7],
    ['9AB', 'grunnskole', 9],
    ['10', 'grunnskole', 10],
    ['8B', undefined, 8],
    ['10 A', undefined, 10],
    // The generic reader's copy read only "4. trinn", not "Trinn 4".
    ['Trinn 4', undefined, 4],
    // The generic reader's copy looked for Vg only at the start.
    ['ST Vg2', undefined, 12],
    ['2STA', 'videregaende', 12],
    // Vg2 in a county's school, 2nd grade elsewhere: no grade without the stage.
    ['2STA', undefined, undefined],
    ['9AB', undefined, undefined],
    ['10', undefined, undefined],
    // A mixed group has no one grade. The adapters' copy read the last number: 7.
    ['5.–7. trinn', 'grunnskole', undefined],
    ['1-4', undefined, undefined],
    ['Musikkgruppe', 'grunnskole', undefined],
  ] as const)('%s (%s) → %s', (name, stage, grade) => {
    const ageBand = grade === undefined ? 'ukjent' : grade <= 7 ? 'barnetrinn' : grade <= 10 ? 'ungdomstrinn' : 'videregaende';
    expect(gradeFromClassName(name, stage)).toEqual(grade === undefined ? { ageBand } : { grade, ageBand });
  });

  it('never throws and never gives a grade outside 1–13, with or without a stage', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('grunnskole', 'videregaende', undefined), (name, stage) => {
        const { grade } = gradeFromClassName(name, stage);
        return grade === undefined || (Number.isInteger(grade) && grade >= 1 && grade <= 13);
      }),
    );
  });
});
