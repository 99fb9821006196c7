import type { AbsenceCodeMeaning } from '../adapter';
import { cellText } from '../table';
import { accessibleName } from './accessible-headers';
import { type CellWords, type CodeReading, readCode } from './cell-meaning';

/**
 * A register cell's mark as the page means it. An icon ("✗", "⏱") is no code a register writes in
 * letters; what it means is what it tells a screen reader and shows on hover ("Fravær", "For
 * sent": its aria-label, else its title), and that is read in its place. Only for a mark with no
 * letter or digit in it that reads as no code itself: a code the reader knows ("F", "✓") keeps its
 * meaning, and a label that says nothing the reader knows leaves the mark unknown.
 */
export function readMark(cell: Element | undefined, words: CellWords, overrides?: Record<string, AbsenceCodeMeaning>): CodeReading {
  const text = cellText(cell);
  const reading = readCode(text, words, overrides);
  if (!cell || /[\p{L}\d]/u.test(text)) return reading;
  if (reading.kind === 'absent') return withLessonsNamed(reading, cell);
  if (reading.kind !== 'unknown') return reading;
  const name = accessibleName(cell);
  if (name === '') return reading;
  const named = readCode(name, words, overrides);
  return named.kind === 'unknown' ? reading : named;
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
