// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { isCouldNotRead, type AbsenceCodeMeaning } from '../../../lib/portals/adapter';
import { detectPageType, VIGILO, vigilo } from '../../../lib/portals/vigilo';
import { AS_OF, golden, loadFixture, notesOf, readFixture } from './adapters-fixture';

const PORTAL = 'vigilo';
const GROUP = 'e1db6b72-a575-44aa-8665-1ea56de032e5';
const STUDENT = (n: string) => `vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c${n}`;
const PAGES = {
  'class-overview': `https://web-school.prod.vigilo-oas.no/groups/${GROUP}/absence/overview`,
  'student-absence': 'https://web-school.prod.vigilo-oas.no/students/0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c05/absence',
  'lesson-register': `https://web-school.prod.vigilo-oas.no/groups/${GROUP}/absence/registration?week=2026-W47`,
} as const;
type Page = keyof typeof PAGES;

function read(page: Page, doc = loadFixture(PORTAL, page), codeOverrides?: Record<string, AbsenceCodeMeaning>) {
  return readFixture(doc, PAGES[page], codeOverrides ? { codeOverrides } : {});
}

function notes(page: Page, doc = loadFixture(PORTAL, page)) {
  return notesOf(doc, PAGES[page]);
}

function row(rows: ReadingRow[], key: string): ReadingRow {
  const found = rows.find((r) => r.student.key === key);
  if (!found) throw new Error(`no row for ${key}`);
  return found;
}

describe('Vigilo fixture pages', () => {
  for (const [page, url] of Object.entries(PAGES)) {
    it(`reads ${page} as its golden reading says`, () => {
      const reading = readFixture(loadFixture(PORTAL, page), url);
      expect(reading).toEqual(golden(PORTAL, page, reading));
    });
  }

  it.each([
    ['class-overview', 'classOverview'],
    ['student-absence', 'studentAbsence'],
    ['lesson-register', 'lessonRegister'],
  ] as const)('detects %s as %s', (page, type) => {
    expect(detectPageType(loadFixture(PORTAL, page))).toBe(type);
    expect(read(page).pageType).toBe(type);
  });
});

describe('Vigilo class overview', () => {
  it('keeps two students with the same name apart', () => {
    const elis = read('class-overview').rows.filter((r) => r.student.name === 'Eli Eksempel');
    expect(elis.map((r) => r.student.key)).toEqual([STUDENT('03'), STUDENT('06')]);
    expect(elis.map((r) => r.totals?.undocumentedLessons)).toEqual([12, 0]);
  });

  it('reads the trinn from the class name: 9B is ungdomstrinn', () => {
    expect(read('class-overview').rows[0]?.student).toMatchObject({ className: '9B', grade: 9, ageBand: 'ungdomstrinn' });
  });

  it('names the missing name column', () => {
    const doc = loadFixture(PORTAL, 'class-overview');
    doc.querySelector('[role="columnheader"]')!.textContent = 'Person';
    const result = vigilo.locate(doc, new URL(PAGES['class-overview']), { asOf: AS_OF });
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-column', column: 'Elev', part: 'overview' }]);
  });
});

describe('Vigilo student absence list', () => {
  it('reads dates without a year in the school year of the day it reads them', () => {
    const siri = read('student-absence').rows[0]!;
    expect(siri.events.map((e) => e.date)).toEqual([
      '2026-09-07', '2026-09-21', '2026-09-29', '2026-10-12', '2026-10-26', '2026-11-04', '2026-11-09', '2026-11-16',
    ]);
  });

  it('reads a message from home (the envelope) as reported, and no message as not reported', () => {
    const siri = read('student-absence').rows[0]!;
    expect(siri.events.filter((e) => e.notified === true).map((e) => e.date)).toEqual(['2026-09-29', '2026-10-12', '2026-11-16']);
    expect(siri.events.find((e) => e.date === '2026-09-07')?.notified).toBe(false);
  });

  it('names the missing date column', () => {
    const doc = loadFixture(PORTAL, 'student-absence');
    doc.querySelector('[role="columnheader"]')!.textContent = 'Når';
    const result = vigilo.locate(doc, new URL(PAGES['student-absence']), { asOf: AS_OF });
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-column', column: 'Dato', part: 'list' }]);
  });
});

describe('Vigilo register', () => {
  it('reads each day’s dropdown, minutes and envelope as they are now', () => {
    const doc = loadFixture(PORTAL, 'lesson-register');
    const located = vigilo.locate(doc, new URL(PAGES['lesson-register']), { asOf: AS_OF });
    if (!located.ok) throw new Error(JSON.stringify(located.missing));
    const slot = located.layout.slots.find((s) => s.key === STUDENT('01'))!;
    expect(vigilo.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({ events: [] });

    doc.querySelector<HTMLSelectElement>('select[aria-label="Fravær, Ada Attrapp, torsdag 19.11."]')!.value = 'TU';
    doc.querySelector<HTMLInputElement>('input[aria-label="Minutter, Ada Attrapp, torsdag 19.11."]')!.value = '45';
    expect(vigilo.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({
      events: [{ date: '2026-11-19', kind: 'lesson', minutes: 45, code: 'TU', documented: false, notified: false }],
    });
  });

  it('takes the days from the column headers', () => {
    const tor = row(read('lesson-register').rows, STUDENT('04'));
    expect(tor.events.map((e) => [e.date, e.kind, e.minutes])).toEqual([
      ['2026-11-16', 'late', 10],
      ['2026-11-18', 'late', 5],
      ['2026-11-20', 'late', 15],
    ]);
  });

  it('lets the envelope say the home reported an undocumented day', () => {
    const siri = row(read('lesson-register').rows, STUDENT('05'));
    expect(siri.events).toEqual([{ date: '2026-11-16', kind: 'day', documented: false, notified: true, code: 'U', countsTowardLimit: false }]);
  });

  it('applies the teacher’s code overrides', () => {
    const override: AbsenceCodeMeaning = { ...VIGILO.codes.FS, description: 'Kom og gikk', kind: 'leftEarly' };
    const tor = row(read('lesson-register', undefined, { FS: override }).rows, STUDENT('04'));
    expect(tor.events.map((e) => e.kind)).toEqual(['leftEarly', 'leftEarly', 'leftEarly']);
  });
});
