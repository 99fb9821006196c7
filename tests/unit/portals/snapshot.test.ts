// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readGenericPage } from '../../../lib/portals/generic';
import { anonymisedSnapshot } from '../../../lib/portals/snapshot';
import { ASOF, fixtureHtml, fixturePages, loadFixture, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/** Every invented person, id and contact detail on the personal-details fixture page. */
const PERSONAL = {
  names: ['Hedda', 'Øynes', 'Brage', 'Kvalvik', 'Randi', 'Per Kvalvik'],
  ids: ['552190', '552191'],
  emails: ['hedda.oynes@elev.example', 'brage.kvalvik@elev.example'],
  phones: ['912 34 567', '98 76 54 32', '41 22 33 44'],
  birthDates: ['14.03.2014', '02.11.2013', '140314 12345'],
  freeText: ['helsesykepleier', 'Samtale med', 'gruer seg', 'abc123secret', 'c2VjcmV0LXRva2VuLTQ0MjE'],
  scripts: ['window.__state', 'openStudent', 'last edited'],
};

describe('anonymisedSnapshot', () => {
  const doc = loadFixture('personal-details.html');
  const before = doc.documentElement.outerHTML;
  const snapshot = anonymisedSnapshot(doc, ['Hedda Øynes']);

  it.each(Object.entries(PERSONAL))('leaves none of the page’s %s', (_what, values) => {
    for (const value of values) expect(snapshot.toLowerCase()).not.toContain(value.toLowerCase());
  });

  it('leaves no name percent-encoded in a link either', () => {
    expect(snapshot).not.toContain('%C3%98ynes');
    expect(snapshot).toContain('navn=Elev%201');
  });

  it('never changes the live page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps what a fix needs: structure, header words, figures and placeholders in the names’ place', () => {
    expect(snapshot).toContain('<th>Fødselsdato</th>');
    expect(snapshot).toContain('Elev 1');
    expect(snapshot).toContain('Elev 2');
    expect(snapshot).toMatch(/ID-\d/);
    expect(snapshot).toContain('[fødselsdato]');
    expect(snapshot).toContain('[fritekst]');
    expect(snapshot).toContain('epost-1@example.invalid');
    expect(snapshot).toContain('Telefon-1');
    expect(snapshot).not.toContain('<script');
    expect(snapshot).not.toContain('onclick');
  });

  it('is still a page the reader can read, with the same figures', () => {
    const original = readGenericPage(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    const anonymised = readGenericPage(parsePage(snapshot), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(original.ok && anonymised.ok).toBe(true);
    if (!original.ok || !anonymised.ok) return;
    expect(anonymised.reading.rows.map((row) => row.totals)).toEqual(original.reading.rows.map((row) => row.totals));
    expect(anonymised.reading.rows.map((row) => row.student.name)).toEqual(['Elev 1', 'Elev 2']);
  });

  it.each(fixturePages)('%s: no student name or id the reader found survives', (file) => {
    const page = loadFixture(file);
    const reading = readGenericPage(page, URL_ON_SOME_SITE, { asOf: ASOF });
    const text = anonymisedSnapshot(page, []);
    if (!reading.ok) return;
    for (const row of reading.reading.rows) {
      for (const part of row.student.name.split(/[\s,]+/).filter((p) => p.length >= 2)) {
        expect(text, `${file}: ${part}`).not.toMatch(new RegExp(`(?<![\\p{L}])${part}(?![\\p{L}])`, 'iu'));
      }
      const id = /^generic:(?!n[0-9a-f]{16})(.+)$/.exec(row.student.key)?.[1];
      if (id) expect(text, `${file}: ${id}`).not.toContain(id);
    }
    // Every page keeps its tables.
    expect((text.match(/<table|role="(?:grid|table)"/g) ?? []).length).toBe(
      (fixtureHtml(file).match(/<table|role="(?:grid|table)"/g) ?? []).length,
    );
  });

  it('replaces names the extension knows even outside tables, in any spacing and in "Etternavn, Fornavn" form', () => {
    const page = parsePage(
      '<h1>Fravær for Kari\u00A0Nordmann</h1><p>Nordmann, Kari har vært borte. Hilsen Kari.</p><a href="/s?navn=Kari%20Nordmann">x</a>',
    );
    const text = anonymisedSnapshot(page, ['Kari Nordmann']);
    expect(text).not.toMatch(/kari|nordmann/i);
    expect(text).toContain('Fravær for Elev 1');
  });
});
