import type { MessageTable } from '../message-table';

/**
 * Teach mode's banner: what to click, and its buttons. Carried by the part of the overlay that runs
 * teach mode (loaded when the teacher starts it), not by the content script.
 */
export const teachMessages = {
  teachClickName: {
    nb: 'Klikk på navnet til en elev i tabellen.',
    nn: 'Klikk på namnet til ein elev i tabellen.',
    en: "Click a student's name in the table.",
  },
  teachClickAbsence: {
    nb: 'Klikk på fraværskolonnen(e) i samme rad, og trykk Ferdig.',
    nn: 'Klikk på fråværskolonnen(e) i same rad, og trykk Ferdig.',
    en: 'Click the absence column(s) in the same row, then Done.',
  },
  teachError: { nb: 'Det gikk ikke: $1', nn: 'Det gjekk ikkje: $1', en: 'That did not work: $1' },
  teachDone: { nb: 'Ferdig', nn: 'Ferdig', en: 'Done' },
  teachCancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
} satisfies MessageTable;
