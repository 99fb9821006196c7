// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { idFromRow } from '../../../lib/portals/generic/student-identity';
import { parsePage } from './generic-fixtures';

/** The id idFromRow finds in a row whose name cell holds `nameCell` (markup) and whose row has `rowAttributes`. */
function idOf(nameCell: string, rowAttributes = '', idText?: string): string | undefined {
  const doc = parsePage(`<table><tr ${rowAttributes}><td>${nameCell}</td><td>3</td></tr></table>`);
  const row = doc.querySelector('tr') as Element;
  return idFromRow(row, row.querySelector('td') ?? undefined, idText);
}

describe('idFromRow', () => {
  it('takes an id column, then a data-*id attribute on the row, the cell or inside it', () => {
    expect(idOf('Kari', 'data-student-id="7000"', 'E-123')).toBe('E-123');
    expect(idOf('Kari', 'data-student-id="7000"')).toBe('7000');
    expect(idOf('<span data-elevid="48213">Kari</span>')).toBe('48213');
    expect(idOf('Kari', 'data-row-index="4"')).toBeUndefined();
  });

  it('reads the id in the link on the name, by the path segment before it or the query', () => {
    expect(idOf('<a href="/elev/48213/fravaer">Kari</a>')).toBe('48213');
    expect(idOf('<a href="/Students/48213">Kari</a>')).toBe('48213');
    expect(idOf('<a href="/fravaer/2026/48213">Kari</a>')).toBe('48213');
    expect(idOf('<a href="/fravaer?elevId=55&side=2">Kari</a>')).toBe('55');
    expect(idOf('<a href="https://skole.example.no/person/71?tab=1">Kari</a>')).toBe('71');
    expect(idOf('<a href="/fravaer/2026">Kari</a>')).toBeUndefined();
    expect(idOf('<a href="/elev/kari">Kari</a>')).toBeUndefined();
  });

  it('reads the path as the browser resolves it: dot segments removed, escapes left as written', () => {
    // "/elev/48213/../99999" is "/elev/99999".
    expect(idOf('<a href="/elev/48213/../99999">Kari</a>')).toBe('99999');
    expect(idOf('<a href="/elev/./48213">Kari</a>')).toBe('48213');
    // "%34%38" stays escaped in a URL's path, and "%" is no part of an id.
    expect(idOf('<a href="/elev/%34%38">Kari</a>')).toBeUndefined();
    expect(idOf('<a href="\\elev\\48213">Kari</a>')).toBe('48213');
  });
});
