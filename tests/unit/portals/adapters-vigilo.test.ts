// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { vigilo } from '../../../lib/portals/vigilo';
import { golden, loadFixture, readFixture } from './adapters-fixture';

const PORTAL = 'vigilo';
const GROUP = 'e1db6b72-a575-44aa-8665-1ea56de032e5';
const PAGES = {
  'class-overview': `https://web-school.prod.vigilo-oas.no/groups/${GROUP}/absence/overview`,
  'student-absence': 'https://web-school.prod.vigilo-oas.no/students/0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c05/absence',
  'lesson-register': `https://web-school.prod.vigilo-oas.no/groups/${GROUP}/absence/registration?week=2026-W47`,
} as const;

describe('Vigilo fixture pages', () => {
  for (const [page, url] of Object.entries(PAGES)) {
    it(`reads ${page} as its golden reading says`, () => {
      const reading = readFixture(vigilo, loadFixture(PORTAL, page), url);
      expect(reading).toEqual(golden(PORTAL, page, reading));
    });
  }
});
