// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { vismaFlytSkole } from '../../../lib/portals/visma-flyt-skole';
import { golden, loadFixture, readFixture } from './adapters-fixture';

const PORTAL = 'visma-flyt-skole';
const PAGES = {
  'class-overview': 'https://skole.visma.com/raelingen/Absence/ClassOverview?groupId=4711',
  'student-absence': 'https://skole.visma.com/raelingen/Absence/Pupil?pupilId=100206',
  'lesson-register': 'https://skole.visma.com/raelingen/Absence/Registration?groupId=4711&date=2026-11-23',
} as const;

describe('Visma Flyt Skole fixture pages', () => {
  for (const [page, url] of Object.entries(PAGES)) {
    it(`reads ${page} as its golden reading says`, () => {
      const reading = readFixture(vismaFlytSkole, loadFixture(PORTAL, page), url);
      expect(reading).toEqual(golden(PORTAL, page, reading));
    });
  }
});
