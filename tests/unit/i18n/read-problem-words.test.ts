import { describe, expect, it } from 'vitest';
import { pageReadingMessages } from '../../../lib/i18n/messages/page-reading';
import { readingMessages } from '../../../lib/i18n/messages/reading';
import { translatorFor, type UiLanguage } from '../../../lib/i18n/translate';
import type { PageNote, PageProblem, RowProblem } from '../../../lib/portals/read-problem';
import type { TeachProblem } from '../../../lib/portals/teach-mapping';
import { pageProblemWords, teachProblemWords } from '../../../components/common/page-problem-words';
import { pageNoteWords, rowProblemWords } from '../../../components/common/read-problem-words';

/**
 * The readers say why they could not read as codes (lib/portals/read-problem.ts); the UI words
 * them. A switch over the codes makes a code without words a type error; the samples below are
 * one per code (a Record over the codes, so a new code without a sample is a type error too),
 * and each is worded in all three languages.
 */
const LANGUAGES: UiLanguage[] = ['nb', 'nn', 'en'];
const t = (language: UiLanguage) => translatorFor({ ...pageReadingMessages, ...readingMessages }, language);

type ByCode<U extends { code: string }> = { [C in U['code']]: Extract<U, { code: C }> };

const PAGE: ByCode<PageProblem> = {
  'no-table': { code: 'no-table' },
  'no-student-table': { code: 'no-student-table' },
  'no-name-column': { code: 'no-name-column' },
  'no-absence-column': { code: 'no-absence-column', columns: ['Dager', 'Timer'] },
  'no-student-names': { code: 'no-student-names' },
  'dates-ahead': { code: 'dates-ahead' },
  'rows-not-loaded': { code: 'rows-not-loaded' },
  'page-shows-error': { code: 'page-shows-error' },
  'taught-table-missing': { code: 'taught-table-missing', table: 5, tables: 1 },
  'taught-mapping-incomplete': { code: 'taught-mapping-incomplete' },
  'taught-column-missing': { code: 'taught-column-missing', table: 1, column: 10 },
  'taught-column-undated': { code: 'taught-column-undated', column: 3, header: 'Kolonne C' },
  'no-headings': { code: 'no-headings', headings: ['Fraværsoversikt', 'Elevfravær'] },
  'no-table-with': { code: 'no-table-with', columns: ['Navn'], oneOf: ['1. time', 'Heldag'] },
  'no-column': { code: 'no-column', column: 'Elev', part: 'overview' },
  'no-students': { code: 'no-students', part: 'register' },
  'no-student-id': { code: 'no-student-id', attribute: 'data-pupil-id' },
  'no-student-name': { code: 'no-student-name' },
  'no-page-date': { code: 'no-page-date', field: 'Dato' },
  'no-date-columns': { code: 'no-date-columns', example: 'man. 16.11.' },
  'embedded-data-not-json': { code: 'embedded-data-not-json' },
  'embedded-data-unexpected': { code: 'embedded-data-unexpected', detail: 'learner: expected an object' },
  'reader-not-loaded': { code: 'reader-not-loaded' },
  'other-reader': { code: 'other-reader' },
  'unexpected-error': { code: 'unexpected-error', step: 'locate', message: 'boom' },
};

