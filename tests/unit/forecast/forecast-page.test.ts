// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { onCourse } from '../../../lib/forecast/forecast';
import { forecastBasisLine, forecastLine, forecastUncertaintyWords } from '../../../lib/forecast/wording';
import { ALL_MESSAGES } from '../../../lib/i18n/catalogue';
import { translatorFor } from '../../../lib/i18n/translate';
import { norwegianSchoolYear } from '../../../lib/model';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from '../portals/read-as-overlay';

/**
 * The E2E test's register page (tests/fixtures/e2e/forecast-register.html) as the overlay reads it,
 * against the research thresholds (the generic reader's default), on Friday 16.10.2026.
 *
 * Per På-vei, worked by hand: 5 days in the term's 39 school days (12,8 %); last 14 days (03.–16.10)
 * 07.10 and 14.10: 2 of 10 (20 %). The last 15 school days (21.09–16.10: weeks 39, 41, 42) hold
 * 22.09, 24.09, 07.10, 14.10: a rate of 4/15.
 * - 14 days over 25 %: on Tue 20.10 (k = 2) the window 07.–20.10 holds 10 school days and
 *   2 + 2 × 4/15 = 2,53 days: 25,3 %. On Mon 19.10 (k = 1): 2,27 of 10, 22,7 %.
 * - 15 weeks over 15 %: the window reaches back before the term until 30.11, so on the k-th day
 *   ahead it holds 39 + k school days and 5 + k × 4/15 days; k = 7: 6,87 of 46 = 14,9 %;
 *   k = 8 (Wed 28.10): 7,13 of 47 = 15,2 %.
 */
const html = readFileSync(join(__dirname, '../../fixtures/e2e/forecast-register.html'), 'utf8');

describe('the forecast on the E2E register page', () => {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const read = readAsOverlay(genericAdapter, doc, new URL('http://127.0.0.1/forecast-register.html'), { asOf: '2026-10-16' });
  if (!read.ok) throw new Error(read.missing.join('; '));
  const calendar = norwegianSchoolYear(2026);
  const assess = (name: string) => {
    const row = read.reading.rows.find((r) => r.student.name === name)!;
    return evaluate({ ...row, calendar, shownPeriod: read.reading.shownPeriod }, kearneyForskning, '2026-10-16');
  };

  it('Per På-vei: nothing fired, both criteria expected within three school weeks', () => {
    const a = assess('Per På-vei');
    expect(a.level).toBe('ok');
    expect(a.forecast.map((f) => [f.triggerId, f.expectedOn, f.basis.quantity, f.basis.schoolDaysAhead])).toEqual([
      ['kearney-25-prosent-14-dager', '2026-10-20', 'percent', 2],
      ['kearney-10-dager-15-uker', '2026-10-28', 'percent', 8],
    ]);
    const t = translatorFor(ALL_MESSAGES, 'nb');
    const first = onCourse(a.forecast)!;
    expect(forecastLine(first, t)).toBe('I dette tempoet passeres 25 % rundt 20.10.');
    expect(forecastBasisLine(first, t)).toBe('Bygger på 4 fraværsdager de siste 15 skoledagene (21.09–16.10)');
    expect(forecastUncertaintyWords(first, t)).toEqual([]);
  });

  it('Ola Stødig: no absence, no forecast; Kari Kartlagt: B has fired, and A is not on course', () => {
    expect(assess('Ola Stødig')).toMatchObject({ level: 'ok', forecast: [] });
    const kari = assess('Kari Kartlagt');
    expect(kari.level).toBe('concern');
    expect(kari.fired.map((f) => f.triggerId)).toEqual(['kearney-10-dager-15-uker']);
    // Her 11 days are one long run (01.–15.09), left out: no other absence, so no rate at all.
    expect(kari.forecast).toEqual([]);
  });
});
