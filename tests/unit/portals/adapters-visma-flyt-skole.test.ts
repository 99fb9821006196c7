// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { isCouldNotRead, type AbsenceCodeMeaning } from '../../../lib/portals/adapter';
import { detectPageType, VISMA_FLYT_SKOLE, vismaFlytSkole } from '../../../lib/portals/visma-flyt-skole';
import { AS_OF, golden, loadFixture, notesOf, readFixture } from './adapters-fixture';
import { readAsOverlay } from './read-as-overlay';

const PORTAL = 'visma-flyt-skole';
const PAGES = {
  'class-overview': 'https://skole.visma.com/raelingen/Absence/ClassOverview?groupId=4711',
  'student-absence': 'https://skole.visma.com/raelingen/Absence/Pupil?pupilId=100206',
  'lesson-register': 'https://skole.visma.com/raelingen/Absence/Registration?groupId=4711&date=2026-11-23',
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

describe('Visma Flyt Skole fixture pages', () => {
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

  it('says which headings it looked for on a page that is none of its three', () => {
    const doc = loadFixture(PORTAL, 'class-overview');
    doc.querySelector('h1')!.textContent = 'Timeplan';
    expect(detectPageType(doc)).toBeNull();
    const result = vismaFlytSkole.locate(doc, new URL(PAGES['class-overview']), { asOf: AS_OF });
    expect(isCouldNotRead(result) && result.missing).toEqual([
      { code: 'no-headings', headings: [...VISMA_FLYT_SKOLE.headings.classOverview, ...VISMA_FLYT_SKOLE.headings.studentAbsence, ...VISMA_FLYT_SKOLE.headings.lessonRegister] },
    ]);
    expect(VISMA_FLYT_SKOLE.headings.classOverview).toContain('Fraværsoversikt');
  });
});

describe('Visma Flyt Skole class overview', () => {
  it('keeps two students with the same name apart, each with their own numbers', () => {
    const olas = read('class-overview').rows.filter((r) => r.student.name === 'Ola Oppdiktet');
    expect(olas.map((r) => r.student.key)).toEqual(['visma-flyt-skole:100202', 'visma-flyt-skole:100205']);
    expect(olas.map((r) => r.totals?.days)).toEqual([9, 0.5]);
  });

  it('reads the trinn from the class name: 7A is barnetrinn', () => {
    const { student } = read('class-overview').rows[0]!;
    expect(student).toMatchObject({ className: '7A', grade: 7, ageBand: 'barnetrinn' });
  });

  it('leaves the sum row out', () => {
    expect(read('class-overview').rows).toHaveLength(7);
  });

  it('names the missing column when the name column is gone', () => {
    const doc = loadFixture(PORTAL, 'class-overview');
    doc.querySelector('th')!.textContent = 'Person';
    const result = readAsOverlay(vismaFlytSkole, doc, new URL(PAGES['class-overview']), { asOf: AS_OF });
    expect(result.ok).toBe(false);
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-column', column: 'Elev', part: 'overview' }]);
  });

  it('warns about an absence column it did not find but reads the rest', () => {
    const doc = loadFixture(PORTAL, 'class-overview');
    const header = [...doc.querySelectorAll('th')].find((th) => th.textContent === 'Forsentkomminger')!;
    header.textContent = 'Anmerkninger';
    const reading = read('class-overview', doc);
    expect(notes('class-overview', doc)).toContainEqual({ code: 'column-not-found', column: 'Forsentkomminger' });
    expect(row(reading.rows, 'visma-flyt-skole:100204').totals?.lateCount).toBeUndefined();
  });

  it('does not read a cell it cannot understand as zero: that student becomes a warning', () => {
    const doc = loadFixture(PORTAL, 'class-overview');
    const cell = doc.querySelector('tr[data-pupil-id="100206"] td:nth-child(4)')!;
    cell.textContent = 'se merknad';
    const reading = read('class-overview', doc);
    expect(reading.rows.map((r) => r.student.key)).not.toContain('visma-flyt-skole:100206');
    expect(notes('class-overview', doc)).toEqual([{ code: 'unreadable-value', text: 'se merknad', header: 'Dager udokumentert' }]);
    expect(reading.warnings).toEqual(['kunne ikke lese «Fia Fiktiv»: kunne ikke lese «se merknad» i kolonnen «Dager udokumentert»']);
  });
});

describe('Visma Flyt Skole student absence list', () => {
  it('names the missing date column', () => {
    const doc = loadFixture(PORTAL, 'student-absence');
    doc.querySelector('th')!.textContent = 'Når';
    const result = vismaFlytSkole.locate(doc, new URL(PAGES['student-absence']), { asOf: AS_OF });
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-column', column: 'Dato', part: 'list' }]);
  });

  it('takes the student key from the page, the same as in the class overview', () => {
    const [fia] = read('student-absence').rows;
    expect(fia?.student.key).toBe(row(read('class-overview').rows, 'visma-flyt-skole:100206').student.key);
  });

  it('agrees with the class overview about Fia: 7 days, 1 documented, 2 lessons, 1 late', () => {
    const events = read('student-absence').rows[0]!.events;
    const days = events.filter((e) => e.kind === 'day');
    expect(days).toHaveLength(7);
    expect(days.filter((e) => e.documented)).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'lesson').flatMap((e) => e.lessons)).toEqual([1, 2]);
    expect(events.filter((e) => e.kind === 'late')).toHaveLength(1);
  });
});

