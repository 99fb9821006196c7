import type { MessageTable } from '../message-table';

/** Words of the toolbar popup (and the screen-share switch it shares with the options page). */
export const popupMessages = {
  popTitle: { nb: 'Nærværsradar', nn: 'Nærværsradar', en: 'Nærværsradar' },
  popLoading: { nb: 'Ser på siden …', nn: 'Ser på sida …', en: 'Looking at the page …' },
  popWhat: {
    nb: 'Nærværsradar viser bekymringsfullt fravær og neste steg i kommunens veileder, rett i skoleportalen. Notatene dine blir i denne nettleseren.',
    nn: 'Nærværsradar viser urovekkjande fråvær og neste steg i rettleiaren til kommunen, rett i skuleportalen. Notata dine blir verande i denne nettlesaren.',
    en: "Nærværsradar shows worrying absence and the next step from the municipality's guideline, right in the school portal. Your notes stay in this browser.",
  },
  popUnsupported: {
    nb: 'Nærværsradar kan ikke brukes på denne siden.',
    nn: 'Nærværsradar kan ikkje brukast på denne sida.',
    en: 'Nærværsradar cannot be used on this page.',
  },
  popLevelsTitle: { nb: 'Elever på siden ($1)', nn: 'Elevar på sida ($1)', en: 'Students on the page ($1)' },
  popUrgentNone: { nb: 'Ingen steg venter nå.', nn: 'Ingen steg ventar no.', en: 'No steps are waiting now.' },
  popUrgentHidden: {
    nb: 'Skjult mens skjermdeling er på.',
    nn: 'Gøymt medan skjermdeling er på.',
    en: 'Hidden while screen sharing is on.',
  },
  popDeadline: { nb: 'Frist $1', nn: 'Frist $1', en: 'Deadline $1' },
  popDeadlineOverdue: { nb: 'Frist $1 – forfalt', nn: 'Frist $1 – forfallen', en: 'Deadline $1 – overdue' },
  popNoDeadline: { nb: 'Ingen fast frist', nn: 'Ingen fast frist', en: 'No fixed deadline' },
  popUnreadable: { nb: 'Siden kunne ikke leses', nn: 'Sida kunne ikkje lesast', en: 'The page could not be read' },
  popTeachIntro: {
    nb: 'Vis Nærværsradar hvor navnene og fraværet står, så husker den det for denne siden.',
    nn: 'Vis Nærværsradar kvar namna og fråværet står, så hugsar han det for denne sida.',
    en: 'Show Nærværsradar where the names and the absence are, and it remembers that for this page.',
  },
  /** Above what the page's reader noted about no student the page lists (the page as a whole, a row left out). */
  popReaderNotes: { nb: 'Fra lesingen av siden', nn: 'Frå lesinga av sida', en: 'From reading the page' },
  popTeach: { nb: 'Lær opp denne siden', nn: 'Lær opp denne sida', en: 'Teach this page' },
  popTeachFailed: {
    nb: 'Kunne ikke starte opplæringen. Last inn siden på nytt og prøv igjen.',
    nn: 'Kunne ikkje starte opplæringa. Last inn sida på nytt og prøv igjen.',
    en: 'Could not start teaching. Reload the page and try again.',
  },
  popShareTitle: { nb: 'Skjermdeling', nn: 'Skjermdeling', en: 'Screen sharing' },
  shareSwitch: { nb: 'Skjul alle merker (skjermdeling)', nn: 'Gøym alle merke (skjermdeling)', en: 'Hide every badge (screen sharing)' },
  shareSwitchHint: {
    nb: 'Slå på før du viser skjermen i klassen.',
    nn: 'Slå på før du viser skjermen i klassen.',
    en: 'Turn on before you show your screen in class.',
  },
  shareFailed: {
    nb: 'Skjermdeling kunne ikke slås om. Prøv igjen.',
    nn: 'Skjermdeling kunne ikkje slåast om. Prøv igjen.',
    en: 'Screen sharing could not be switched. Try again.',
  },
  popNotEnabled: {
    nb: 'Nærværsradar er ikke slått på for $1.',
    nn: 'Nærværsradar er ikkje slått på for $1.',
    en: 'Nærværsradar is not turned on for $1.',
  },
  popEnable: { nb: 'Aktiver på denne siden', nn: 'Aktiver på denne sida', en: 'Enable on this site' },
  popEnableHint: {
    nb: 'Nettleseren spør om Nærværsradar får lese sidene på denne adressen. Ingenting sendes noe sted.',
    nn: 'Nettlesaren spør om Nærværsradar får lese sidene på denne adressa. Ingenting blir sendt nokon stad.',
    en: 'The browser asks whether Nærværsradar may read the pages at this address. Nothing is sent anywhere.',
  },
  popEnableRefused: {
    nb: 'Ikke slått på: tilgangen ble ikke gitt.',
    nn: 'Ikkje slått på: tilgangen vart ikkje gitt.',
    en: 'Not enabled: access was not granted.',
  },
  popEnableFailed: { nb: 'Det gikk ikke: $1', nn: 'Det gjekk ikkje: $1', en: 'That did not work: $1' },
  popEnabled: { nb: 'Slått på for $1.', nn: 'Slått på for $1.', en: 'Enabled for $1.' },
  popReloadIntro: {
    nb: 'Last inn siden på nytt for å ta Nærværsradar i bruk.',
    nn: 'Last inn sida på nytt for å ta Nærværsradar i bruk.',
    en: 'Reload the page to start using Nærværsradar.',
  },
  popReload: { nb: 'Last inn siden på nytt', nn: 'Last inn sida på nytt', en: 'Reload the page' },
  popOpenOptions: { nb: 'Innstillinger', nn: 'Innstillingar', en: 'Settings' },
} satisfies MessageTable;
