import fc from 'fast-check';

/**
 * What can happen to a portal page that nobody planned for: rows and cells deleted, duplicated
 * and shuffled, text replaced with anything a person (or an attacker) can type, headers removed
 * or renamed, ids duplicated, tables nested in cells, embedded JSON garbled. The fuzz suite applies
 * these to the fixture pages and also builds whole tables from the same material.
 *
 * Mutations work on a parsed Document (fuzz-harness.ts parses pages with happy-dom).
 */

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** Short text a page might hold in a cell: ordinary, hostile, right-to-left, emoji, invisible. */
export const shortHostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000, max: 1_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map((n) => String(n).replace('.', ',')) },
  {
    weight: 1,
    // A name with invisible characters spliced in.
    arbitrary: fc
      .tuple(fc.constantFrom('Ola Nordmann', 'Åse Ødegård', 'Per'), fc.constantFrom(...ZERO_WIDTH), fc.nat(12))
      .map(([name, zw, at]) => name.slice(0, at) + zw + name.slice(at)),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '<img src=x onerror="window.pwned=1">',
      '<script>window.pwned=1</script>',
      '"><svg onload=alert(1)>',
      'javascript:alert(1)',
      '{{constructor.constructor("alert(1)")()}}',
      '${alert(1)}',
      '<iframe srcdoc="<script>parent.pwned=1</script>">',
      '</td></tr></table><table><tr><th>Navn</th></tr>',
      '\u202Eelev\u202C',
      'محمد علي 12',
      'אברהם 3',
      '\u200F3\u200F',
      '😀👩‍👩‍👧 3',
      '🏳️‍🌈',
      '\u200B\u200D\uFEFF',
      '\u0000',
      '–',
      '—',
      '1 234,5 %',
      '1e309',
      '-0',
      'NaN',
      'Infinity',
      '31.02.2026',
      '29.02.2027',
      '00.00.0000',
      'man. 24. nov.',
      '9999-99-99',
      '2026-11-23',
      'F/M/U/FS',
      'D',
      'U',
      'TU',
      'Sum',
      'Totalt',
      'Elev',
      'Navn',
      'Dager',
      'Timer',
      'Klasse',
      '__proto__',
      'constructor',
      'toString',
    ),
  },
);

/**
 * Very long strings, up to 200 000 characters of text, or 1 000 small elements of markup.
 * Markup units close what they open: thousands of nested elements overflow happy-dom's own
 * recursion, which would test the test DOM, not the readers.
 */
export const longText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('x', 'Åse ', '1', '\u202E', '😀', ' ', '9,5 % ', '&lt;b&gt;'), fc.integer({ min: 1_000, max: 50_000 }))
    .map(([unit, times]) => unit.repeat(Math.min(times, Math.floor(200_000 / unit.length)))),
  fc.integer({ min: 100, max: 1_000 }).map((times) => '<b>x</b>'.repeat(times)),
);

/** Text a page might hold in a cell, now and then a very long one. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 14, arbitrary: shortHostileText },
  { weight: 1, arbitrary: longText },
);

/** Header words the readers look for, and a few that look almost right. */
export const headerWord: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'Elev', 'Navn', 'Fornavn', 'Etternavn', 'Klasse', 'Dager', 'Timer', 'Dato', 'Fra', 'Til', 'Fag', '%', 'Prosent',
    'For sent', 'Dokumentert', 'Ikke dokumentert', 'Skoledager', 'Elev-ID', 'Fødselsdato', 'Kode', 'Merknad',
    'Dager dokumentert', 'Timer ikke dokumentert', 'Fravær', 'Sum', 'man. 16.11.', '17.11.', 'Uke 47', 'Time',
    'Elevnavn', 'Dagar', 'Timar', 'Namn', 'Student', 'Days', 'Lessons', '',
  ),
  hostileText,
);

export type Mutation =
  | { op: 'deleteRow' | 'duplicateRow' | 'shuffleRows' | 'deleteCell' | 'duplicateCell' | 'shuffleCells'; at: number; seed: number }
  | { op: 'deleteElement' | 'duplicateElement' | 'nestTable' | 'removeHeader' | 'duplicateId'; at: number; seed: number }
  | { op: 'cellText' | 'cellMarkup' | 'elementText' | 'renameHeader' | 'attribute' | 'embeddedJson'; at: number; text: string }
  | { op: 'span'; at: number; attribute: 'colspan' | 'rowspan' | 'aria-colindex' | 'aria-rowindex'; value: string }
  | { op: 'selectValue'; at: number; seed: number; text: string };

