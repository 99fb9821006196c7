import type { MessageTable } from '../message-table';

export const manifestMessages = {
  extName: { nb: 'Nærværsradar', nn: 'Nærværsradar', en: 'Nærværsradar' },
  extDescription: {
    nb: 'Viser bekymringsfullt fravær og neste steg i kommunens veileder, rett i skoleportalen.',
    nn: 'Viser bekymringsfullt fråvær og neste steg i rettleiaren til kommunen, rett i skuleportalen.',
    en: "Shows worrying absence and the next step from the municipality's guideline, right in the school portal.",
  },
  commandScreenShare: {
    nb: 'Skjul eller vis alle merker (skjermdeling)',
    nn: 'Skjul eller vis alle merke (skjermdeling)',
    en: 'Hide or show all badges (screen sharing)',
  },
} satisfies MessageTable;
