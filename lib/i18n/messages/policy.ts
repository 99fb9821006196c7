import type { MessageTable } from '../message-table';

/**
 * Words about the school owner's policy (the settings IT sets through the browser's enterprise
 * policies), in options and the popup. The policy's own problem lines stay in lib's Norwegian.
 */
export const policyMessages = {
  polSetByOwner: { nb: 'Satt av skoleeier', nn: 'Sett av skuleeigar', en: 'Set by the school owner' },
  polLocked: {
    nb: 'Satt av skoleeier – kan ikke endres her.',
    nn: 'Sett av skuleeigar – kan ikkje endrast her.',
    en: 'Set by the school owner – cannot be changed here.',
  },
  polSuggested: {
    nb: 'Satt av skoleeier – du kan endre det.',
    nn: 'Sett av skuleeigar – du kan endre det.',
    en: 'Set by the school owner – you may change it.',
  },
  polActiveTitle: { nb: 'Skoleeier har satt innstillinger', nn: 'Skuleeigaren har sett innstillingar', en: 'The school owner has set some settings' },
  polActiveText: {
    nb: 'Det som er merket «Satt av skoleeier», kommer fra skolens IT. Det som er låst, kan du ikke endre her.',
    nn: 'Det som er merkt «Sett av skuleeigar», kjem frå IT hos skulen. Det som er låst, kan du ikkje endre her.',
    en: 'What is marked «Set by the school owner» comes from the school’s IT. What is locked cannot be changed here.',
  },
  polInvalidTitle: {
    nb: 'Skoleeiers innstillinger kunne ikke brukes',
    nn: 'Innstillingane til skuleeigaren kunne ikkje brukast',
    en: 'The school owner’s settings could not be used',
  },
  polInvalidText: {
    nb: 'Inntil skolens IT har rettet dette, bruker Nærværsradar dine egne innstillinger og standardene. Dette var galt (si fra til IT):',
    nn: 'Til IT hos skulen har retta dette, brukar Nærværsradar dine eigne innstillingar og standardane. Dette var gale (sei frå til IT):',
    en: 'Until the school’s IT has fixed this, Nærværsradar uses your own settings and the defaults. This was wrong (tell IT):',
  },
  polOwnerChoice: { nb: 'Skoleeiers valg: $1', nn: 'Valet til skuleeigaren: $1', en: 'The school owner’s choice: $1' },
  polSiteBySchoolOwner: {
    nb: 'Satt av skoleeier. Åpne siden og slå på Nærværsradar der fra verktøylinjen første gang.',
    nn: 'Sett av skuleeigar. Opne sida og slå på Nærværsradar der frå verktøylinja første gong.',
    en: 'Set by the school owner. Open the site and switch Nærværsradar on there from the toolbar the first time.',
  },
  popGuidelineTitle: { nb: 'Veileder', nn: 'Rettleiar', en: 'Guideline' },
  popGuidelineByPolicy: {
    nb: '$1 – satt av skoleeier.',
    nn: '$1 – sett av skuleeigar.',
    en: '$1 – set by the school owner.',
  },
  popGuidelineByTeacher: { nb: '$1 – valgt av deg.', nn: '$1 – valt av deg.', en: '$1 – chosen by you.' },
  popGuidelineByDefault: {
    nb: '$1 – skoleportalens standard.',
    nn: '$1 – standarden til skuleportalen.',
    en: '$1 – the school portal’s default.',
  },
} as const satisfies MessageTable;
