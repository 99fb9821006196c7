import type { WeekPoint } from '../../lib/patterns/types';
import { sparklineGeometry } from '../../lib/patterns/sparkline';
import { formatOneDecimal } from '../../lib/i18n/format';
import { useT } from './words';

/**
 * Absence per school week this term as a line. The picture is for the eye; the label carries
 * every week's number for a screen reader.
 */
export function Sparkline({
  series,
  width = 240,
  height = 48,
  period,
}: {
  series: readonly WeekPoint[];
  width?: number;
  height?: number;
  /** "16.11–20.11" when the page showed less than the term so far. */
  period?: string;
}) {
  const t = useT();
  const geometry = sparklineGeometry(series, width, height);
  const weeks = series.map((w) => formatOneDecimal(t.language, w.dayEquivalents)).join('; ');
  const label = period ? t('sparklineLabelPeriod', period, weeks) : t('sparklineLabel', weeks);
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-testid="sparkline"
    >
      <title>{label}</title>
      <line x1="0" y1={height - 0.5} x2={width} y2={height - 0.5} className="sparkline-base" />
      {geometry.path ? <path d={geometry.path} className="sparkline-line" fill="none" /> : null}
      {geometry.points.map((point) => (
        <circle key={point.weekStart} cx={point.x} cy={point.y} r="2" className="sparkline-point" />
      ))}
    </svg>
  );
}
