// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { anonymisedSnapshot, headerText, shapeOf } from '../../../lib/portals/snapshot';
import { ASOF, fixtureHtml, fixturePages, loadFixture, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';
import { snapshotWords as wordsIn } from '../../../components/overlay/snapshot-words';

const WORDS = wordsIn('nb');

const IDENTIFYING = readFileSync(resolve('tests/fixtures/snapshot/identifying.html'), 'utf8');

/** Every identifying token on tests/fixtures/snapshot/identifying.html, listed by hand from the page. */
const IDENTIFYING_TOKENS = {
  students: ['Ingvild', 'Isaksen', 'Mathias', 'Mørkved'],
  teacherAndGuardian: ['Tove', 'Tidemann', 'tove.tidemann', 'Wenche', 'wenche.morkved@example.no'],
  schoolAndClass: ['Fjellvik', '9C', 'fjellvik', 'school-fjellvik'],
  ids: ['771204', '771205', '40771', '30447', '974 123 456', 'rad-771204', 'row-771205'],
  contact: ['913 57 246', '03.05.2011', 'vondt i magen', 's3cr3t-t0ken-9911'],
  loadsOrRuns: ['tracker.example.net', 'cdn.example.net', 'evil.example.net', 'javascript:', 'http-equiv="refresh"', 'onload', 'onclick', 'alert('],
};

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

describe('anonymisedSnapshot on a page full of identifying data', () => {
  const doc = parsePage(IDENTIFYING);
  const before = doc.documentElement.outerHTML;
  const snapshot = anonymisedSnapshot(doc, { asOf: ASOF, words: WORDS });
  const copy = parsePage(snapshot);

  it.each(Object.entries(IDENTIFYING_TOKENS))('leaves no token of the page’s %s', (_what, tokens) => {
    for (const token of tokens) expect(snapshot.toLowerCase(), token).not.toContain(token.toLowerCase());
  });

  it('has nothing that loads or runs, and no attribute but structural ones', () => {
    expect(copy.querySelectorAll('script, style, link, img, iframe, svg, object, embed, base, form[action], [style]').length).toBe(0);
    // The one meta refresh-free head: our own charset and a CSP that forbids every load.
    const metas = [...copy.querySelectorAll('meta')].map((m) => m.outerHTML);
    expect(metas).toEqual(['<meta charset="utf-8">', `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`]);
    const allowed = new Set(['colspan', 'rowspan', 'scope', 'role', 'type', 'dir', 'checked', 'selected', 'disabled', 'value', 'lang', 'charset', 'http-equiv', 'content']);
    for (const element of copy.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(allowed, `${element.tagName} ${attribute.name}`).toContain(attribute.name);
    }
    expect(copy.querySelectorAll('a[href], [title], [class], [id], [data-student-id]').length).toBe(0);
  });

  it('keeps the structure, the header words, the figures and this term’s dates', () => {
    expect(copy.querySelectorAll('table').length).toBe(1);
    expect(copy.querySelectorAll('tbody tr').length).toBe(2);
    expect([...copy.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Elevnr', 'Navn', 'Klasse', 'Dager', 'Timer', 'Sist fravær']);
    const cells = [...copy.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    // Id, name and class shaped letter by letter; figures and the absence dates as they were.
    expect(cells).toEqual([
      ['000000', 'Xxxxxxx, Xxxxxxx', '0X', '4', '7', '17.11.2026'],
      ['000000', 'Xxxxxxx Xxxxxxx', '0X', '1', '2,5', '03.11.2026'],
    ]);
    expect(copy.querySelector('h1')?.textContent).toBe('Xxxxxx 0X – Xxxxxxxx xxxxxxxxxxxx, xxxxxxxxx 0000/0000');
  });

  it('never changes the live page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('anonymisedSnapshot on the modelled pages', () => {
  const doc = loadFixture('personal-details.html');
  const snapshot = anonymisedSnapshot(doc, { asOf: ASOF, words: WORDS });

  it.each(Object.entries(PERSONAL))('leaves none of the page’s %s', (_what, values) => {
    for (const value of values) expect(snapshot.toLowerCase()).not.toContain(value.toLowerCase());
  });

  it('is still a page the reader can read, with the same figures', () => {
    const original = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    const anonymised = readAsOverlay(genericAdapter, parsePage(snapshot), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(original.ok && anonymised.ok).toBe(true);
    if (!original.ok || !anonymised.ok) return;
    expect(anonymised.reading.rows.map((row) => row.totals)).toEqual(original.reading.rows.map((row) => row.totals));
    expect(anonymised.reading.rows.map((row) => row.student.name)).toEqual(['Xxxxx Xxxxx', 'Xxxxx Xxxxxxx']);
  });

  it.each(fixturePages)('%s: no student name or id the reader found survives, and every table stays', (file) => {
    const page = loadFixture(file);
    const reading = readAsOverlay(genericAdapter, page, URL_ON_SOME_SITE, { asOf: ASOF });
    const text = anonymisedSnapshot(page, { asOf: ASOF, words: WORDS });
    if (reading.ok) {
      for (const row of reading.reading.rows) {
        for (const part of row.student.name.split(/[\s,]+/).filter((p) => p.length >= 2)) {
          expect(text, `${file}: ${part}`).not.toMatch(new RegExp(`(?<![\\p{L}])${part}(?![\\p{L}])`, 'iu'));
        }
        const id = /^generic:(?!n[0-9a-f]{16})(.+)$/.exec(row.student.key)?.[1];
        if (id) expect(text, `${file}: ${id}`).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${id}(?![\\p{L}\\p{N}])`, 'u'));
      }
    }
    expect((text.match(/<table|role="(?:grid|table)"/g) ?? []).length).toBe(
      (fixtureHtml(file).match(/<table|role="(?:grid|table)"/g) ?? []).length,
    );
  });
});

describe('the placeholder rules', () => {
  it('shapes letters to x/X and digits to 0, keeping spaces and punctuation', () => {
    expect(shapeOf('Kari Nordmann, 7A (48213)')).toBe('Xxxx Xxxxxxxx, 0X (00000)');
    expect(shapeOf('Øyvind Åsheim')).toBe('Xxxxxx Xxxxxx');
  });

  it('keeps a column header’s words but shapes a capitalised word after the first, or a "Surname," first word', () => {
    expect(headerText('Fravær i dager')).toBe('Fravær i dager');
    expect(headerText('Man 16.11.')).toBe('Man 16.11.');
    expect(headerText('Fravær for Kari Nordmann')).toBe('Fravær for Xxxx Xxxxxxxx');
    expect(headerText('Nordmann, Kari')).toBe('Xxxxxxxx, Xxxx');
    expect(headerText('FS')).toBe('FS');
  });
});

describe("the snapshot's own words", () => {
  const doc = parsePage('<!doctype html><html><head><title>Fravær 9C</title></head><body><p>Kari</p></body></html>');

  it.each([
    ['nb', 'Anonymisert kopi', 'Anonymisert kopi av siden: bygd opp fra en tillatt-liste.'],
    ['nn', 'Anonymisert kopi', 'Anonymisert kopi av sida: bygd opp frå ei liste over det som er tillate.'],
    ['en', 'Anonymised copy', 'Anonymised copy of the page, built from an allow-list.'],
  ] as const)('%s: the title, the note at the top and the language are the teacher’s', (language, title, noteStart) => {
    const copy = parsePage(anonymisedSnapshot(doc, { asOf: ASOF, words: wordsIn(language) }));
    expect(copy.title).toBe(title);
    expect(copy.documentElement.lang).toBe(language);
    const note = [...copy.childNodes].find((node) => node.nodeType === 8)?.textContent?.trim();
    expect(note?.startsWith(noteStart), note).toBe(true);
  });

  it('keeps a note that holds "--" or ">" inside its comment, and escapes the title', () => {
    const text = anonymisedSnapshot(doc, { asOf: ASOF, words: { language: 'nb', title: '<b>x</b>', note: '>a -- b --> c' } });
    const copy = parsePage(text);
    expect(copy.title).toBe('<b>x</b>');
    expect(copy.querySelectorAll('b').length).toBe(0);
    expect([...copy.childNodes].find((node) => node.nodeType === 8)?.textContent).toBe(' a - b -> c ');
  });
});
