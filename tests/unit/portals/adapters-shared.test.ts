// @vitest-environment happy-dom
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../../lib/model';
import type { AbsenceCodeMeaning, PortalAdapter } from '../../../lib/portals/adapter';
import { eventFromCode, foldLeftEarly, meaningOf } from '../../../lib/portals/absence-code';
import { gradeFromClassName } from '../../../lib/portals/table/class-name';
import { minutesBetweenTimes } from '../../../lib/portals/table/header-table';
import { definePortal } from '../../../lib/portals/portal';
import { PORTALS } from '../../../lib/portals/registry';
import { vigilo } from '../../../lib/portals/vigilo';
import { vismaFlytSkole } from '../../../lib/portals/visma-flyt-skole';
import { AS_OF, FIXTURES, loadFixture } from './adapters-fixture';
import { readAsOverlay } from './read-as-overlay';

describe('grade from a class name', () => {
  it.each([
    ['7A', 'grunnskole', 7, 'barnetrinn'],
    ['1A', 'grunnskole', 1, 'barnetrinn'],
    ['9B', 'grunnskole', 9, 'ungdomstrinn'],
    ['10 C', 'grunnskole', 10, 'ungdomstrinn'],
    ['7. trinn', 'grunnskole', 7, 'barnetrinn'],
    ['Trinn 4', 'grunnskole', 4, 'barnetrinn'],
    ['11A', 'grunnskole', undefined, 'ukjent'],
    ['Musikkgruppe', 'grunnskole', undefined, 'ukjent'],
    ['2STA', 'videregaende', 12, 'videregaende'],
    ['Vg2 ST', 'videregaende', 12, 'videregaende'],
    ['Vg1 EL', 'videregaende', 11, 'videregaende'],
    ['3IDA', 'videregaende', 13, 'videregaende'],
    ['4STA', 'videregaende', undefined, 'ukjent'],
    [undefined, 'grunnskole', undefined, 'ukjent'],
  ] as const)('%s (%s) → %s, %s', (name, stage, grade, ageBand) => {
    expect(gradeFromClassName(name, stage)).toEqual(grade === undefined ? { ageBand } : { grade, ageBand });
  });

  it('never throws and never gives a grade outside 1–13', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('grunnskole', 'videregaende' as const), (name, stage) => {
        const { grade } = gradeFromClassName(name, stage);
        return grade === undefined || (Number.isInteger(grade) && grade >= 1 && grade <= 13);
      }),
    );
  });
});

describe('lesson length', () => {
  it.each([
    ['08:15–09:45', 90],
    ['8.15 - 9.00', 45],
    ['09:00–08:00', null],
    ['Hele dagen', null],
  ])('%s → %s minutes', (text, minutes) => {
    expect(minutesBetweenTimes(text)).toBe(minutes);
  });
});

describe('absence codes', () => {
  const table: Record<string, AbsenceCodeMeaning> = {
    X: { description: 'Annet fravær', kind: 'lesson', documented: false, notified: false, countsTowardLimit: true },
    R: { description: 'Annen utdanning', kind: 'present', documented: true, notified: true, countsTowardLimit: false },
  };

  it('lets the teacher’s override win over the portal’s table', () => {
    const override = { ...table.X!, documented: true };
    expect(meaningOf('X', table, { X: override })).toBe(override);
    expect(meaningOf('X', table)).toBe(table.X);
  });

  it('finds a code written in the other case, and nothing for a blank', () => {
    expect(meaningOf('x', table)).toBe(table.X);
    expect(meaningOf('  ', table)).toBeUndefined();
    expect(meaningOf('Q', table)).toBeUndefined();
  });

  it('gives no event for a code that is not absence', () => {
    expect(eventFromCode('R', table.R!, { date: AS_OF })).toBeNull();
  });

  it('lets what the page states beside the code win over the code’s default', () => {
    expect(eventFromCode('X', table.X!, { date: AS_OF, notified: true, minutes: 45 })).toEqual({
      date: AS_OF,
      kind: 'lesson',
      minutes: 45,
      documented: false,
      notified: true,
      code: 'X',
      countsTowardLimit: true,
    });
  });

  it('folds one day’s leaving-school marks into one event', () => {
    const leaving = { date: AS_OF, kind: 'leftEarly' as const, documented: false, notified: false };
    const lesson = { date: AS_OF, kind: 'lesson' as const, lessons: [1], documented: false, notified: false };
    expect(foldLeftEarly([lesson, { ...leaving, lessons: [5], subject: 'Musikk' }, { ...leaving, lessons: [4], subject: 'Norsk' }])).toEqual([
      lesson,
      { ...leaving, lessons: [4, 5] },
    ]);
  });
});

