import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Reading, norwegianSchoolYear, type Level } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { DEFAULT_PROFILE_BY_PORTAL, getBuiltInProfile } from '../../../lib/guidelines/registry';

/**
 * What the overlay must show on a fixture page, worked out in Node from the page's golden reading
 * (checked by hand against the page) and the guideline engine: the browser must agree with it,
 * student for student.
 */
export const FIXTURE_AS_OF = '2026-11-23';
const FIXTURES = resolve('tests/fixtures/portals');

export interface FixturePage {
  portal: string;
  /** Path under tests/fixtures/portals, e.g. "vigilo/class-overview.html". */
  path: string;
  expectedLevels: Record<string, Level>;
  names: Record<string, string>;
}

export function fixturePagesWithGoldens(): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const portal of readdirSync(FIXTURES)) {
    const dir = join(FIXTURES, portal);
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.html')) continue;
      const golden = join(dir, file.replace(/\.html$/, '.reading.json'));
      if (!existsSync(golden)) continue;
      const json: unknown = JSON.parse(readFileSync(golden, 'utf8'));
      // Goldens of unreadable pages record the "could not read"; those pages are tested apart.
      if ((json as { ok?: unknown }).ok === false) continue;
      const reading = Reading.parse(json);
      if (reading.rows.length === 0) continue;
      const profile = getBuiltInProfile(DEFAULT_PROFILE_BY_PORTAL[portal as keyof typeof DEFAULT_PROFILE_BY_PORTAL] ?? 'kearney-forskning');
      if (!profile) throw new Error(`no default profile for ${portal}`);
      const calendar = norwegianSchoolYear(2026);
      const expectedLevels: Record<string, Level> = {};
      const names: Record<string, string> = {};
      for (const row of reading.rows) {
        const assessment = evaluate(
          { student: row.student, events: row.events, ...(row.totals ? { totals: row.totals } : {}), coverage: row.coverage, calendar },
          profile,
          FIXTURE_AS_OF,
        );
        expectedLevels[row.student.key] = assessment.level;
        names[row.student.key] = row.student.name;
      }
      pages.push({ portal, path: `${portal}/${file}`, expectedLevels, names });
    }
  }
  return pages;
}