const positioned = { at: fc.nat(), seed: fc.nat() };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('deleteRow', 'duplicateRow', 'shuffleRows', 'deleteCell', 'duplicateCell', 'shuffleCells'),
    ...positioned,
  }) as fc.Arbitrary<Mutation>,
  fc.record({
    op: fc.constantFrom('deleteElement', 'duplicateElement', 'nestTable', 'removeHeader', 'duplicateId'),
    ...positioned,
  }) as fc.Arbitrary<Mutation>,
  { arbitrary: fc.record({ op: fc.constantFrom('cellText', 'cellMarkup', 'elementText', 'attribute', 'embeddedJson'), at: fc.nat(), text: hostileText }) as fc.Arbitrary<Mutation>, weight: 2 },
  fc.record({ op: fc.constant('renameHeader'), at: fc.nat(), text: headerWord }) as fc.Arbitrary<Mutation>,
  fc.record({
    op: fc.constant('span'),
    at: fc.nat(),
    attribute: fc.constantFrom('colspan', 'rowspan', 'aria-colindex', 'aria-rowindex'),
    value: fc.oneof(fc.integer({ min: -5, max: 100_000 }).map(String), fc.string({ maxLength: 4 })),
  }) as fc.Arbitrary<Mutation>,
  fc.record({ op: fc.constant('selectValue'), ...positioned, text: hostileText }) as fc.Arbitrary<Mutation>,
);

const CELLS = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';
const ROWS = 'tr, [role="row"]';
const HEADERS = 'th, [role="columnheader"]';
const TABLES = 'table, [role="table"], [role="grid"]';
/** Attributes the adapters read student ids, dates and codes from. */
const READ_ATTRIBUTES = /^(data-|href$|value$|aria-label$|title$|datetime$|id$)/;

function pick<T>(list: ArrayLike<T>, at: number): T | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

/** A small deterministic shuffle, so a failing case replays exactly from its seed. */
function shuffle(parent: Element, seed: number): void {
  const children = Array.from(parent.children);
  let state = seed + 1;
  for (let i = children.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [children[i], children[j]] = [children[j] as Element, children[i] as Element];
  }
  for (const child of children) parent.appendChild(child);
}

function all(doc: Document, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector));
}

export function applyMutation(doc: Document, change: Mutation): void {
  switch (change.op) {
    case 'deleteRow':
      pick(all(doc, ROWS), change.at)?.remove();
      return;
    case 'duplicateRow': {
      const row = pick(all(doc, ROWS), change.at);
      row?.after(row.cloneNode(true));
      return;
    }
    case 'shuffleRows': {
      const parent = pick(all(doc, ROWS), change.at)?.parentElement;
      if (parent) shuffle(parent, change.seed);
      return;
    }
    case 'deleteCell':
      pick(all(doc, CELLS), change.at)?.remove();
      return;
    case 'duplicateCell': {
      const cell = pick(all(doc, CELLS), change.at);
      cell?.after(cell.cloneNode(true));
      return;
    }
    case 'shuffleCells': {
      const row = pick(all(doc, ROWS), change.at);
      if (row) shuffle(row, change.seed);
      return;
    }
    case 'deleteElement':
      pick(all(doc, 'body *'), change.at)?.remove();
      return;
    case 'duplicateElement': {
      const element = pick(all(doc, 'body *'), change.at);
      element?.after(element.cloneNode(true));
      return;
    }
    case 'nestTable': {
      const table = pick(all(doc, TABLES), change.seed);
      const cell = pick(all(doc, CELLS), change.at);
      // The clone is made before it is appended, so nesting a table inside itself is fine too.
      if (table && cell) cell.append(table.cloneNode(true));
      return;
    }
    case 'removeHeader':
      pick(all(doc, HEADERS), change.at)?.remove();
      return;
    case 'duplicateId': {
      // Give a second element the id (or student id) of another: two rows claiming one student.
      const withId = all(doc, '[id], [data-student-id], [data-id], [data-pupil-id], [data-learner-id]');
      const source = pick(withId, change.at);
      const target = pick(all(doc, 'body *'), change.seed);
      if (!source || !target) return;
      for (const attribute of Array.from(source.attributes)) {
        if (attribute.name === 'id' || attribute.name.startsWith('data-')) target.setAttribute(attribute.name, attribute.value);
      }
      return;
    }
    case 'cellText': {
      const cell = pick(all(doc, CELLS), change.at);
      if (cell) cell.textContent = change.text;
      return;
    }
    case 'cellMarkup': {
      const cell = pick(all(doc, CELLS), change.at);
      if (cell) cell.innerHTML = change.text;
      return;
    }
    case 'elementText': {
      // Leaves only, so that the page's structure mostly survives and deeper code runs.
      const leaves = all(doc, 'body *').filter((element) => element.children.length === 0);
      const leaf = pick(leaves, change.at);
      if (leaf) leaf.textContent = change.text;
      return;
    }
    case 'renameHeader': {
      const header = pick(all(doc, HEADERS), change.at);
      if (header) header.textContent = change.text;
      return;
    }
    case 'attribute': {
      const pairs = all(doc, 'body *').flatMap((element) =>
        Array.from(element.attributes)
          .filter((attribute) => READ_ATTRIBUTES.test(attribute.name))
          .map((attribute) => [element, attribute.name] as const),
      );
      const pair = pick(pairs, change.at);
      if (pair) pair[0].setAttribute(pair[1], change.text);
      return;
    }
    case 'embeddedJson': {
      const script = pick(all(doc, 'script[type="application/json"], script[type="application/ld+json"]'), 0);
      if (!script) return;
      script.textContent = garbleJson(script.textContent ?? '', change.at, change.text);
      return;
    }
    case 'span':
      pick(all(doc, CELLS), change.at)?.setAttribute(change.attribute, change.value);
      return;
    case 'selectValue': {
      const select = pick(all(doc, 'select'), change.at) as HTMLSelectElement | undefined;
      if (!select) return;
      // Either a value the portal never offered, or another of its own options.
      if (change.seed % 2 === 0) {
        const option = doc.createElement('option');
        option.value = change.text;
        option.textContent = change.text;
        select.append(option);
        select.value = change.text;
      } else {
        const option = pick(select.options, change.seed);
        if (option) select.value = option.value;
      }
      return;
    }
  }
}