describe('reading a page', () => {
  const url = new URL('https://skole.visma.com/raelingen/Absence/ClassOverview');
  // A portal like Visma Flyt Skole's, but whose own code throws where the test says.
  const throwing = (where: 'locate' | 'readStudent', key?: string): PortalAdapter =>
    definePortal(vismaFlytSkole, {
      matchesUrl: vismaFlytSkole.matchesUrl,
      locate: (doc, at, options) => {
        if (where === 'locate') throw new Error('boom');
        return vismaFlytSkole.locate(doc, at, options);
      },
      readStudent: (layout, slot, options) => {
        if (where === 'readStudent' && slot.key === key) throw new Error('boom');
        return vismaFlytSkole.readStudent(layout, slot, options);
      },
    });

  it('turns a portal whose locate throws into "could not read", never an exception', () => {
    const result = readAsOverlay(throwing('locate'), loadFixture('visma-flyt-skole', 'class-overview'), url, { asOf: AS_OF });
    expect(result).toEqual({ ok: false, missing: [{ code: 'unexpected-error', step: 'locate', message: 'boom' }] });
  });

  it('reads the others when one student throws, and says which student could not be read', () => {
    const flaky = throwing('readStudent', 'visma-flyt-skole:100203');
    const result = readAsOverlay(flaky, loadFixture('visma-flyt-skole', 'class-overview'), url, { asOf: AS_OF });
    expect(result.ok && result.reading.rows).toHaveLength(6);
    expect(result.ok && result.notes).toEqual([{ code: 'unexpected-error', step: 'readStudent', message: 'boom' }]);
    expect(result.ok && result.reading.warnings).toEqual(['kunne ikke lese «Kari Konstruert»: lese eleven: uventet feil (boom)']);
  });

  it('reads a student listed twice only once, as the overlay gives one badge per student', () => {
    const doc = loadFixture('visma-flyt-skole', 'class-overview');
    const tbody = doc.querySelector('tbody')!;
    tbody.append(tbody.querySelector('tr')!.cloneNode(true));
    const result = readAsOverlay(vismaFlytSkole, doc, url, { asOf: AS_OF });
    expect(result.ok && result.reading.rows).toHaveLength(7);
    expect(result.ok && new Set(result.reading.rows.map((row) => row.student.key)).size).toBe(7);
  });

  it('never throws on whatever the cells hold, and what it reads is a valid Reading', () => {
    const doc = loadFixture('visma-flyt-skole', 'class-overview');
    const cells = [...doc.querySelectorAll('tbody td:not(.pupil-name)')];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('1,5', '–', '12', '7,5 %', '-3', '1 234')), { minLength: cells.length, maxLength: cells.length }), (texts) => {
        cells.forEach((cell, i) => {
          cell.textContent = texts[i] ?? '';
        });
        const result = readAsOverlay(vismaFlytSkole, doc, url, { asOf: AS_OF });
        return result.ok ? Reading.safeParse(result.reading).success : result.missing.length > 0;
      }),
      { numRuns: 60 },
    );
  });
});

describe('each portal reads only its own pages', () => {
  // Every registered portal's fixture pages, as the fixtures folder holds them.
  const pagesOf = (portal: string): string[] =>
    readdirSync(join(FIXTURES, portal))
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.replace(/\.html$/, ''));

  it('has fixture pages for every registered portal', () => {
    for (const portal of PORTALS) expect(pagesOf(portal.id).length, portal.id).toBeGreaterThan(0);
  });

  it('reads a student only from a layout its own locate made', () => {
    const located = vigilo.locate(loadFixture('vigilo', 'class-overview'), new URL('https://web-school.prod.vigilo-oas.no/'), { asOf: AS_OF });
    if (!located.ok) throw new Error(JSON.stringify(located.missing));
    const slot = located.layout.slots[0]!;
    expect(vigilo.readStudent(located.layout, slot, { asOf: AS_OF })).toMatchObject({ student: { key: slot.key } });
    const elsewhere = { ok: false, missing: [{ code: 'other-reader' }] };
    expect(vismaFlytSkole.readStudent(located.layout, slot, { asOf: AS_OF })).toEqual(elsewhere);
    // A layout with the portal's id that its locate did not make (here, a copy) is not read either.
    expect(vigilo.readStudent({ ...located.layout }, slot, { asOf: AS_OF })).toEqual(elsewhere);
  });

  for (const adapter of PORTALS) {
    for (const { id: portal } of PORTALS) {
      if (portal === adapter.id) continue;
      for (const page of pagesOf(portal)) {
        it(`${adapter.id} finds no students on ${portal}/${page}`, () => {
          const result = adapter.locate(loadFixture(portal, page), new URL('https://example.test/'), { asOf: AS_OF });
          expect(result.ok).toBe(false);
        });
      }
    }
  }
});
