// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { vismaInSchool } from '../../../lib/portals/visma-inschool';
import { golden, loadFixture, readFixture } from './adapters-fixture';

const PORTAL = 'visma-inschool';
const PAGES = {
  'class-overview': 'https://oppdiktet-vgs.inschool.visma.no/#/app/attendance/basis-group/7001',
  'student-absence': 'https://oppdiktet-vgs.inschool.visma.no/#/app/learner/51002/attendance',
  'student-absence-embedded': 'https://oppdiktet-vgs.inschool.visma.no/#/app/learner/51003/attendance',
  'lesson-register': 'https://oppdiktet-vgs.inschool.visma.no/#/app/teaching-group/90121/attendance?date=2026-11-23',
} as const;

describe('Visma InSchool fixture pages', () => {
  for (const [page, url] of Object.entries(PAGES)) {
    it(`reads ${page} as its golden reading says`, () => {
      const reading = readFixture(vismaInSchool, loadFixture(PORTAL, page), url);
      expect(reading).toEqual(golden(PORTAL, page, reading));
    });
  }
});
