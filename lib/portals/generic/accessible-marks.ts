import type { AbsenceCodeMeaning } from '../adapter';
import { cellText } from '../table';
import { accessibleName } from './accessible-headers';
import { type CellWords, type CodeReading, flagInText, readCode, readEventType } from './cell-meaning';

/**
 * A register cell's mark as the page means it. An icon ("✗", "⏱") is no code a register writes in
 * letters; what it means is what it tells a screen reader and shows on hover ("Fravær", "For
 * sent": its aria-label, else its title), and that is read in its place. Only for a mark with no
 * letter or digit in it that reads as no code itself: a code the reader knows ("F", "✓") keeps its
 * meaning, and a label that says nothing the reader knows leaves the mark unknown. `shown`: the
 * mark as the page shows it, when that is not the cell's text (a code painted by CSS).
 *
 * `painted`: the cell is empty in the markup, in a column whose marks the page paints with CSS
 * (painted-cells.ts). An icon painted there as an image (a background, `content: url(…)`) has no
 * text at all, or none the reader can resolve; its name says what it means, as an icon's does.
 */
export function readMark(
  cell: Element | undefined,
  words: CellWords,
  overrides?: Record<string, AbsenceCodeMeaning>,
  shown = cellText(cell),
  painted = false,
): CodeReading {
  const reading = readCode(shown, words, overrides);
  if (!cell) return reading;
  if (reading.kind === 'absent') return /[\p{L}\d]/u.test(shown) ? reading : withLessonsNamed(reading, cell);
  const icon = painted ? shown === '' || reading.kind === 'unknown' : reading.kind === 'unknown' && !/[\p{L}\d]/u.test(reading.text);
  if (!icon) return reading;
  const name = accessibleName(cell);
  if (name === '') return reading;
  const named = readCode(name, words, overrides);
  if (named.kind !== 'unknown') return named;
  // A label that says what kind of absence the mark is, with the details after it ("Fravær hele
  // dagen: syk", "Fravær 2 timer (3.–4. time)", "Forsentkomming 10 min"), as a type cell does.
  const kind = readEventType(name, words);
  if (!kind) return reading;
  const event = { kind, documented: flagInText(name, words, 'documented'), notified: flagInText(name, words, 'notified'), code: shown };
  return withLessonsNamed({ kind: 'absent', event }, cell);
}

/** "2 enkelttimer", "4 timer", "3 lessons": how many lessons a mark's label says were missed. */
const LESSONS_NAMED = /(?:^|\s)(\d{1,2})\s*(?:enkelttimer|enkelttimar|enkelttime|timer|timar|time|lessons?|periods?)(?:\s|$)/iu;

/**
 * A mark the page's key explains as lessons missed, without saying how many ("◐ fravær enkelttimer
 * (antall vises når du holder over)"): the count is in the mark's label ("Fravær 2 enkelttimer"),
 * and is read from there.
 */
function withLessonsNamed(reading: Extract<CodeReading, { kind: 'absent' }>, cell: Element): CodeReading {
  if (reading.event.kind !== 'lesson' || reading.event.lessonCount !== undefined) return reading;
  const count = LESSONS_NAMED.exec(accessibleName(cell))?.[1];
  return count === undefined ? reading : { kind: 'absent', event: { ...reading.event, lessonCount: Number(count) } };
}
