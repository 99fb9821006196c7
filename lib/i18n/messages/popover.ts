import type { MessageTable } from '../message-table';

/**
 * Words of the popover a badge opens (the next step, why, the actions). Only the popover's script
 * carries them (entrypoints/overlay-popover.ts), loaded at the first badge click; what the popover
 * shares with the badge and the student page stays in overlay.ts.
 */
export const popoverMessages = {
  popoverUndecided: {
    nb: 'Kan ikke vurdere ut fra det siden viser',
    nn: 'Kan ikkje vurdere ut frå det sida viser',
    en: 'Cannot be assessed from what the page shows',
  },
  popoverOwnDefault: {
    nb: 'Nærværsradar-standard (ikke fra veilederen): $1',
    nn: 'Nærværsradar-standard (ikkje frå rettleiaren): $1',
    en: 'Nærværsradar default (not from the guideline): $1',
  },
  popoverClose: { nb: 'Lukk', nn: 'Lukk', en: 'Close' },
  popoverProfile: { nb: 'Veileder: $1', nn: 'Rettleiar: $1', en: 'Guideline: $1' },
  popoverNextStep: { nb: 'Neste steg', nn: 'Neste steg', en: 'Next step' },
  popoverResponsible: { nb: 'Ansvarlig: $1', nn: 'Ansvarleg: $1', en: 'Responsible: $1' },
  popoverDeadline: { nb: 'Frist: $1, $2', nn: 'Frist: $1, $2', en: 'Deadline: $1, $2' },
  popoverDeadlineOverdue: { nb: 'Frist: $1, $2 – forfalt', nn: 'Frist: $1, $2 – forfallen', en: 'Deadline: $1, $2 – overdue' },
  popoverConditional: { nb: 'Bare $1', nn: 'Berre $1', en: 'Only $1' },
  popoverNoDeadline: { nb: 'Ingen fast frist', nn: 'Ingen fast frist', en: 'No fixed deadline' },
  popoverSource: { nb: 'Kilde: $1, «$2»', nn: 'Kjelde: $1, «$2»', en: 'Source: $1, “$2”' },
  popoverNoStepOk: {
    nb: 'Ingenting å gjøre nå etter veilederen.',
    nn: 'Ingenting å gjere no etter rettleiaren.',
    en: 'Nothing to do now according to the guideline.',
  },
  popoverNoStepUndecided: {
    nb: 'Ingen regel er utløst, men siden viser ikke nok til å vurdere alle reglene i veilederen.',
    nn: 'Ingen regel er utløyst, men sida viser ikkje nok til å vurdere alle reglane i rettleiaren.',
    en: 'No rule has fired, but the page does not show enough to assess every rule of the guideline.',
  },
  popoverNoStepClosed: { nb: 'Saken er avsluttet.', nn: 'Saka er avslutta.', en: 'The case is closed.' },
  popoverOverdue: { nb: 'Forfalt', nn: 'Forfalle', en: 'Overdue' },
  popoverWhy: { nb: 'Hvorfor', nn: 'Kvifor', en: 'Why' },
  /** Above what the page's reader noticed about this student's figures (or the page's) and read around. */
  popoverReaderNotes: { nb: 'Fra lesingen av siden', nn: 'Frå lesinga av sida', en: 'From reading the page' },
  popoverNothingFired: {
    nb: 'Ingen regler i veilederen er utløst.',
    nn: 'Ingen reglar i rettleiaren er utløyste.',
    en: 'No rule in the guideline has fired.',
  },
  popoverOpenNotes: { nb: 'Notater og skjema', nn: 'Notat og skjema', en: 'Notes and forms' },
  popoverExportMapping: {
    nb: 'Eksporter kartleggingsskjema',
    nn: 'Eksporter kartleggingsskjema',
    en: 'Export the mapping form',
  },
} satisfies MessageTable;
