// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ForecastSection } from '../../../components/student/ForecastSection';
import type { Forecast } from '../../../lib/model';
import { renderInLanguage } from './render-in-language';

const render = (forecast: Forecast[], language: 'nb' | 'nn' | 'en' = 'nb'): HTMLElement =>
  renderInLanguage(<ForecastSection forecast={forecast} />, language);

/** A long illness left out, a short period and few days with absence: every reason for care at once. */
const FORECAST: Forecast = {
  triggerId: 'over-8-dager-10-timer',
  expectedOn: '2026-12-14',
  basis: {
    quantity: 'days', limit: 8, from: '2026-11-02', to: '2026-11-20', schoolDays: 15, absent: 2, absentUnit: 'days',
    schoolDaysAhead: 16, leftOut: { from: '2026-10-12', to: '2026-10-21', schoolDays: 8 },
    uncertainty: ['shortPeriod', 'fewAbsences', 'longRunLeftOut', 'farAhead'],
  },
};

describe('the student page says the forecast in the teacher\'s words', () => {
  it('bokmål: the line, what it rests on, every reason for care, and that it is ours', () => {
    const text = render([FORECAST]).textContent;
    expect(text).toContain('Hvis tempoet holder');
    expect(text).toContain('I dette tempoet passeres 8 dager rundt 14.12.');
    expect(text).toContain('Bygger på 2 fraværsdager de siste 15 skoledagene (02.11–20.11)');
    expect(text).toContain('usikkert: kort periode');
    expect(text).toContain('usikkert: få fraværsdager');
    expect(text).toContain('usikkert: langt fravær (12.10–21.10) holdt utenfor');
    expect(text).toContain('usikkert: langt fram');
    expect(text).toContain('Anslaget er Nærværsradars eget, ikke veilederens.');
  });

  it('nynorsk and English, and a plain word when there is nothing to say', () => {
    expect(render([FORECAST], 'nn').textContent).toContain('I dette tempoet vert 8 dagar passert rundt 14.12.');
    expect(render([FORECAST], 'en').textContent).toContain('At this pace, the limit of 8 days is passed around 14/12'); // English dates are dd/mm (lib/i18n/format.ts)
    expect(render([]).textContent).toContain('Ingen grense passeres i dette tempoet før halvåret er slutt');
  });
});
