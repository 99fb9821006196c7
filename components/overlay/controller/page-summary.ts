import type { IsoDate } from '../../../lib/model';
import type { PortalAdapter } from '../../../lib/portals/adapter';
import type { PageNote, PageProblem } from '../../../lib/portals/read-problem';
import type { PageSummary } from '../../../lib/messaging/protocol';
import { compareUrgency } from '../../../lib/messaging/protocol';
import type { OverlayTranslator } from '../words';
import { onCourseLine } from './student-assessment';
import type { SlotState } from './student-slots.dom';

export interface SummaryContext {
  adapter: PortalAdapter;
  readable: boolean;
  missing: PageProblem[];
  /** Everything the page's reader noted (the layout's warnings). */
  notes: readonly PageNote[];
  screenShare: boolean;
  asOf: IsoDate;
  t: OverlayTranslator;
}

/** What the popup shows for this page: the count per level and the class by urgency. */
export function pageSummary(states: Iterable<SlotState>, context: SummaryContext): PageSummary {
  const counts = { ok: 0, unknown: 0, watch: 0, concern: 0, serious: 0 };
  const urgent: PageSummary['urgent'] = [];
  const listed = new Set<string | undefined>();
  for (const state of states) {
    if (!state.assessment || !state.row) continue;
    listed.add(state.slot.key);
    counts[state.assessment.level]++;
    const step = state.assessment.nextStep;
    const onCourse = onCourseLine(state.assessment, context.t);
    if ((state.assessment.level !== 'ok' && step) || onCourse) {
      urgent.push({
        studentName: state.row.student.name,
        level: state.assessment.level,
        step: step?.title ?? null,
        deadline: step?.deadline ?? null,
        overdue: step?.overdue ?? false,
        onCourse,
      });
    }
  }
  urgent.sort(compareUrgency);
  return {
    portal: context.adapter.id,
    portalName: context.adapter.name,
    readable: context.readable,
    missing: context.missing,
    // A note about a listed student's row is in that student's popover; the rest only the popup shows.
    notes: context.notes.filter((note) => !('row' in note && listed.has(note.row))).slice(0, 100),
    counts,
    urgent,
    screenShare: context.screenShare,
    asOf: context.asOf,
  };
}