describe('Visma Flyt Skole lesson register', () => {
  it('reads what the teacher has chosen now, not what the page was loaded with', () => {
    const doc = loadFixture(PORTAL, 'lesson-register');
    const located = vismaFlytSkole.locate(doc, new URL(PAGES['lesson-register']), { asOf: AS_OF });
    if (!located.ok) throw new Error(JSON.stringify(located.missing));
    const slot = located.layout.slots.find((s) => s.key === 'visma-flyt-skole:100201')!;
    expect(vismaFlytSkole.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({ events: [] });

    const select = doc.querySelector<HTMLSelectElement>('select[name="absence[100201][3]"]')!;
    select.value = 'TU';
    expect(vismaFlytSkole.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({
      events: [{ date: '2026-11-23', kind: 'lesson', lessons: [3], subject: 'Matematikk', code: 'TU', documented: false }],
    });
  });

  it('reads the date from the date field as it is now', () => {
    const doc = loadFixture(PORTAL, 'lesson-register');
    doc.querySelector<HTMLInputElement>('#registrationDate')!.value = '2026-11-20';
    const reading = read('lesson-register', doc);
    expect(reading.pageDate).toBe('2026-11-20');
    expect(row(reading.rows, 'visma-flyt-skole:100206').events[0]?.date).toBe('2026-11-20');
  });

  it('lets a whole-day registration stand for the day, and a parent’s message mark it reported', () => {
    const ola = row(read('lesson-register').rows, 'visma-flyt-skole:100202');
    expect(ola.events).toEqual([{ date: '2026-11-23', kind: 'day', documented: true, notified: true, code: 'DG', countsTowardLimit: false }]);
  });

  it('counts leaving school once, however many lessons it covers', () => {
    const nils = row(read('lesson-register').rows, 'visma-flyt-skole:100207');
    expect(nils.events).toEqual([
      { date: '2026-11-23', kind: 'leftEarly', lessons: [4, 5], documented: false, notified: false, code: 'FT', countsTowardLimit: false },
    ]);
  });

  it('applies the teacher’s code overrides', () => {
    const before = row(read('lesson-register').rows, 'visma-flyt-skole:100206').events[0];
    expect(before).toMatchObject({ code: 'DU', documented: false, notified: false });
    const override: AbsenceCodeMeaning = { ...VISMA_FLYT_SKOLE.codes.DU, description: 'Dagsfravær, meldt', documented: true, notified: true };
    const after = row(read('lesson-register', undefined, { DU: override }).rows, 'visma-flyt-skole:100206').events[0];
    expect(after).toMatchObject({ code: 'DU', documented: true, notified: true });
  });

  it('says which code it does not know, and an override teaches it', () => {
    const doc = loadFixture(PORTAL, 'lesson-register');
    const select = doc.querySelector<HTMLSelectElement>('select[name="absence[100201][2]"]')!;
    select.insertAdjacentHTML('beforeend', '<option value="SK">Skoletur</option>');
    select.value = 'SK';
    expect(notes('lesson-register', doc)).toEqual([{ code: 'unknown-codes', codes: [{ text: 'SK' }] }]);
    expect(read('lesson-register', doc).warnings).toEqual([
      'kunne ikke lese «Testa Testesen»: ukjent fraværskode «SK»; legg koden til i kodetabellen i innstillingene',
    ]);
    const taught = read('lesson-register', doc, {
      SK: { description: 'Skoletur', kind: 'present', documented: true, notified: true, countsTowardLimit: false },
    });
    expect(row(taught.rows, 'visma-flyt-skole:100201').events).toEqual([]);
  });
});
