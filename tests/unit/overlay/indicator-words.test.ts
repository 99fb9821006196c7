import { describe, expect, it } from 'vitest';
import { indicatorView, SHOWN_ROW_REASONS, type UnreadStudent } from '../../../components/overlay/indicator-words';

/**
 * What the "could not read" indicator says when the page was read but some of its students were
 * not: how many, and why in short. Worked out by hand from the reading and indicator tables.
 */
describe('the indicator’s words for students that could not be read', () => {
  it('says how many and why, with the student’s name where the reader left it out', () => {
    const unread: UnreadStudent[] = [{ name: ' Kari Nordmann ', problems: [{ code: 'unreadable-value', text: 'mye', header: 'Dager' }] }];
    expect(indicatorView('nb', [], unread)).toEqual({
      pill: 'Nærværsradar: kunne ikke lese 1 elev',
      pageLines: [],
      rowsIntro: '1 elev kunne ikke leses:',
      rowLines: ['kunne ikke lese «mye» i kolonnen «Dager» for Kari Nordmann'],
    });
  });

  it('quotes the start of a code longer than a line, as an icon painted from a data URL is', () => {
    const painted = `url("data:image/svg+xml;base64,${'PHN2Zy'.repeat(200)}")`;
    const unread: UnreadStudent[] = [{ name: 'Kari', problems: [{ code: 'unknown-codes', codes: [{ text: painted }] }] }];
    // The first 59 characters (31 of the URL's head, 28 of its data) and an ellipsis: 60 within the quotes.
    const start = painted.slice(0, 59);
    expect(start).toBe('url("data:image/svg+xml;base64,PHN2ZyPHN2ZyPHN2ZyPHN2ZyPHN2');
    expect(indicatorView('nb', [], unread).rowLines).toEqual([`ukjent fraværskode «${start}…» for Kari; legg koden til i kodetabellen i innstillingene`]);
  });

  it('keeps the name the reader gave, and says a reason shared by several students once', () => {
    const unread: UnreadStudent[] = [
      { name: 'Kari', problems: [{ code: 'no-code', date: '2026-11-23' }] },
      { name: 'Ola', problems: [{ code: 'no-code', date: '2026-11-23' }] },
      { name: 'Per P.', problems: [{ code: 'unreadable-date', text: '31.02', student: 'Per Pettersen' }] },
    ];
    expect(indicatorView('nb', [], unread)).toEqual({
      pill: 'Nærværsradar: kunne ikke lese 3 elever',
      pageLines: [],
      rowsIntro: '3 elever kunne ikke leses:',
      rowLines: ['mangler fraværskode den 23.11.2026', 'kunne ikke lese datoen «31.02» for Per Pettersen'],
    });
  });

  it('shows the first few reasons and counts the rest', () => {
    expect(SHOWN_ROW_REASONS).toBe(5);
    const names = ['Ada', 'Bo', 'Cai', 'Dag', 'Eli', 'Fia', 'Gro'];
    const unread = names.map((name) => ({ name, problems: [{ code: 'no-figures' as const, student: name }] }));
    const view = indicatorView('en', [], unread);
    expect(view.pill).toBe('Nærværsradar: could not read 7 students');
    expect(view.rowsIntro).toBe('7 students could not be read:');
    expect(view.rowLines).toEqual([
      'found no absence figures for Ada',
      'found no absence figures for Bo',
      'found no absence figures for Cai',
      'found no absence figures for Dag',
      'found no absence figures for Eli',
      'and 2 more',
    ]);
  });

  it('a page that could not be read keeps its own pill and lists nothing of students', () => {
    expect(indicatorView('en', [{ code: 'no-table' }], [])).toEqual({
      pill: 'Nærværsradar: could not read the page',
      pageLines: ['found no table on the page'],
      rowsIntro: null,
      rowLines: [],
    });
  });
});
