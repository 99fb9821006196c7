import { defineProfile } from '../profile';

/**
 * Research thresholds (Kearney, 2008) as RBUP presents them in its course slides on school
 * absence, slide "Når er fraværet problematisk?". For portals whose municipality has not been
 * chosen: no national rule says when absence becomes worrying, so the research criteria stand in.
 * Quotes are verbatim from the slides; " … " joins the bullets of one slide.
 *
 * Levels, and why: the slide answers "Når er fraværet problematisk?" with criteria it does not
 * rank, so each one that is met gives `concern` ("problematisk"). No watch or serious level comes
 * from this source.
 * - "mer enn 25% av skoletiden siste 14 dagene": absent school time in the last 14 calendar days.
 * - "mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene": met by either more than 10
 *   days or more than 15 % of the school days in the last 15 weeks (combine 'or'): 11 days is
 *   "mer enn 10 dagers fravær" even where it is 14.9 % of the window.
 * - The third criterion (difficulty attending that has affected the family for 14 days) is not on
 *   any page; a note can record it.
 * School time: enkelttimer count as a share of a school day; holidays and weekends are not school time.
 */

const document = 'Kursdag om skolefravær (lysbilder)';
const publisher = 'RBUP Øst og Sør';
const problematisk = { document, publisher, section: 'Når er fraværet problematisk? (Kearney, 2008)', page: 16 };
const kartlegging = { document, publisher, section: 'Kartlegging av eleven', page: 65 };
const forsterket = { document, publisher, section: 'Forsterket samarbeid', page: 80 };

export const kearneyForskning = defineProfile({
  id: 'kearney-forskning',
  name: 'Forskningsbaserte terskler (Kearney 2008)',
  publisher,
  audience: 'alle',
  version: '1.0',
  sources: [problematisk, kartlegging, forsterket],
  forms: ['kartlegging-fravaersmonster', 'samarbeidsavtale'],
  triggers: [
    {
      id: 'kearney-25-prosent-14-dager',
      kind: 'shareOfSchoolTime',
      level: 'concern',
      percentOver: 25,
      lastCalendarDays: 14,
      quote: 'Borte mer enn 25% av skoletiden siste 14 dagene',
      source: problematisk,
      stepId: 'kartlegging-eleven',
    },
    {
      id: 'kearney-10-dager-15-uker',
      kind: 'longWindow',
      level: 'concern',
      weeks: 15,
      daysOver: 10,
      percentOver: 15,
      combine: 'or',
      quote: 'Har hatt mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene',
      source: problematisk,
      stepId: 'kartlegging-eleven',
    },
  ],
  steps: [
    {
      id: 'kartlegging-eleven',
      title: 'Kartlegge eleven: hva handler fraværet om?',
      quote:
        'Oppfølging av fraværet: hva handler det om? … Generell trivsel og fungering på skolen … Hjemmesituasjonen … Andre faktorer',
      source: kartlegging,
      responsible: 'Skolen',
      forms: ['kartlegging-fravaersmonster'],
      next: 'samle-laget',
    },
    {
      id: 'samle-laget',
      title: 'Samle laget rundt eleven og avtale tiltak',
      quote:
        'Samle laget så fort som mulig – vise at det er en prioritet, at det er viktig … Bli enige om realistisk gjennomførbare tiltak – alle med fokus på sin rolle … Avtale hyppighet, og sette datoer videre fremover',
      source: forsterket,
      responsible: 'Skolen inkl. ledelse',
      forms: ['samarbeidsavtale'],
    },
  ],
});
