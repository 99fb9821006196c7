import type { Translator } from '../i18n/translate';
import type { Forecast } from '../model/forecast';
import { periodRangeText } from '../model/shown-period';

/** "14.12.": the day and month a forecast lands on (it is always within the current term). */
function dayAndMonth(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.`;
}

function formatAmount(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
}

/** "I dette tempoet passeres 8 dager rundt 14.12." */
export function forecastLine(forecast: Forecast, t: Translator): string {
  const { quantity, limit } = forecast.basis;
  const amount = t(quantity === 'days' ? 'forecastDays' : quantity === 'lessons' ? 'forecastLessons' : 'forecastPercent', formatAmount(limit));
  return t('forecastLine', amount, dayAndMonth(forecast.expectedOn));
}

/** "Bygger på 4 fraværsdager de siste 20 skoledagene (14.09–16.10)". */
export function forecastBasisLine(forecast: Forecast, t: Translator): string {
  const b = forecast.basis;
  return t(b.absentUnit === 'lessons' ? 'forecastBasisLessons' : 'forecastBasisDays', formatAmount(b.absent), b.schoolDays, periodRangeText(b.from, b.to));
}

/** The reasons for care, in the teacher's words: "usikkert: kort periode". */
export function forecastUncertaintyWords(forecast: Forecast, t: Translator): string[] {
  return forecast.basis.uncertainty.map((reason) => {
    switch (reason) {
      case 'shortPeriod':
        return t('forecastShortPeriod');
      case 'fewAbsences':
        return t('forecastFewAbsences');
      case 'longRunLeftOut': {
        const run = forecast.basis.leftOut;
        return t('forecastLongRunLeftOut', run ? periodRangeText(run.from, run.to) : '');
      }
      case 'farAhead':
        return t('forecastFarAhead');
    }
  });
}
