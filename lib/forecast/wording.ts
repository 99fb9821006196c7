import { formatDateRange, formatDayMonth, formatNumber } from '../i18n/format';
import type { forecastMessages } from '../i18n/messages/forecast';
import type { Translator } from '../i18n/translate';

/** The forecast's words only, so the overlay can word a forecast without the pages' tables. */
type ForecastTranslator = Translator<keyof typeof forecastMessages>;
import type { Forecast } from '../model/forecast';


/** "I dette tempoet passeres 8 dager rundt 14.12." */
export function forecastLine(forecast: Forecast, t: ForecastTranslator): string {
  const { quantity, limit } = forecast.basis;
  const amount = t(quantity === 'days' ? 'forecastDays' : quantity === 'lessons' ? 'forecastLessons' : 'forecastPercent', formatNumber(t.language, limit));
  return t('forecastLine', amount, formatDayMonth(t.language, forecast.expectedOn));
}

/** "Bygger på 4 fraværsdager de siste 20 skoledagene (14.09–16.10)". */
export function forecastBasisLine(forecast: Forecast, t: ForecastTranslator): string {
  const b = forecast.basis;
  return t(b.absentUnit === 'lessons' ? 'forecastBasisLessons' : 'forecastBasisDays', formatNumber(t.language, b.absent), b.schoolDays, formatDateRange(t.language, b.from, b.to));
}

/** The reasons for care, in the teacher's words: "usikkert: kort periode". */
export function forecastUncertaintyWords(forecast: Forecast, t: ForecastTranslator): string[] {
  return forecast.basis.uncertainty.map((reason) => {
    switch (reason) {
      case 'shortPeriod':
        return t('forecastShortPeriod');
      case 'fewAbsences':
        return t('forecastFewAbsences');
      case 'longRunLeftOut': {
        const run = forecast.basis.leftOut;
        return t('forecastLongRunLeftOut', run ? formatDateRange(t.language, run.from, run.to) : '');
      }
      case 'farAhead':
        return t('forecastFarAhead');
    }
  });
}
