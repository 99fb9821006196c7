// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSummary } from '../../../components/overlay/controller/page-summary';
import type { SlotState } from '../../../components/overlay/controller/student-slots.dom';
import { overlayTranslator } from '../../../components/overlay/words';
import type { ReadingRow } from '../../../lib/model';
import type { PortalAdapter } from '../../../lib/portals/adapter';
import { PageSummary } from '../../../lib/messaging/protocol';
import type { PageNote } from '../../../lib/portals/read-problem';
import { okAssessment } from './ok-assessment';

/**
 * The popup's page status carries the reader's notes that no student's popover shows: those about
 * the page as a whole, a row left out, a row no longer listed. A note about a listed student's row
 * is left to that student's popover.
 */
const assessment = okAssessment;

function listed(key: string, name: string): SlotState {
  const anchor = document.createElement('td');
  anchor.textContent = name;
  const row: ReadingRow = { student: { key, name, ageBand: 'ukjent' }, events: [], coverage: 'events' };
  return { slot: { key, anchor, elements: [anchor] }, anchorText: name, badge: null as never, fingerprint: '', row, assessment, patterns: null };
}

describe('the page summary’s notes', () => {
  it('carries the notes about no listed student, and leaves a listed student’s to their popover', () => {
    const notes: PageNote[] = [
      { code: 'paginated' },
      { code: 'unreadable-value', text: 'mye', header: 'Dager', student: 'Emma Hansen', row: 'generic:e1' },
      { code: 'unreadable-value', text: '??', header: 'Timer', student: 'Emma Hansen', row: 'generic:gone' },
      { code: 'row-without-id', name: 'Per Pettersen' },
      { code: 'unknown-absence-type', text: 'X', date: '2026-11-02' },
    ];
    const summary = pageSummary([listed('generic:e1', 'Emma Hansen'), listed('generic:e2', 'Emma Hansen')], {
      adapter: { id: 'generic', name: 'Annen side' } as PortalAdapter,
      readable: true,
      missing: [],
      notes,
      screenShare: false,
      asOf: '2026-11-20',
      t: overlayTranslator('nb'),
    });
    expect(summary.notes).toEqual([notes[0], notes[2], notes[3], notes[4]]);
  });

  it('keeps a page text longer than the popup takes, which clips it and accepts the summary', () => {
    // An icon painted from a data URL, which the reader could not resolve, is quoted as the page wrote it.
    const painted = `url("data:image/png;base64,${'A'.repeat(3000)}")`;
    const summary = pageSummary([], {
      adapter: { id: 'generic', name: 'Annen side' } as PortalAdapter,
      readable: true,
      missing: [],
      notes: [
        { code: 'unknown-codes', codes: [{ text: painted, date: '2026-11-02' }], student: 'Emma Hansen' },
        { code: 'row-without-id', name: 'Per Pettersen' },
      ],
      screenShare: false,
      asOf: '2026-11-20',
      t: overlayTranslator('nb'),
    });
    const taken = PageSummary.parse(summary);
    // 1 999 characters of the page's text and an ellipsis: 2 000, the most a note's text keeps.
    expect(taken.notes).toEqual([
      { code: 'unknown-codes', codes: [{ text: `${painted.slice(0, 1999)}…`, date: '2026-11-02' }], student: 'Emma Hansen' },
      { code: 'row-without-id', name: 'Per Pettersen' },
    ]);
  });
});
