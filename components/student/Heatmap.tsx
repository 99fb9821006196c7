import type { Heatmap as HeatmapData } from '../../lib/patterns/types';
import { heatmapShade } from '../../lib/patterns/sparkline';
import type { StudentKey } from './words';
import { useT } from './words';

const WEEKDAYS: readonly StudentKey[] = ['weekdayMon', 'weekdayTue', 'weekdayWed', 'weekdayThu', 'weekdayFri'];

/**
 * RBUP's "Timeplan (rødt/gult/grønt)" as a weekday × lesson table: each cell shows its number, and
 * its colour repeats what the number says (green none, yellow some, red the hardest lessons).
 */
export function Heatmap({ heatmap, period }: { heatmap: HeatmapData; /** "16.11–20.11" when the page showed less than the term. */ period?: string }) {
  const t = useT();
  const lessons = Array.from({ length: heatmap.lessonsPerDay }, (_, i) => i + 1);
  return (
    <div className="heatmap-wrap">
      <table className="heatmap" data-testid="heatmap">
        <caption>{period ? t('popoverHeatmapCaptionPeriod', period) : t('popoverHeatmapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('stuWeekdayLesson')}</span>
            </th>
            {lessons.map((lesson) => (
              <th key={lesson} scope="col">
                {t('stuLessonNumber', lesson)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.counts.map((row, weekday) => (
            <tr key={weekday}>
              <th scope="row">{t(WEEKDAYS[weekday] ?? 'weekdayMon')}</th>
              {row.map((count, lesson) => (
                <td key={lesson} className={`shade-${heatmapShade(count, heatmap.max)}`}>
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="legend">
        <span className="swatch shade-green" aria-hidden="true" /> {t('stuHeatNone')}{' '}
        <span className="swatch shade-yellow" aria-hidden="true" /> {t('stuHeatSome')}{' '}
        <span className="swatch shade-red" aria-hidden="true" /> {t('stuHeatMost')}
      </p>
    </div>
  );
}
