import type { Assessment, ReadingRow } from '../../../lib/model';
import type { PageLayout, StudentSlot } from '../../../lib/portals/adapter';
import type { RowProblem } from '../../../lib/portals/read-problem';
import type { StudentAssessment } from './student-assessment';
import { cellText } from '../../../lib/portals/table/grid';
import type { BadgeHandle } from '../badge.dom';

/** One student the page lists, with its badge and what was last read and decided about them. */
export interface SlotState {
  slot: StudentSlot;
  /** What the name cell said when the student was located: a list that recycles rows changes it. */
  anchorText: string;
  badge: BadgeHandle;
  /** `row` serialised, to tell a re-read that changed nothing; '' until a re-read needs it. */
  fingerprint: string;
  row: ReadingRow | null;
  /** Why the reader could not read the student's row, when it could not. */
  unread?: RowProblem[];
  assessment: Assessment | null;
  /** Every pattern of the student, analysed when first asked for (the popover). */
  patterns: StudentAssessment['patterns'] | null;
}

/**
 * The students of the current layout and their badges, and the way back from any element of
 * the page to the student it belongs to (a WeakMap from element to student key).
 */
export class StudentSlots {
  private readonly states = new Map<string, SlotState>();
  private readonly elementToKey = new WeakMap<Element, string>();
  private slotsByKey = new Map<string, StudentSlot>();

  /**
   * Takes a freshly located layout: remembers its elements, moves a shown badge to a re-rendered
   * name cell, drops students the page no longer lists. Returns the layout's keys, each once.
   */
  adopt(layout: PageLayout): string[] {
    this.slotsByKey = new Map(layout.slots.map((slot) => [slot.key, slot]));
    const seen = new Set<string>();
    for (const slot of layout.slots) {
      if (seen.has(slot.key)) continue; // adapters keep keys unique; never render one student twice
      seen.add(slot.key);
      for (const element of slot.elements) this.elementToKey.set(element, slot.key);
      this.elementToKey.set(slot.anchor, slot.key);
      const existing = this.states.get(slot.key);
      if (existing) {
        existing.slot = slot;
        existing.anchorText = cellText(slot.anchor);
        // The page may have re-rendered the row: move a shown badge to the new name cell. A badge
        // before a <br> (never inside its anchor) is put back where it stands, which the page
        // watcher ignores as it ignores all the overlay's own elements.
        if (existing.row && existing.badge.host.parentElement !== slot.anchor) placeBadge(existing);
      }
    }
    for (const [key, state] of this.states) {
      if (!seen.has(key)) {
        state.badge.host.remove();
        this.states.delete(key);
      }
    }
    return [...seen];
  }

  /** The current layout's slot for a student. */
  slotFor(key: string): StudentSlot | undefined {
    return this.slotsByKey.get(key);
  }

  add(key: string, slot: StudentSlot, badge: BadgeHandle): void {
    this.states.set(key, { slot, anchorText: cellText(slot.anchor), badge, fingerprint: '', row: null, assessment: null, patterns: null });
  }

  get(key: string): SlotState | undefined {
    return this.states.get(key);
  }

  has(key: string): boolean {
    return this.states.has(key);
  }

  keys(): IterableIterator<string> {
    return this.states.keys();
  }

  values(): IterableIterator<SlotState> {
    return this.states.values();
  }

  /** Removes every badge from the page (the page shows no students, or the overlay stops). */
  clear(): void {
    for (const state of this.states.values()) state.badge.host.remove();
    this.states.clear();
    this.slotsByKey = new Map();
  }

  /** The student whose elements hold this node, if any. */
  keyFor(node: Node, body: HTMLElement | null): string | undefined {
    let element: Element | null = node instanceof Element ? node : node.parentElement;
    while (element && element !== body) {
      const key = this.elementToKey.get(element);
      if (key) return key;
      element = element.parentElement;
    }
    return undefined;
  }
}

/** Whether a student's name cell or rows no longer show that student. */
export function movedAway(state: SlotState): boolean {
  const { anchor, elements } = state.slot;
  if (!anchor.isConnected || elements.some((element) => !element.isConnected)) return true;
  return cellText(anchor) !== state.anchorText;
}

/**
 * Puts a student's badge where the slot says: at the end of the anchor, after the name; or, when
 * the anchor is the <br> that ends a line of text naming the student (lines parted by <br> hold no
 * element of their own), just before it, at the end of that line.
 */
export function placeBadge({ slot: { anchor }, badge: { host } }: Pick<SlotState, 'slot' | 'badge'>): void {
  if (anchor.tagName === 'BR') anchor.before(host);
  else anchor.append(host);
}
