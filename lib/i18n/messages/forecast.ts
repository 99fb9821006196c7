import type { MessageTable } from '../message-table';

/** Words of the forecast (the badge's "på vei" mark, popover, student page) and of the class at a glance. */
export const forecastMessages = {
  forecastTitle: { nb: 'Hvis tempoet holder', nn: 'Om tempoet held', en: 'If the pace holds' },
  forecastOurs: {
    nb: 'Anslaget er Nærværsradars eget, ikke veilederens.',
    nn: 'Anslaget er Nærværsradar sitt eige, ikkje rettleiaren sitt.',
    en: "This estimate is Nærværsradar's own, not the guideline's.",
  },
  forecastLine: {
    nb: 'I dette tempoet passeres $1 rundt $2',
    nn: 'I dette tempoet vert $1 passert rundt $2',
    en: 'At this pace, the limit of $1 is passed around $2',
  },
  forecastDays: { nb: '$1 dager', nn: '$1 dagar', en: '$1 days' },
  forecastLessons: { nb: '$1 enkelttimer', nn: '$1 enkelttimar', en: '$1 single lessons' },
  forecastPercent: { nb: '$1 %', nn: '$1 %', en: '$1 %' },
  forecastBasisDays: {
    nb: 'Bygger på $1 fraværsdager de siste $2 skoledagene ($3)',
    nn: 'Byggjer på $1 fråværsdagar dei siste $2 skuledagane ($3)',
    en: 'Based on $1 days absent in the last $2 school days ($3)',
  },
  forecastBasisLessons: {
    nb: 'Bygger på $1 enkelttimer de siste $2 skoledagene ($3)',
    nn: 'Byggjer på $1 enkelttimar dei siste $2 skuledagane ($3)',
    en: 'Based on $1 single lessons in the last $2 school days ($3)',
  },
  forecastShortPeriod: { nb: 'usikkert: kort periode', nn: 'usikkert: kort periode', en: 'uncertain: short period' },
  forecastFewAbsences: { nb: 'usikkert: få fraværsdager', nn: 'usikkert: få fråværsdagar', en: 'uncertain: few days with absence' },
  forecastLongRunLeftOut: {
    nb: 'usikkert: langt fravær ($1) holdt utenfor',
    nn: 'usikkert: langt fråvær ($1) halde utanfor',
    en: 'uncertain: a long absence ($1) left out',
  },
  forecastFarAhead: { nb: 'usikkert: langt fram', nn: 'usikkert: langt fram', en: 'uncertain: far ahead' },
  forecastNone: {
    nb: 'Ingen grense passeres i dette tempoet før halvåret er slutt, eller siden viser for lite (minst fire skoleuker med datoer) til å si det.',
    nn: 'Inga grense vert passert i dette tempoet før halvåret er slutt, eller sida viser for lite (minst fire skoleveker med datoar) til å seie det.',
    en: 'At this pace no limit is passed before the term ends, or the page shows too little (at least four school weeks with dates) to tell.',
  },
  onCourseMark: { nb: 'på vei', nn: 'på veg', en: 'on course' },
  onCourseName: { nb: 'på vei: $1', nn: 'på veg: $1', en: 'on course: $1' },
  glanceTitle: { nb: 'Klassen på et blikk', nn: 'Klassen på eit blikk', en: 'The class at a glance' },
  glancePrint: { nb: 'Utskriftsvennlig ukeliste', nn: 'Utskriftsvenleg vekeliste', en: 'Printable list for the week' },
  glancePrintNow: { nb: 'Skriv ut', nn: 'Skriv ut', en: 'Print' },
  glancePageTitle: { nb: 'Ukeliste: klassen på et blikk', nn: 'Vekeliste: klassen på eit blikk', en: 'List for the week: the class at a glance' },
  glanceNoTab: {
    nb: 'Fant ikke portalsiden. Åpne listen fra Nærværsradar-knappen mens portalsiden er åpen.',
    nn: 'Fann ikkje portalsida. Opne lista frå Nærværsradar-knappen medan portalsida er open.',
    en: 'The portal page was not found. Open the list from the Nærværsradar button while the portal page is open.',
  },
} satisfies MessageTable;