/** Embedded portal JSON, truncated, with a value replaced, or a type changed. */
function garbleJson(json: string, at: number, text: string): string {
  switch (at % 4) {
    case 0:
      return json.slice(0, at % Math.max(1, json.length));
    case 1: {
      // Replace one string value with the hostile text.
      let n = 0;
      const target = at % 50;
      return json.replace(/"(?:[^"\\]|\\.)*"(?=\s*[,}\]])/g, (match) => (n++ === target ? JSON.stringify(text) : match));
    }
    case 2: {
      // Numbers become strings, strings become numbers.
      let n = 0;
      const target = at % 50;
      return json.replace(/:\s*(-?\d+(?:\.\d+)?)/g, (match, number: string) => (n++ === target ? `: "${number}x"` : match));
    }
    default:
      return text;
  }
}

/** A whole table built from header words and hostile cells: as a <table> or as an ARIA grid of divs. */
export const generatedTable: fc.Arbitrary<string> = fc
  .record({
    aria: fc.boolean(),
    headers: fc.array(headerWord, { minLength: 0, maxLength: 10 }),
    rows: fc.array(
      fc.array(fc.oneof(shortHostileText, fc.nat(400).map(String), fc.constantFrom('', 'D', 'U', 'F', 'M', 'FS', '1,5', '23.11.2026')), {
        maxLength: 10,
      }),
      { maxLength: 30 },
    ),
    // In one table of ten, one very long cell: enough to find a reader that chokes on one.
    long: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.tuple(longText, fc.nat(), fc.nat()) },
    ),
    caption: fc.option(shortHostileText, { nil: undefined }),
    before: fc.option(fc.constantFrom('<h1>Fraværsoversikt 8B</h1>', '<p>Klasse: 9B</p>', '<p>Side 1 av 3</p>'), { nil: undefined }),
  })
  .map(({ aria, headers, rows, caption, before, long }) => {
    if (long) {
      const [text, row, column] = long;
      const target = rows[row % Math.max(1, rows.length)];
      if (target) target.splice(column % (target.length + 1), 0, text);
    }
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    // Some cells stay as markup (unescaped), the way a careless page would emit them.
    const cell = (text: string, i: number) => (i % 5 === 4 ? text : escape(text));
    if (aria) {
      const head = `<div role="row">${headers.map((h, i) => `<div role="columnheader">${cell(h, i)}</div>`).join('')}</div>`;
      const body = rows.map((row) => `<div role="row">${row.map((c, i) => `<div role="cell">${cell(c, i)}</div>`).join('')}</div>`).join('');
      return `<!DOCTYPE html><html><body>${before ?? ''}<div role="grid" aria-label="${escape(caption ?? 'Fravær')}">${head}${body}</div></body></html>`;
    }
    const head = `<thead><tr>${headers.map((h, i) => `<th>${cell(h, i)}</th>`).join('')}</tr></thead>`;
    const body = `<tbody>${rows.map((row) => `<tr>${row.map((c, i) => `<td>${cell(c, i)}</td>`).join('')}</tr>`).join('')}</tbody>`;
    return `<!DOCTYPE html><html><body>${before ?? ''}<table>${caption === undefined ? '' : `<caption>${escape(caption)}</caption>`}${head}${body}</table></body></html>`;
  });
