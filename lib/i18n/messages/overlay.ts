import type { MessageTable } from '../message-table';

/**
 * Words of the in-page overlay that the content script carries: badges, what the popover shares with
 * the student page, teach mode. The popover's own are in popover.ts, the indicator's in indicator.ts.
 */
export const overlayMessages = {
  reasonUndecided: {
    nb: 'Siden viser ikke nok til å avgjøre «$1»: $2',
    nn: 'Sida viser ikkje nok til å avgjere «$1»: $2',
    en: 'The page does not show enough to decide “$1”: $2',
  },
  reasonNothingFired: {
    nb: 'Ingen regler i veilederen er utløst',
    nn: 'Ingen reglar i rettleiaren er utløyste',
    en: 'No rule in the guideline has fired',
  },
  badgeOverdue: { nb: '$1: frist passert', nn: '$1: fristen er ute', en: '$1: overdue' },
  sparklineLabel: {
    nb: 'Fravær per uke dette halvåret (dager): $1',
    nn: 'Fråvær per veke dette halvåret (dagar): $1',
    en: 'Absence per week this term (days): $1',
  },
  sparklineLabelPeriod: {
    nb: 'Fravær per uke i perioden $1 (dager): $2',
    nn: 'Fråvær per veke i perioden $1 (dagar): $2',
    en: 'Absence per week in the period $1 (days): $2',
  },
  popoverPeriod: {
    nb: 'Tallene gjelder perioden siden viser, $1 ($2 skoledager), ikke hele halvåret.',
    nn: 'Tala gjeld perioden sida viser, $1 ($2 skuledagar), ikkje heile halvåret.',
    en: 'The figures cover the period the page shows, $1 ($2 school days), not the whole term.',
  },
  popoverHeatmapCaptionPeriod: {
    nb: 'Fravær per ukedag og time i perioden $1',
    nn: 'Fråvær per vekedag og time i perioden $1',
    en: 'Absence per weekday and lesson in the period $1',
  },
  popoverPatterns: { nb: 'Fraværsmønster', nn: 'Fråværsmønster', en: 'Absence pattern' },
  popoverHeatmap: { nb: 'Timeplan (rødt/gult/grønt)', nn: 'Timeplan (raudt/gult/grønt)', en: 'Timetable (red/yellow/green)' },
  popoverHeatmapCaption: {
    nb: 'Fravær per ukedag og time dette halvåret',
    nn: 'Fråvær per vekedag og time dette halvåret',
    en: 'Absence per weekday and lesson this term',
  },
  weekdayMon: { nb: 'Man', nn: 'Mån', en: 'Mon' },
  weekdayTue: { nb: 'Tir', nn: 'Tys', en: 'Tue' },
  weekdayWed: { nb: 'Ons', nn: 'Ons', en: 'Wed' },
  weekdayThu: { nb: 'Tor', nn: 'Tor', en: 'Thu' },
  weekdayFri: { nb: 'Fre', nn: 'Fre', en: 'Fri' },
  partNotLoaded: {
    nb: 'Nærværsradar kunne ikke åpne dette. Last inn siden på nytt og prøv igjen.',
    nn: 'Nærværsradar kunne ikkje opne dette. Last inn sida på nytt og prøv igjen.',
    en: 'Nærværsradar could not open this. Reload the page and try again.',
  },
} satisfies MessageTable;
