import { formatDateRange } from '../../lib/i18n/format';
import type { Patterns } from '../../lib/patterns/types';
import { useT } from './words';
import { Heatmap } from './Heatmap';
import { Sparkline } from './Sparkline';
import { patternFindingWords } from '../overlay/pattern-words';

/** The absence pattern: the weekly line, the timetable heatmap and what stands out, strongest first. */
export function PatternsPanel({ patterns }: { patterns: Patterns }) {
  const t = useT();
  const shown = patterns.shownWindow;
  const range = shown ? formatDateRange(t.language, shown.from, shown.to) : undefined;
  return (
    <section id="monster" aria-labelledby="monster-title" className="card" data-testid="patterns">
      <h2 id="monster-title">{t('popoverPatterns')}</h2>
      {shown && range ? (
        <p className="period" data-testid="shown-period">
          {t('popoverPeriod', range, String(shown.schoolDays))}
        </p>
      ) : null}
      {patterns.weeklySeries && patterns.weeklySeries.length > 0 ? (
        <figure className="sparkline-figure">
          <Sparkline series={patterns.weeklySeries} {...(range ? { period: range } : {})} />
          <figcaption>{t('stuSparklineCaption')}</figcaption>
        </figure>
      ) : null}
      {patterns.heatmap ? (
        <>
          <h3>{t('popoverHeatmap')}</h3>
          <Heatmap heatmap={patterns.heatmap} {...(range ? { period: range } : {})} />
        </>
      ) : null}
      <h3>{t('stuFindings')}</h3>
      {patterns.findings.length === 0 ? (
        <p>{t('stuNoFindings')}</p>
      ) : (
        <ul className="findings">
          {patterns.findings.map((finding) => (
            <li key={finding.id}>{patternFindingWords(t, finding)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