const ROW: ByCode<RowProblem> = {
  'other-reader': { code: 'other-reader' },
  'reader-not-loaded': { code: 'reader-not-loaded' },
  'unexpected-error': { code: 'unexpected-error', step: 'readStudent', message: 'boom' },
  'no-student-name': { code: 'no-student-name' },
  'student-not-found': { code: 'student-not-found', key: 'generic:abc' },
  'row-gone': { code: 'row-gone', student: 'Kari Nordmann' },
  'invalid-row': { code: 'invalid-row', student: 'Kari Nordmann', issues: [{ path: 'events[0].date', message: 'not a real calendar date', found: '"2026-02-30"' }] },
  'column-unit-unclear': { code: 'column-unit-unclear', header: 'Fravær', student: 'Kari' },
  'columns-disagree': { code: 'columns-disagree', first: 'Dager (A)', second: 'Dager (B)', student: 'Kari' },
  'unreadable-value': { code: 'unreadable-value', text: 'mye', header: 'Dager', student: 'Kari Nordmann' },
  'no-figures': { code: 'no-figures', student: 'Kari Nordmann' },
  'unknown-codes': { code: 'unknown-codes', codes: [{ text: 'Q', date: '2026-11-23' }], student: 'Kari Nordmann' },
  'unreadable-date': { code: 'unreadable-date', text: 'i går', header: 'Dato', student: 'Kari Nordmann' },
  'no-date': { code: 'no-date', student: 'Kari Nordmann' },
  'end-before-start': { code: 'end-before-start', start: '2026-11-20', end: '2026-11-18', student: 'Kari Nordmann' },
  'unknown-absence-type': { code: 'unknown-absence-type', text: 'Permisjon', date: '2026-11-16' },
  'unreadable-minutes': { code: 'unreadable-minutes', text: 'halve', date: '2026-11-23' },
  'no-code': { code: 'no-code', date: '2026-11-23' },
};

const NOTES: ByCode<Exclude<PageNote, RowProblem>> = {
  paginated: { code: 'paginated' },
  'several-tables': { code: 'several-tables' },
  'one-subject': { code: 'one-subject', subject: 'Matematikk R1' },
  'empty-table': { code: 'empty-table' },
  'row-without-id': { code: 'row-without-id', name: 'Kari Nordmann' },
  'column-not-found': { code: 'column-not-found', column: 'Forsentkomminger' },
  'embedded-data-not-json': { code: 'embedded-data-not-json' },
  'embedded-data-unexpected': { code: 'embedded-data-unexpected', detail: 'learner: expected an object' },
};

const TEACH: Record<TeachProblem['code'], TeachProblem> = {
  'name-not-in-cell': { code: 'name-not-in-cell' },
  'name-not-in-table': { code: 'name-not-in-table' },
  'no-absence-clicked': { code: 'no-absence-clicked' },
  'name-column-unknown': { code: 'name-column-unknown' },
  'absence-in-other-table': { code: 'absence-in-other-table' },
  'absence-column-unknown': { code: 'absence-column-unknown' },
  'absence-in-name-column': { code: 'absence-in-name-column' },
};

const worded: Array<[string, (language: UiLanguage) => string]> = [
  ...Object.values(PAGE).map((p): [string, (l: UiLanguage) => string] => [`page ${p.code}`, (l) => pageProblemWords(t(l), p)]),
  ...Object.values(ROW).map((p): [string, (l: UiLanguage) => string] => [`row ${p.code}`, (l) => rowProblemWords(t(l), p)]),
  ...Object.values(NOTES).map((p): [string, (l: UiLanguage) => string] => [`note ${p.code}`, (l) => pageNoteWords(t(l), p)]),
  ...Object.values(TEACH).map((p): [string, (l: UiLanguage) => string] => [`teach ${p.code}`, (l) => teachProblemWords(t(l), p)]),
];

