// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GENERIC_VOCABULARY } from '../../../lib/portals/generic';
import { classNameFromPage } from '../../../lib/portals/generic/page-signals';
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
