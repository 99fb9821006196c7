import type { MessageTable } from '../message-table';

/**
 * Words of why one student could not be read (lib/portals/read-problem.ts, RowProblem) and of what
 * a reader noticed and read around (PageNote). Longer than the page's reasons and shown in the
 * popup, so the content script does not carry them. The parts that follow a reason (" i kolonnen
 * …", " for Kari") are words of their own, added only when the reader knows them.
 */
export const readingMessages = {
  readInColumn: { nb: ' i kolonnen $1', nn: ' i kolonnen $1', en: ' in the column $1' },
  readForStudent: { nb: ' for $1', nn: ' for $1', en: ' for $1' },
  readOnDate: { nb: ' den $1', nn: ' den $1', en: ' on $1' },
  readStudentNotFound: { nb: 'fant ingen elev med nøkkelen $1 i tabellen', nn: 'fann ingen elev med nøkkelen $1 i tabellen', en: 'found no student with the key $1 in the table' },
  readRowGoneOf: {
    nb: 'raden for $1 finnes ikke lenger i tabellen',
    nn: 'rada for $1 finst ikkje lenger i tabellen',
    en: 'the row for $1 is no longer in the table',
  },
  readRowGone: { nb: 'fant ikke raden i tabellen', nn: 'fann ikkje rada i tabellen', en: 'did not find the row in the table' },
  readInvalidRow: { nb: 'raden for $1 passer ikke: $2', nn: 'rada for $1 passar ikkje: $2', en: 'the row for $1 does not fit: $2' },
  readInvalidField: { nb: '$1: $2', nn: '$1: $2', en: '$1: $2' },
  readInvalidFieldFound: { nb: '$1: $2 (fant: $3)', nn: '$1: $2 (fann: $3)', en: '$1: $2 (found: $3)' },
  readColumnUnitUnclear: {
    nb: 'kolonnen $1 sier ikke om den teller dager eller timer, så den er ikke lest for $2',
    nn: 'kolonnen $1 seier ikkje om han tel dagar eller timar, så han er ikkje lesen for $2',
    en: 'the column $1 does not say whether it counts days or lessons, so it was not read for $2',
  },
  readColumnsDisagree: {
    nb: 'kolonnene $1 og $2 gir hvert sitt tall for det samme, så ingen av dem er lest for $3',
    nn: 'kolonnane $1 og $2 gjev kvart sitt tal for det same, så ingen av dei er lesne for $3',
    en: 'the columns $1 and $2 each give their own figure for the same count, so neither was read for $3',
  },
  readUnreadableValue: { nb: 'kunne ikke lese $1', nn: 'kunne ikkje lese $1', en: 'could not read $1' },
  readNoFigures: { nb: 'fant ingen fraværstall for $1', nn: 'fann ingen fråværstal for $1', en: 'found no absence figures for $1' },
  readUnknownCodes: { nb: 'ukjent fraværskode $1', nn: 'ukjend fråværskode $1', en: 'unknown absence code $1' },
  readUnknownCodesHint: {
    nb: '; legg koden til i kodetabellen i innstillingene',
    nn: '; legg koden til i kodetabellen i innstillingane',
    en: '; add the code to the code table in the settings',
  },
  readUnreadableDate: { nb: 'kunne ikke lese datoen $1', nn: 'kunne ikkje lese datoen $1', en: 'could not read the date $1' },
  readNoDate: { nb: 'fant ingen dato for fraværet til $1', nn: 'fann ingen dato for fråværet til $1', en: 'found no date for the absence of $1' },
  readEndBeforeStart: {
    nb: 'sluttdatoen $1 er før startdatoen $2 for $3',
    nn: 'sluttdatoen $1 er før startdatoen $2 for $3',
    en: 'the end date $1 is before the start date $2 for $3',
  },
  readUnknownAbsenceType: { nb: 'ukjent fraværstype $1 den $2', nn: 'ukjend fråværstype $1 den $2', en: 'unknown type of absence $1 on $2' },
  readUnreadableMinutes: { nb: 'kunne ikke lese minuttene $1', nn: 'kunne ikkje lese minutta $1', en: 'could not read the minutes $1' },
  readNoCode: { nb: 'mangler fraværskode den $1', nn: 'manglar fråværskode den $1', en: 'no absence code on $1' },
  readNotePaginated: {
    nb: 'Tabellen er delt på flere sider; bare denne siden er lest',
    nn: 'Tabellen er delt på fleire sider; berre denne sida er lesen',
    en: 'The table is split into pages; only this page was read',
  },
  readNoteSeveralTables: {
    nb: 'Siden har flere tabeller med elever; bare den første er lest',
    nn: 'Sida har fleire tabellar med elevar; berre den første er lesen',
    en: 'The page has several tables of students; only the first was read',
  },
  readNoteOneSubject: {
    nb: 'Tabellen viser fraværet i ett fag ($1), ikke elevens samlede fravær: timene er en del av fraværet, og prosenten er av fagets timer, ikke av skoledagene',
    nn: 'Tabellen viser fråværet i eitt fag ($1), ikkje det samla fråværet til eleven: timane er ein del av fråværet, og prosenten er av timane i faget, ikkje av skuledagane',
    en: 'The table shows the absence in one subject ($1), not the student’s total absence: its lessons are a part of the absence, and its percentage is of the subject’s lessons, not of the school days',
  },
  readNoteEmptyTable: { nb: 'Tabellen med elever er tom', nn: 'Tabellen med elevar er tom', en: 'The table of students is empty' },
  readNoteRowWithoutId: {
    nb: 'raden $1 har ingen elev-id og ble hoppet over',
    nn: 'rada $1 har ingen elev-id og vart hoppa over',
    en: 'the row $1 has no student id and was left out',
  },
  readNoteColumnNotFound: { nb: 'fant ikke kolonnen $1', nn: 'fann ikkje kolonnen $1', en: 'did not find the column $1' },
} satisfies MessageTable;