describe('every reason is worded in nb, nn and en', () => {
  it.each(worded)('%s', (_what, words) => {
    const [nb, nn, en] = LANGUAGES.map(words);
    for (const text of [nb, nn, en]) {
      expect(text).toMatch(/\p{L}{3}/u);
      // Every placeholder filled, every parameter known.
      expect(text).not.toMatch(/\$\d|undefined|\[object/);
    }
    expect(en).not.toBe(nb);
  });
});

describe('the words say what the code says', () => {
  it('says a table of one subject is a part of the student\'s absence, its share of that subject\'s lessons', () => {
    expect(pageNoteWords(t('nb'), NOTES['one-subject'])).toBe(
      'Tabellen viser fraværet i ett fag (Matematikk R1), ikke elevens samlede fravær: timene er en del av fraværet, og prosenten er av fagets timer, ikke av skoledagene',
    );
  });

  it('quotes the page’s own words as each language quotes them, and lists them in its words', () => {
    expect(pageProblemWords(t('nb'), { code: 'no-table-with', columns: ['Dato', 'Type'] })).toBe('fant ingen tabell med kolonnene «Dato» og «Type»');
    expect(pageProblemWords(t('en'), { code: 'no-table-with', columns: ['Dato', 'Type'] })).toBe('found no table with the columns "Dato" and "Type"');
    expect(pageProblemWords(t('nn'), { code: 'no-table-with', columns: ['Navn'], figures: true })).toBe('fann ingen tabell med kolonnen «Navn» og fråværstal');
    expect(pageProblemWords(t('nb'), PAGE['no-table-with'])).toBe('fant ingen tabell med kolonnen «Navn» og én av «1. time», «Heldag»');
  });

  it('names where on the portal a column or the students were missing', () => {
    expect(pageProblemWords(t('nb'), PAGE['no-column'])).toBe('fant ikke kolonnen «Elev» i fraværsoversikten');
    expect(pageProblemWords(t('nn'), PAGE['no-students'])).toBe('fann ingen elevar i fråværsføringa');
    expect(pageProblemWords(t('en'), PAGE['no-students'])).toBe('found no students in the absence register');
  });

  it('counts the taught table and column from 1, as the teacher counts them', () => {
    expect(pageProblemWords(t('nb'), PAGE['taught-table-missing'])).toBe('fant ikke tabell nr. 5 som ble lært for denne siden (siden har 1)');
    expect(pageProblemWords(t('en'), PAGE['taught-column-undated'])).toBe('column no. 3 ("Kolonne C") has no date in its header, so its codes cannot be dated');
  });

  it('adds the column, the day and the student only when the reader knows them', () => {
    expect(rowProblemWords(t('nb'), ROW['unreadable-value'])).toBe('kunne ikke lese «mye» i kolonnen «Dager» for Kari Nordmann');
    expect(rowProblemWords(t('nb'), { code: 'unreadable-value', text: 'mye', header: 'Dager' })).toBe('kunne ikke lese «mye» i kolonnen «Dager»');
    expect(rowProblemWords(t('en'), ROW['unreadable-minutes'])).toBe('could not read the minutes "halve" on 23/11/2026');
    expect(rowProblemWords(t('nn'), { code: 'unreadable-minutes', text: 'halve', student: 'Kari' })).toBe('kunne ikkje lese minutta «halve» for Kari');
  });

  it('dates an unknown code in the teacher’s date format and says where to teach it', () => {
    expect(rowProblemWords(t('nb'), ROW['unknown-codes'])).toBe(
      'ukjent fraværskode «Q» (23.11.2026) for Kari Nordmann; legg koden til i kodetabellen i innstillingene',
    );
    expect(rowProblemWords(t('en'), { code: 'unknown-codes', codes: [{ text: 'SK' }] })).toBe('unknown absence code "SK"; add the code to the code table in the settings');
  });

  it('names the step that threw, and keeps the error’s own text', () => {
    expect(pageProblemWords(t('nb'), PAGE['unexpected-error'])).toBe('finne elevene: uventet feil (boom)');
    expect(rowProblemWords(t('en'), ROW['unexpected-error'])).toBe('reading the student: unexpected error (boom)');
  });

  it('lists which values of a row did not fit, with what was found there', () => {
    expect(rowProblemWords(t('nb'), ROW['invalid-row'])).toBe('raden for Kari Nordmann passer ikke: events[0].date: not a real calendar date (fant: "2026-02-30")');
  });

  it('words the notes of a page read around', () => {
    expect(pageNoteWords(t('nb'), NOTES.paginated)).toBe('Tabellen er delt på flere sider; bare denne siden er lest');
    expect(pageNoteWords(t('en'), NOTES['row-without-id'])).toBe('the row "Kari Nordmann" has no student id and was left out');
    expect(pageNoteWords(t('nn'), ROW['no-figures'])).toBe('fann ingen fråværstal for Kari Nordmann');
  });

  it('words teach mode’s problems', () => {
    expect(teachProblemWords(t('nb'), TEACH['absence-in-name-column'])).toBe('en celle med fravær er i samme kolonne som navnet');
    expect(teachProblemWords(t('en'), TEACH['no-absence-clicked'])).toBe('click at least one cell with absence');
  });
});
