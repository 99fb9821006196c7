// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { isCouldNotRead, type AbsenceCodeMeaning } from '../../../lib/portals/adapter';
import { detectPageType, VISMA_INSCHOOL, vismaInSchool } from '../../../lib/portals/visma-inschool';
import { AS_OF, golden, loadFixture, notesOf, readFixture } from './adapters-fixture';

const PORTAL = 'visma-inschool';
const PAGES = {
  'class-overview': 'https://oppdiktet-vgs.inschool.visma.no/#/app/attendance/basis-group/7001',
  'student-absence': 'https://oppdiktet-vgs.inschool.visma.no/#/app/learner/51002/attendance',
  'student-absence-embedded': 'https://oppdiktet-vgs.inschool.visma.no/#/app/learner/51003/attendance',
  'lesson-register': 'https://oppdiktet-vgs.inschool.visma.no/#/app/teaching-group/90121/attendance?date=2026-11-23',
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

describe('Visma InSchool fixture pages', () => {
  for (const [page, url] of Object.entries(PAGES)) {
    it(`reads ${page} as its golden reading says`, () => {
      const reading = readFixture(loadFixture(PORTAL, page), url);
      expect(reading).toEqual(golden(PORTAL, page, reading));
    });
  }

  it.each([
    ['class-overview', 'classOverview'],
    ['student-absence', 'studentAbsence'],
    ['student-absence-embedded', 'studentAbsence'],
    ['lesson-register', 'lessonRegister'],
  ] as const)('detects %s as %s', (page, type) => {
    expect(detectPageType(loadFixture(PORTAL, page))).toBe(type);
    expect(read(page).pageType).toBe(type);
  });
});

describe('Visma InSchool class overview', () => {
  it('reads each subject’s percentage with the limits the page states', () => {
    const ola = row(read('class-overview').rows, 'visma-inschool:51002');
    expect(ola.totals?.subjects.find((s) => s.subjectCode === 'NOR1212')).toEqual({
      subject: 'Norsk',
      subjectCode: 'NOR1212',
      percent: 9.4,
      warningLimit: 8,
      limit: 10,
    });
  });

  it('keeps two students with the same name apart', () => {
    const olas = read('class-overview').rows.filter((r) => r.student.name === 'Ola Oppdiktet');
    expect(olas.map((r) => r.student.key)).toEqual(['visma-inschool:51002', 'visma-inschool:51005']);
    expect(olas.map((r) => r.totals?.lessons)).toEqual([15, 2]);
  });

  it('reads Vg2 from the class name 2STA', () => {
    expect(read('class-overview').rows[0]?.student).toMatchObject({ className: '2STA', grade: 12, ageBand: 'videregaende' });
  });

  it('names the missing name column', () => {
    const doc = loadFixture(PORTAL, 'class-overview');
    doc.querySelector('th')!.textContent = 'Person';
    const result = vismaInSchool.locate(doc, new URL(PAGES['class-overview']), { asOf: AS_OF });
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-column', column: 'Elev', part: 'overview' }]);
  });
});

describe('Visma InSchool student absence', () => {
  it('does not count "R" (a talk with the school nurse or adviser) as absence', () => {
    const ola = read('student-absence').rows[0]!;
    expect(ola.events.map((e) => e.date)).not.toContain('2026-11-09');
    expect(ola.events).toHaveLength(10);
  });

  it('reads a whole-day registration as a day, whatever the code', () => {
    const ola = read('student-absence').rows[0]!;
    expect(ola.events.find((e) => e.date === '2026-11-02')).toEqual({
      date: '2026-11-02',
      kind: 'day',
      documented: false,
      notified: false,
      code: 'X',
      countsTowardLimit: true,
    });
  });

  it('applies the teacher’s code overrides', () => {
    const counted: AbsenceCodeMeaning = { ...VISMA_INSCHOOL.codes.X, description: 'Annen utdanning, telles' };
    const ola = read('student-absence', undefined, { R: counted }).rows[0]!;
    expect(ola.events.find((e) => e.date === '2026-11-09')).toMatchObject({ code: 'R', kind: 'lesson', minutes: 45, countsTowardLimit: true });
  });

  it('names the missing code column', () => {
    const doc = loadFixture(PORTAL, 'student-absence');
    [...doc.querySelectorAll('th')].find((th) => th.textContent === 'Kode')!.textContent = 'Merknad';
    const result = vismaInSchool.locate(doc, new URL(PAGES['student-absence']), { asOf: AS_OF });
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-column', column: 'Kode', part: 'list' }]);
  });

  it('prefers the embedded JSON, which has every registration, to the paged table', () => {
    const kari = read('student-absence-embedded').rows[0]!;
    expect(kari.student.key).toBe('visma-inschool:51003');
    expect(kari.events).toHaveLength(13); // 14 registrations, one of them "!" (a school activity)
    expect(kari.totals?.subjects.find((s) => s.subjectCode === 'MAT1023')).toMatchObject({ percent: 11.5, warningLimit: 8, limit: 10 });
  });

  it('falls back to the table, and says why, when the embedded JSON is not what it expects', () => {
    const doc = loadFixture(PORTAL, 'student-absence-embedded');
    const script = doc.querySelector('script[type="application/json"]')!;
    script.textContent = JSON.stringify({ absences: 'not a list' });
    const reading = read('student-absence-embedded', doc);
    expect(reading.rows[0]?.events).toHaveLength(5);
    // The check reads the object's keys in order: "learner" comes first, and the test's JSON has none.
    expect(notes('student-absence-embedded', doc)).toEqual([{ code: 'embedded-data-unexpected', detail: 'learner: expected an object' }]);
  });
});

describe('Visma InSchool lesson register', () => {
  it('reads the code and minutes the teacher has entered now', () => {
    const doc = loadFixture(PORTAL, 'lesson-register');
    const located = vismaInSchool.locate(doc, new URL(PAGES['lesson-register']), { asOf: AS_OF });
    if (!located.ok) throw new Error(JSON.stringify(located.missing));
    const slot = located.layout.slots.find((s) => s.key === 'visma-inschool:51001')!;
    expect(vismaInSchool.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({ events: [] });

    doc.querySelector<HTMLSelectElement>('#code-51001')!.value = 'X';
    expect(vismaInSchool.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({
      events: [{ date: '2026-11-23', kind: 'lesson', minutes: 90, subject: 'Norsk', code: 'X', countsTowardLimit: true }],
    });

    const minutes = slot.elements[0]!.querySelector<HTMLInputElement>('input[type="number"]')!;
    minutes.value = '20';
    expect(vismaInSchool.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({ events: [{ minutes: 20 }] });
  });

  it('says so when the minutes field holds something that is not a number', () => {
    const doc = loadFixture(PORTAL, 'lesson-register');
    const minutes = doc.querySelector<HTMLInputElement>('input[aria-label="Minutter fravær for Kari Konstruert"]')!;
    minutes.type = 'text';
    minutes.value = 'halve';
    expect(notes('lesson-register', doc)).toEqual([{ code: 'unreadable-minutes', text: 'halve', student: 'Kari Konstruert' }]);
    expect(read('lesson-register', doc).warnings).toEqual([
      'kunne ikke lese «Kari Konstruert»: kunne ikke lese minuttene «halve» for Kari Konstruert',
    ]);
  });
});
