import { describe, expect, it } from 'vitest';
import { readerNoteLines } from '../../../components/overlay/reader-note-words';
import type { PageNote } from '../../../lib/portals/read-problem';

/**
 * What the popover shows of the reader's notes beside one student's figures: the notes about the
 * page as a whole and those about this student, each once, as sentences. Worked out by hand from
 * the reading table (lib/i18n/messages/reading.ts).
 */
const NOTES: PageNote[] = [
  { code: 'paginated' },
  { code: 'unreadable-value', text: 'mye', header: 'Dager', student: 'Kari Nordmann' },
  { code: 'unreadable-value', text: 'mye', header: 'Dager', student: 'Kari Nordmann' },
  { code: 'unreadable-value', text: '??', header: 'Timer', student: 'Ola Nordmann' },
  { code: 'row-without-id', name: 'Per Pettersen' },
  { code: 'column-unit-unclear', header: 'Fravær', student: 'Kari Nordmann' },
  { code: 'empty-table' },
];

describe('the reader’s notes beside a student’s figures', () => {
  it('shows the page’s notes and this student’s, not another student’s nor a left-out row', () => {
    expect(readerNoteLines('nb', NOTES, 'Kari Nordmann')).toEqual([
      'Tabellen er delt på flere sider; bare denne siden er lest',
      'Kunne ikke lese «mye» i kolonnen «Dager» for Kari Nordmann',
      'Kolonnen «Fravær» sier ikke om den teller dager eller timer, så den er ikke lest for Kari Nordmann',
    ]);
  });

  it('in nynorsk and English', () => {
    expect(readerNoteLines('nn', NOTES, 'Ola Nordmann')).toEqual([
      'Tabellen er delt på fleire sider; berre denne sida er lesen',
      'Kunne ikkje lese «??» i kolonnen «Timer» for Ola Nordmann',
    ]);
    expect(readerNoteLines('en', NOTES, 'Per Pettersen')).toEqual(['The table is split into pages; only this page was read']);
  });

  it('has nothing to say when the reader noticed nothing', () => {
    expect(readerNoteLines('nb', [], 'Kari Nordmann')).toEqual([]);
  });
});
