import type { MessageTable } from '../message-table';

/**
 * Words of the guideline engine's findings (lib/model/trigger-detail.ts): why a rule fired, why it
 * could not be decided, what the engine had to assume, and a step's deadline where the source has
 * no words for it. Shown by the popover and the student page. A rule's quote («$1») stays in the
 * source's Norwegian.
 */
export const assessmentMessages = {
  asDay: { nb: '$1 dag', nn: '$1 dag', en: '$1 day' },
  asDays: { nb: '$1 dager', nn: '$1 dagar', en: '$1 days' },
  asSchoolDay: { nb: '$1 skoledag', nn: '$1 skuledag', en: '$1 school day' },
  asSchoolDays: { nb: '$1 skoledager', nn: '$1 skuledagar', en: '$1 school days' },
  asLesson: { nb: '$1 enkelttime', nn: '$1 enkelttime', en: '$1 single lesson' },
  asLessons: { nb: '$1 enkelttimer', nn: '$1 enkelttimar', en: '$1 single lessons' },
  asHour: { nb: '$1 time', nn: '$1 time', en: '$1 lesson' },
  asHours: { nb: '$1 timer', nn: '$1 timar', en: '$1 lessons' },
  asTime: { nb: '$1 gang', nn: '$1 gong', en: '$1 time' },
  asTimes: { nb: '$1 ganger', nn: '$1 gonger', en: '$1 times' },
  asUnknownDays: { nb: 'ukjent antall dager', nn: 'ukjent tal på dagar', en: 'an unknown number of days' },
  asUnknownLessons: { nb: 'ukjent antall enkelttimer', nn: 'ukjent tal på enkelttimar', en: 'an unknown number of single lessons' },
  asPercent: { nb: '$1 %', nn: '$1 %', en: '$1%' },
  asOver: { nb: 'over $1', nn: 'over $1', en: 'over $1' },
  asEither: { nb: '$1 eller $2', nn: '$1 eller $2', en: '$1 or $2' },
  asThisTerm: { nb: 'dette halvåret', nn: 'dette halvåret', en: 'this term' },
  asInPeriod: { nb: 'i perioden $1', nn: 'i perioden $1', en: 'in the period $1' },

  asAbsenceTotal: { nb: '$1 $2 (grense: $3)', nn: '$1 $2 (grense: $3)', en: '$1 $2 (limit: $3)' },
  asAbsenceTotalDocumented: {
    nb: '$1 gyldig fravær $2 (grense: $3)',
    nn: '$1 gyldig fråvær $2 (grense: $3)',
    en: '$1 of documented absence $2 (limit: $3)',
  },
  asAbsenceTotalUndocumented: {
    nb: '$1 ugyldig fravær $2 (grense: $3)',
    nn: '$1 ugyldig fråvær $2 (grense: $3)',
    en: '$1 of undocumented absence $2 (limit: $3)',
  },
  asUndocumented: { nb: '$1 med ugyldig fravær $2', nn: '$1 med ugyldig fråvær $2', en: '$1 of undocumented absence $2' },
  asUnnotifiedDay: {
    nb: '1 skoledag med uvarslet fravær ($1)',
    nn: '1 skuledag med uvarsla fråvær ($1)',
    en: '1 school day of absence without notice ($1)',
  },
  asUnnotifiedRun: {
    nb: '$1 sammenhengende skoledager med uvarslet fravær fra $2',
    nn: '$1 samanhengande skuledagar med uvarsla fråvær frå $2',
    en: '$1 school days in a row of absence without notice from $2',
  },
  asLate: { nb: '$1 for sent $2', nn: '$1 for seint $2', en: 'late $1 $2' },
  asLateForStart: { nb: '$1 for sent til skolestart $2', nn: '$1 for seint til skulestart $2', en: 'late for the start of the day $1 $2' },
  asLeftEarly: {
    nb: '$1 gått fra skolen i løpet av dagen $2',
    nn: '$1 gått frå skulen i løpet av dagen $2',
    en: 'left school during the day $1 $2',
  },
  asFrequency: {
    nb: 'Borte $1 i løpet av $2 ($3–$4; grense: $5)',
    nn: 'Borte $1 i løpet av $2 ($3–$4; grense: $5)',
    en: 'Away $1 within $2 ($3–$4; limit: $5)',
  },
  asFirstSchoolDay: { nb: 'Ikke møtt første skoledag ($1)', nn: 'Ikkje møtt første skuledag ($1)', en: 'Absent on the first school day ($1)' },
  asSubject: {
    nb: '$1: $2 fravær (varsel ved $3, grense $4)',
    nn: '$1: $2 fråvær (varsel ved $3, grense $4)',
    en: '$1: $2 absence (warning at $3, limit $4)',
  },
  asShareOfSchoolTime: {
    nb: 'Borte $1 av skoletiden de siste $2 dagene ($3 av $4; grense: over $5)',
    nn: 'Borte $1 av skuletida dei siste $2 dagane ($3 av $4; grense: over $5)',
    en: 'Away $1 of school time in the last $2 days ($3 of $4; limit: over $5)',
  },
  asShareOfSchoolTimeLeast: {
    nb: 'Minst $1 av $2 ($3) borte de siste $4 dagene (grense: over $5), ut fra totalsummene for $6',
    nn: 'Minst $1 av $2 ($3) borte dei siste $4 dagane (grense: over $5), ut frå totalsummane for $6',
    en: 'At least $1 of $2 ($3) away in the last $4 days (limit: over $5), from the totals for $6',
  },
  asLongWindow: {
    nb: '$1 ($2) fravær de siste $3 ukene ($4; grense: $5)',
    nn: '$1 ($2) fråvær dei siste $3 vekene ($4; grense: $5)',
    en: '$1 ($2) absence in the last $3 weeks ($4; limit: $5)',
  },
  asLongWindowLeast: {
    nb: 'Minst $1 ($2) fravær de siste $3 ukene ($4; grense: $5), ut fra totalsummene for $6',
    nn: 'Minst $1 ($2) fråvær dei siste $3 vekene ($4; grense: $5), ut frå totalsummane for $6',
    en: 'At least $1 ($2) absence in the last $3 weeks ($4; limit: $5), from the totals for $6',
  },

  asNoTerm: {
    nb: 'Skolekalenderen har ikke noe halvår som dekker datoen: kan ikke vurdere fraværet dette halvåret',
    nn: 'Skulekalenderen har ikkje noko halvår som dekkjer datoen: kan ikkje vurdere fråværet dette halvåret',
    en: 'The school calendar has no term covering the date: cannot assess the absence this term',
  },
  asPeriodUnstated: {
    nb: 'Siden sier ikke hvilken periode fraværet gjelder; det er vurdert som dette halvårets',
    nn: 'Sida seier ikkje kva periode fråværet gjeld; det er vurdert som fråværet dette halvåret',
    en: "The page does not say which period the absence covers; it is taken as this term's",
  },
  asTotalsWholeYear: {
    nb: 'Totalsummene gjelder hele skoleåret: kan ikke avgjøre om «$1» gjelder dette halvåret',
    nn: 'Totalsummane gjeld heile skuleåret: kan ikkje avgjere om «$1» gjeld dette halvåret',
    en: 'The totals cover the whole school year: cannot decide whether “$1” holds this term',
  },
  asDocumentedUnknown: {
    nb: 'Noe av fraværet mangler opplysning om gyldig eller ugyldig: kan ikke avgjøre «$1»',
    nn: 'Noko av fråværet manglar opplysning om gyldig eller ugyldig: kan ikkje avgjere «$1»',
    en: 'Some of the absence is not marked documented or undocumented: cannot decide “$1”',
  },
  asNotifiedUnknown: {
    nb: 'Noe av fraværet mangler opplysning om det er meldt: kan ikke vurdere uvarslet fravær fullt ut',
    nn: 'Noko av fråværet manglar opplysning om det er meldt: kan ikkje vurdere uvarsla fråvær fullt ut',
    en: 'Some of the absence does not say whether it was reported: cannot fully assess absence without notice',
  },
  asNoTotals: { nb: 'Totalsummer mangler: kan ikke vurdere «$1»', nn: 'Totalsummar manglar: kan ikkje vurdere «$1»', en: 'No totals: cannot assess “$1”' },
  asTotalsIncomplete: {
    nb: 'Totalsummene viser ikke alt som trengs: kan ikke avgjøre «$1»',
    nn: 'Totalsummane viser ikkje alt som trengst: kan ikkje avgjere «$1»',
    en: 'The totals do not show everything needed: cannot decide “$1”',
  },
  asTotalsNoUndocumented: {
    nb: 'Totalsummene viser ikke ugyldig fravær: kan ikke vurdere «$1»',
    nn: 'Totalsummane viser ikkje ugyldig fråvær: kan ikkje vurdere «$1»',
    en: 'The totals do not show undocumented absence: cannot assess “$1”',
  },
  asTotalsNoLateness: {
    nb: 'Totalsummene viser ikke forsentkomming: kan ikke vurdere «$1»',
    nn: 'Totalsummane viser ikkje forseintkoming: kan ikkje vurdere «$1»',
    en: 'The totals do not show lateness: cannot assess “$1”',
  },
  asTotalsNoLeftEarly: {
    nb: 'Totalsummene viser ikke når eleven har gått fra skolen: kan ikke vurdere «$1»',
    nn: 'Totalsummane viser ikkje når eleven har gått frå skulen: kan ikkje vurdere «$1»',
    en: 'The totals do not show when the student left school: cannot assess “$1”',
  },
  asTotalsNoAmounts: {
    nb: 'Totalsummene viser ikke fraværet i dager eller timer: kan ikke vurdere «$1»',
    nn: 'Totalsummane viser ikkje fråværet i dagar eller timar: kan ikkje vurdere «$1»',
    en: 'The totals do not show the absence in days or lessons: cannot assess “$1”',
  },
  asTotalsWindowUnknown: {
    nb: 'Totalsummene ($1 dager for $2) sier ikke hvor mye av fraværet som falt de siste $3 dagene: kan ikke avgjøre «$4»',
    nn: 'Totalsummane ($1 dagar for $2) seier ikkje kor mykje av fråværet som fall dei siste $3 dagane: kan ikkje avgjere «$4»',
    en: 'The totals ($1 days for $2) do not say how much of the absence fell in the last $3 days: cannot decide “$4”',
  },
  asNoDates: { nb: 'Datoer mangler: kan ikke vurdere «$1»', nn: 'Datoar manglar: kan ikkje vurdere «$1»', en: 'No dates: cannot assess “$1”' },
  asNoDatesFrequency: {
    nb: 'Datoer mangler: kan ikke vurdere om eleven er borte $1 eller flere ganger i løpet av $2 dager',
    nn: 'Datoar manglar: kan ikkje vurdere om eleven er borte $1 eller fleire gonger i løpet av $2 dagar',
    en: 'No dates: cannot assess whether the student is away $1 or more times within $2 days',
  },
  asNoDatesUnnotified: {
    nb: 'Datoer mangler: kan ikke vurdere uvarslet fravær',
    nn: 'Datoar manglar: kan ikkje vurdere uvarsla fråvær',
    en: 'No dates: cannot assess absence without notice',
  },
  asPlannedLessonsMissing: {
    nb: 'Planlagte timer mangler for $1: kan ikke regne ut fraværsprosenten mot fraværsgrensen',
    nn: 'Planlagde timar manglar for $1: kan ikkje rekne ut fråværsprosenten mot fråværsgrensa',
    en: 'Planned lessons are missing for $1: cannot work out the absence percentage against the absence limit',
  },
  asWholeDaysNotPerSubject: {
    nb: 'Heldagsfravær kan ikke fordeles på fag uten timeplan: fraværsprosenten per fag kan være høyere',
    nn: 'Heildagsfråvær kan ikkje fordelast på fag utan timeplan: fråværsprosenten per fag kan vere høgare',
    en: 'Whole-day absence cannot be split across subjects without a timetable: the percentage per subject may be higher',
  },
  asAbsenceNotPerSubject: {
    nb: 'Fraværet er ikke vist per fag med planlagte timer: kan ikke regne ut fraværsprosenten mot fraværsgrensen',
    nn: 'Fråværet er ikkje vist per fag med planlagde timar: kan ikkje rekne ut fråværsprosenten mot fråværsgrensa',
    en: 'The absence is not shown per subject with planned lessons: cannot work out the absence percentage against the absence limit',
  },
  asPageShowsOnly: {
    nb: 'Siden viser bare $1: kan ikke avgjøre «$2» uten fraværet utenfor perioden',
    nn: 'Sida viser berre $1: kan ikkje avgjere «$2» utan fråværet utanfor perioden',
    en: 'The page shows only $1: cannot decide “$2” without the absence outside that period',
  },
  asCaseOtherProfile: {
    nb: 'Saken er ført etter en annen veileder («$1»): stegene der er ikke brukt',
    nn: 'Saka er ført etter ein annan rettleiar («$1»): stega der er ikkje brukte',
    en: 'The case was kept under another guideline (“$1”): its steps are not used',
  },

  asSameDay: { nb: 'samme dag', nn: 'same dag', en: 'the same day' },
  asNoDeadline: { nb: 'ingen frist', nn: 'ingen frist', en: 'no deadline' },
  asSameSchoolDay: { nb: 'samme skoledag', nn: 'same skuledag', en: 'the same school day' },
  asBySchoolDay: { nb: 'senest skoledag nr. $1', nn: 'seinast skuledag nr. $1', en: 'by school day $1 at the latest' },
  asWithinDay: { nb: 'innen 1 dag', nn: 'innan 1 dag', en: 'within 1 day' },
  asWithinDays: { nb: 'innen $1 dager', nn: 'innan $1 dagar', en: 'within $1 days' },
  asWithinWeek: { nb: 'innen 1 uke', nn: 'innan 1 veke', en: 'within 1 week' },
  asWithinWeeks: { nb: 'innen $1 uker', nn: 'innan $1 veker', en: 'within $1 weeks' },
  asFromTrigger: { nb: 'regnet fra $1', nn: 'rekna frå $1', en: 'counted from $1' },
  asFromAgreement: { nb: 'regnet fra samarbeidsavtalen $1', nn: 'rekna frå samarbeidsavtalen $1', en: 'counted from the cooperation agreement $1' },
  asFromPreviousStep: { nb: 'regnet fra forrige steg $1', nn: 'rekna frå førre steg $1', en: 'counted from the previous step $1' },
  asAgreementNotSigned: {
    nb: 'samarbeidsavtalen er ikke registrert signert',
    nn: 'samarbeidsavtalen er ikkje registrert signert',
    en: 'the cooperation agreement is not recorded as signed',
  },
  asStartUnknown: { nb: 'startdatoen er ukjent', nn: 'startdatoen er ukjend', en: 'the start date is unknown' },
  asByDate: { nb: 'innen $1', nn: 'innan $1', en: 'by $1' },
} satisfies MessageTable;
