import type { MessageTable } from '../message-table';

/**
 * Words of why a page could not be read (lib/portals/read-problem.ts, PageProblem) and why teach
 * mode could not use the teacher's clicks (lib/portals/teach-mapping.ts, TeachProblem). The page's
 * quiet indicator and teach mode show them, so their scripts carry this table (the content script
 * does not: they are loaded when needed); the popup shows the page's reasons too. Header words arrive as the page prints them and are quoted.
 */
export const pageReadingMessages = {
  readNoTable: { nb: 'fant ingen tabell på siden', nn: 'fann ingen tabell på sida', en: 'found no table on the page' },
  readNoStudentTable: { nb: 'fant ingen elevtabell', nn: 'fann ingen elevtabell', en: 'found no table of students' },
  readNoNameColumn: {
    nb: 'fant ingen tabell med kolonnen «Navn» eller «Elev»',
    nn: 'fann ingen tabell med kolonnen «Namn» eller «Elev»',
    en: 'found no table with a name column ("Navn" or "Elev")',
  },
  readNoAbsenceColumn: {
    nb: 'fant ingen kolonne med fravær (dager, timer, prosent, forsentkomming eller datoer) i tabellen med elevnavn',
    nn: 'fann ingen kolonne med fråvær (dagar, timar, prosent, forseintkoming eller datoar) i tabellen med elevnamn',
    en: 'found no absence column (days, lessons, percent, late arrivals or dates) in the table of student names',
  },
  readNoAbsenceColumnOf: { nb: 'fant ingen fraværskolonne ($1)', nn: 'fann ingen fråværskolonne ($1)', en: 'found no absence column ($1)' },
  readNoStudentNames: {
    nb: 'ingen rad i tabellen har et elevnavn: den viser noe annet enn elever (klasser, grupper)',
    nn: 'inga rad i tabellen har eit elevnamn: han viser noko anna enn elevar (klassar, grupper)',
    en: 'no row of the table has a student’s name: it lists something other than students (classes, groups)',
  },
  readDatesAhead: {
    nb: 'alle datoene i elevtabellen er etter i dag: den viser noe planlagt (søknader, avtaler), ikke registrert fravær',
    nn: 'alle datoane i elevtabellen er etter i dag: han viser noko planlagt (søknader, avtalar), ikkje registrert fråvær',
    en: 'every date in the table of students is after today: it lists something planned (applications, appointments), not recorded absence',
  },
  readRowsNotLoaded: {
    nb: 'tabellen med elever har bare tomme rader: tallene er ikke lastet inn',
    nn: 'tabellen med elevar har berre tomme rader: tala er ikkje lasta inn',
    en: 'the table of students has only empty rows: the figures have not loaded',
  },
  readPageShowsError: {
    nb: 'siden viser en feilmelding og tabellen med elever er tom: tallene ble ikke hentet',
    nn: 'sida viser ei feilmelding og tabellen med elevar er tom: tala vart ikkje henta',
    en: 'the page shows an error and the table of students is empty: the figures were not fetched',
  },
  readTaughtTableMissing: {
    nb: 'fant ikke tabell nr. $1 som ble lært for denne siden (siden har $2)',
    nn: 'fann ikkje tabell nr. $1 som vart lært for denne sida (sida har $2)',
    en: 'did not find table no. $1, which was taught for this page (the page has $2)',
  },
  readTaughtIncomplete: {
    nb: 'den lærte koblingen for denne siden er ufullstendig; lær siden på nytt',
    nn: 'den lærte koplinga for denne sida er ufullstendig; lær sida på nytt',
    en: 'what was taught for this page is incomplete; teach the page again',
  },
  readTaughtColumnMissing: {
    nb: 'tabell nr. $1 har ikke kolonne nr. $2 som ble lært; lær siden på nytt',
    nn: 'tabell nr. $1 har ikkje kolonne nr. $2 som vart lært; lær sida på nytt',
    en: 'table no. $1 has no column no. $2, which was taught; teach the page again',
  },
  readTaughtColumnUndated: {
    nb: 'kolonne nr. $1 ($2) har ingen dato i overskriften, så kodene kan ikke dateres',
    nn: 'kolonne nr. $1 ($2) har ingen dato i overskrifta, så kodane kan ikkje daterast',
    en: 'column no. $1 ($2) has no date in its header, so its codes cannot be dated',
  },
  readNoHeadings: { nb: 'fant ingen av overskriftene $1', nn: 'fann ingen av overskriftene $1', en: 'found none of the headings $1' },
  readNoTableWithColumn: { nb: 'fant ingen tabell med kolonnen $1', nn: 'fann ingen tabell med kolonnen $1', en: 'found no table with the column $1' },
  readNoTableWithColumns: { nb: 'fant ingen tabell med kolonnene $1', nn: 'fann ingen tabell med kolonnane $1', en: 'found no table with the columns $1' },
  readAndOneOf: { nb: ' og én av $1', nn: ' og éin av $1', en: ' and one of $1' },
  readAndFigures: { nb: ' og fraværstall', nn: ' og fråværstal', en: ' and absence figures' },
  readNoColumnIn: { nb: 'fant ikke kolonnen $1 i $2', nn: 'fann ikkje kolonnen $1 i $2', en: 'did not find the column $1 in $2' },
  readNoStudentsIn: { nb: 'fant ingen elever i $1', nn: 'fann ingen elevar i $1', en: 'found no students in $1' },
  readPartOverview: { nb: 'fraværsoversikten', nn: 'fråværsoversikta', en: 'the absence overview' },
  readPartList: { nb: 'fraværslisten', nn: 'fråværslista', en: 'the absence list' },
  readPartRegister: { nb: 'fraværsføringen', nn: 'fråværsføringa', en: 'the absence register' },
  readNoStudentId: {
    nb: 'fant ingen elev-id på siden (lenke til eleven eller $1)',
    nn: 'fann ingen elev-id på sida (lenkje til eleven eller $1)',
    en: 'found no student id on the page (a link to the student, or $1)',
  },
  readNoStudentName: { nb: 'fant ikke elevens navn', nn: 'fann ikkje namnet til eleven', en: "did not find the student's name" },
  readNoPageDate: { nb: 'fant ikke datoen på siden (feltet $1)', nn: 'fann ikkje datoen på sida (feltet $1)', en: 'did not find the date on the page (the field $1)' },
  readNoDateColumns: {
    nb: 'fant ingen datokolonner ($1) i fraværsføringen',
    nn: 'fann ingen datokolonnar ($1) i fråværsføringa',
    en: 'found no date columns ($1) in the absence register',
  },
  readEmbeddedNotJson: {
    nb: 'fant fraværsdata i siden, men de var ikke gyldig JSON',
    nn: 'fann fråværsdata i sida, men dei var ikkje gyldig JSON',
    en: 'found absence data in the page, but it was not valid JSON',
  },
  readEmbeddedUnexpected: {
    nb: 'fraværsdataene i siden hadde uventet form ($1)',
    nn: 'fråværsdataa i sida hadde uventa form ($1)',
    en: 'the absence data in the page had an unexpected shape ($1)',
  },
  readReaderNotLoaded: {
    nb: 'leseren for denne siden kunne ikke lastes',
    nn: 'lesaren for denne sida kunne ikkje lastast',
    en: 'the reader for this page could not be loaded',
  },
  readOtherReader: { nb: 'siden ble funnet av en annen leser', nn: 'sida vart funnen av ein annan lesar', en: 'the page was found by another reader' },
  readUnexpectedError: { nb: '$1: uventet feil ($2)', nn: '$1: uventa feil ($2)', en: '$1: unexpected error ($2)' },
  readStepUrl: { nb: 'adresse', nn: 'adresse', en: 'address' },
  readStepLocate: { nb: 'finne elevene', nn: 'finne elevane', en: 'finding the students' },
  readStepStudent: { nb: 'lese eleven', nn: 'lese eleven', en: 'reading the student' },
  teachNameNotInCell: {
    nb: 'navnet du klikket på er ikke i en tabellcelle',
    nn: 'namnet du klikka på er ikkje i ei tabellcelle',
    en: 'the name you clicked is not in a table cell',
  },
  teachNameNotInTable: {
    nb: 'navnet du klikket på er ikke i en tabell',
    nn: 'namnet du klikka på er ikkje i ein tabell',
    en: 'the name you clicked is not in a table',
  },
  teachNoAbsenceClicked: { nb: 'klikk på minst én celle med fravær', nn: 'klikk på minst éi celle med fråvær', en: 'click at least one cell with absence' },
  teachNameColumnUnknown: {
    nb: 'fant ikke kolonnen til navnet i tabellen',
    nn: 'fann ikkje kolonnen til namnet i tabellen',
    en: "did not find the name's column in the table",
  },
  teachAbsenceInOtherTable: {
    nb: 'en celle med fravær er ikke i samme tabell som navnet',
    nn: 'ei celle med fråvær er ikkje i same tabell som namnet',
    en: 'a cell with absence is not in the same table as the name',
  },
  teachAbsenceColumnUnknown: {
    nb: 'fant ikke kolonnen til en celle med fravær',
    nn: 'fann ikkje kolonnen til ei celle med fråvær',
    en: 'did not find the column of a cell with absence',
  },
  teachAbsenceInNameColumn: {
    nb: 'en celle med fravær er i samme kolonne som navnet',
    nn: 'ei celle med fråvær er i same kolonne som namnet',
    en: 'a cell with absence is in the same column as the name',
  },
} satisfies MessageTable;
