// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GENERIC_VOCABULARY } from '../../../lib/portals/generic';
import { captionOf, classNameFromPage } from '../../../lib/portals/generic/page-signals';
import { parsePage } from './generic-fixtures';

function classOf(head: string, beforeTable = '', caption = ''): string | undefined {
  const doc = parsePage(
    `<html><head><title>${head}</title></head><body>${beforeTable}<table>${caption ? `<caption>${caption}</caption>` : ''}<tr><th>Navn</th></tr></table></body></html>`,
  );
  return classNameFromPage(doc, doc.querySelector('table') as Element, GENERIC_VOCABULARY.page);
}

describe('classNameFromPage', () => {
  it('finds the class after a label in the caption, a heading or the title, in any letter case', () => {
    expect(classOf('Fravær', '', 'Klasse 8B – skoleåret 2026/27')).toBe('8B');
    expect(classOf('Fravær', '<h1>FRAVÆRSREGISTER – KLASSE 9C</h1>')).toBe('9C');
    expect(classOf('Fravær for basisgruppe 10A')).toBe('10A');
    expect(classOf('Oversikt', '<h2>Kontaktgruppe: Vg2 ST</h2>')).toBe('Vg2 ST');
  });

  it('matches a label the way a case-insensitive Unicode pattern does: the long s is an s, the Kelvin sign a k', () => {
    expect(classOf('Klaſſe 7B')).toBe('7B');
    expect(classOf('\u212Alasse 6A')).toBe('6A');
  });

  it('gives no class where the page names none', () => {
    expect(classOf('Fraværsoversikt – hele skolen')).toBeUndefined();
    expect(classOf('Klassetur 8B')).toBeUndefined();
    expect(classOf('')).toBeUndefined();
  });
});

describe('captionOf', () => {
  const tables = (html: string) => Array.from(parsePage(`<html><body>${html}</body></html>`).querySelectorAll('table'));

  it("reads a table's own caption", () => {
    const [table] = tables('<table><caption>Fravær 8B</caption><tr><th>Navn</th></tr></table>');
    expect(captionOf(table as Element)).toBe('Fravær 8B');
  });

  it('does not take the caption of a table nested in a cell for the caption of the table around it', () => {
    const [outer, inner] = tables('<table><tr><td><table><caption>Uke 47</caption><tr><td>1</td></tr></table></td></tr></table>');
    expect(captionOf(outer as Element)).toBe('');
    expect(captionOf(inner as Element)).toBe('Uke 47');
  });

  it('reads a title row written as one cell across the table when there is no caption', () => {
    const [table] = tables('<table><tr><td colspan="3">Fravær for 4C – hittil i halvåret</td></tr><tr><th>Navn</th><th>Dager</th><th>Timer</th></tr></table>');
    expect(captionOf(table as Element)).toBe('Fravær for 4C – hittil i halvåret');
  });
});
