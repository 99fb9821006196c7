import type { MessageTable } from '../message-table';

/**
 * Words of the quiet "could not read" indicator in the page: that the page, or some of its
 * students, could not be read, and what the teacher can do. Only the indicator's script carries
 * them (entrypoints/overlay-indicator.ts), loaded when there is something to say.
 */
export const indicatorMessages = {
  indicatorPill: { nb: 'Nærværsradar: kunne ikke lese siden', nn: 'Nærværsradar: kunne ikkje lese sida', en: 'Nærværsradar: could not read the page' },
  /** The page was read, but not every student on it. */
  indicatorPillStudent: { nb: 'Nærværsradar: kunne ikke lese 1 elev', nn: 'Nærværsradar: kunne ikkje lese 1 elev', en: 'Nærværsradar: could not read 1 student' },
  indicatorPillStudents: {
    nb: 'Nærværsradar: kunne ikke lese $1 elever',
    nn: 'Nærværsradar: kunne ikkje lese $1 elevar',
    en: 'Nærværsradar: could not read $1 students',
  },
  indicatorTitle: { nb: 'Hva som manglet', nn: 'Kva som mangla', en: 'What was missing' },
  indicatorIntro: {
    nb: 'Nærværsradar fant ikke det den trenger på denne siden:',
    nn: 'Nærværsradar fann ikkje det han treng på denne sida:',
    en: 'Nærværsradar did not find what it needs on this page:',
  },
  /** Followed by why, one line per reason. */
  indicatorUnreadableRow: { nb: '1 elev kunne ikke leses:', nn: '1 elev kunne ikkje lesast:', en: '1 student could not be read:' },
  indicatorUnreadableRows: {
    nb: '$1 elever kunne ikke leses:',
    nn: '$1 elevar kunne ikkje lesast:',
    en: '$1 students could not be read:',
  },
  /** The reasons past the first few, counted. */
  indicatorMoreReasons: { nb: 'og $1 til', nn: 'og $1 til', en: 'and $1 more' },
  indicatorSnapshot: {
    nb: 'Lagre anonymisert kopi av siden',
    nn: 'Lagre anonymisert kopi av sida',
    en: 'Save an anonymised copy of the page',
  },
  indicatorTeach: { nb: 'Lær opp denne siden', nn: 'Lær opp denne sida', en: 'Teach this page' },
} satisfies MessageTable;
