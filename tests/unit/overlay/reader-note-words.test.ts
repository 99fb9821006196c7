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
    expect(readerNoteLines('nb', NOTES, { row: 'generic:k1', name: 'Kari Nordmann' })).toEqual([
      'Tabellen er delt på flere sider; bare denne siden er lest',
      'Kunne ikke lese «mye» i kolonnen «Dager» for Kari Nordmann',
      'Kolonnen «Fravær» sier ikke om den teller dager eller timer, så den er ikke lest for Kari Nordmann',
    ]);
  });

  it('in nynorsk and English', () => {
    expect(readerNoteLines('nn', NOTES, { row: 'generic:o1', name: 'Ola Nordmann' })).toEqual([
      'Tabellen er delt på fleire sider; berre denne sida er lesen',
      'Kunne ikkje lese «??» i kolonnen «Timer» for Ola Nordmann',
    ]);
    expect(readerNoteLines('en', NOTES, { row: 'generic:p1', name: 'Per Pettersen' })).toEqual(['The table is split into pages; only this page was read']);
  });

  it('shows that the table counts one subject beside every student\'s figures', () => {
    const notes: PageNote[] = [{ code: 'one-subject', subject: 'Matematikk R1' }];
    const line = 'The table shows the absence in one subject (Matematikk R1), not the student’s total absence: its lessons are a part of the absence, and its percentage is of the subject’s lessons, not of the school days';
    expect(readerNoteLines('en', notes, { row: 'generic:a1', name: 'Amanda Hole' })).toEqual([line]);
    expect(readerNoteLines('en', notes, { row: 'generic:f1', name: 'Fredrik Aune' })).toEqual([line]);
  });

  it('tells two students who share a name apart by their rows', () => {
    // Two rows shown as "Emma Hansen": each note names its row by key, and only that row's popover shows it.
    const notes: PageNote[] = [
      { code: 'unreadable-value', text: 'mye', header: 'Dager', student: 'Emma Hansen', row: 'generic:e1' },
      { code: 'column-unit-unclear', header: 'Fravær', student: 'Emma Hansen', row: 'generic:e2' },
    ];
    expect(readerNoteLines('nb', notes, { row: 'generic:e1', name: 'Emma Hansen' })).toEqual(['Kunne ikke lese «mye» i kolonnen «Dager» for Emma Hansen']);
    expect(readerNoteLines('nb', notes, { row: 'generic:e2', name: 'Emma Hansen' })).toEqual([
      'Kolonnen «Fravær» sier ikke om den teller dager eller timer, så den er ikke lest for Emma Hansen',
    ]);
    // A third Emma Hansen whose row the reader noted nothing about.
    expect(readerNoteLines('nb', notes, { row: 'generic:e3', name: 'Emma Hansen' })).toEqual([]);
  });

  it('has nothing to say when the reader noticed nothing', () => {
    expect(readerNoteLines('nb', [], { row: 'generic:k1', name: 'Kari Nordmann' })).toEqual([]);
  });
});
