import { forecastBasisLine, forecastLine, forecastUncertaintyWords } from '../../lib/forecast/wording';
import type { Forecast } from '../../lib/model';
import { useT } from './words';

/** "Hvis tempoet holder": the same forecast as the popover's, with what it rests on and why to take care. */
export function ForecastSection({ forecast }: { forecast: readonly Forecast[] }) {
  const t = useT();
  return (
    <>
      <h3>{t('forecastTitle')}</h3>
      {forecast.length === 0 ? (
        <p>{t('forecastNone')}</p>
      ) : (
        <>
          <ul className="forecast" data-testid="forecast">
            {forecast.map((f) => (
              <li key={f.triggerId}>
                <strong>{forecastLine(f, t)}</strong>
                <p className="source">{[forecastBasisLine(f, t), ...forecastUncertaintyWords(f, t)].join('; ')}</p>
              </li>
            ))}
          </ul>
          <p className="source">{t('forecastOurs')}</p>
        </>
      )}
    </>
  );
}
