import { defineProfile } from '../profile';

/**
 * Trøndelag fylkeskommune / PPT Trøndelag, videregående (Vg1–Vg3): "Veileder ved bekymringsfullt
 * skolefravær – hvordan fremme nærvær i videregående opplæring". Its "HANDLINGSPLAN – Underveis i
 * skoleåret" gives the triggers; its "ARBEIDSHJUL" (identifisering → kartlegging → oppfølging →
 * evaluering) gives the chain of steps. Quotes are verbatim; " … " joins the bullets of one list.
 *
 * Levels, and why:
 * - concern: the guide's table lists "Uvarslet skolefravær" and "Gjentakende varslet skolefravær"
 *   under "Bekymringsfullt fravær"; the handlingsplan's "1-3 sammenhengende dager med uvarslet
 *   fravær" and "tre eller flere ganger i løpet av en to ukers periode" (documented absence counts:
 *   "selv om fraværet er dokumentert") are how it finds them.
 * - The guide names no percentage for "Elever som står i fare for å ikke få vurdering grunnet
 *   fravær". The fraværsgrense itself (10 %) is the national rule for videregående, not a number
 *   from this guide. Both subject rules are therefore Nærværsradar defaults, labelled as ours and
 *   switchable off: a warning at the portal's own warning limit, else 7 % (concern), and the limit
 *   itself, the portal's for the subject, else 10 % (serious: the grade in the subject is at stake).
 * Deadlines: dialog "etter 1-3 sammenhengende dager" is by the third school day of the run; a
 * letter follows "i løpet av en uke" without response; evaluation "etter 3 uker" after the
 * samarbeidsavtale. Over 18: "Er eleven over 18 år må eleven selv kontaktes".
 */

const document = 'Veileder ved bekymringsfullt skolefravær – hvordan fremme nærvær i videregående opplæring';
const publisher = 'Trøndelag fylkeskommune og PPT Trøndelag';
const underveis = { document, publisher, section: 'Handlingsplan: Underveis i skoleåret – Fortløpende oppfølging av fravær', page: 29 };
const vurdering = {
  document,
  publisher,
  section: 'Handlingsplan: Elever som står i fare for å ikke få vurdering grunnet fravær',
  page: 29,
};
const arbeidshjul = { document, publisher, section: 'Arbeidshjul', page: 7 };
const bekymringsdeling = { document, publisher, section: 'Identifisering: Bekymringsdeling', page: 11 };
const skolestart = { document, publisher, section: 'Handlingsplan: Elever som ikke møter til skolestart', page: 29 };
const identifisering = { document, publisher, section: 'Identifisering: Bekymringsfullt nærvær', page: 11 };

export const trondelagVgs = defineProfile({
  id: 'trondelag-vgs',
  name: 'Trøndelag fylkeskommune – bekymringsfullt skolefravær i videregående',
  publisher,
  audience: 'videregaende',
  version: '1.0',
  sources: [underveis, arbeidshjul],
  forms: ['samarbeidsavtale-trondelag', 'oppfolgingsplan', 'kartlegging-stress', 'evaluering-trondelag'],
  triggers: [
    {
      id: 'ikke-mott-forste-skoledag',
      kind: 'firstSchoolDay',
      level: 'watch',
      quote: 'Elever som ikke møter første skoledag kontaktes per telefon.',
      source: skolestart,
      stepId: 'ringe-forste-skoledag',
    },
    {
      id: 'forsentkomming-sporadisk',
      kind: 'lateness',
      level: 'concern',
      atLeast: 1,
      firstLessonOnly: false,
      quote: 'Forsentkomming og sporadisk fravær',
      source: identifisering,
      stepId: 'kontakt-tre-ganger',
    },
    {
      id: 'uvarslet-1-3-dager',
      kind: 'unnotified',
      level: 'concern',
      minDays: 1,
      quote: 'Fraværsansvarlig etablerer dialog med elev/foresatte etter 1-3 sammenhengende dager med uvarslet fravær.',
      source: underveis,
      stepId: 'dialog-uvarslet',
      deadline: { kind: 'schoolDays', n: 3, label: 'etter 1-3 sammenhengende dager', from: 'trigger' },
    },
    {
      id: 'tre-ganger-to-uker',
      kind: 'frequency',
      level: 'concern',
      atLeast: 3,
      withinDays: 14,
      filter: 'any',
      quote:
        'Dersom eleven er borte tre eller flere ganger i løpet av en to ukers periode kontaktes elev selv om fraværet er dokumentert.',
      source: underveis,
      stepId: 'kontakt-tre-ganger',
    },
    {
      id: 'naer-fravaersgrensen',
      kind: 'subjectLimit',
      level: 'concern',
      warnAtPercent: 7,
      limitPercent: 10,
      fireAt: 'warning',
      ownDefault: {
        why: 'Veilederen sier ikke hvor nær fraværsgrensen eleven må være for å stå i fare for å ikke få vurdering. Nærværsradar varsler ved portalens egen varselgrense for faget, ellers ved 7 %.',
      },
      quote: 'Elever som står i fare for å ikke få vurdering grunnet fravær',
      source: vurdering,
      stepId: 'varsel-fravaersgrense',
    },
    {
      id: 'fravaersgrensen-naadd',
      kind: 'subjectLimit',
      level: 'serious',
      warnAtPercent: 7,
      limitPercent: 10,
      fireAt: 'limit',
      ownDefault: {
        why: 'Fraværsgrensen (10 %) er den nasjonale regelen for videregående, ikke et tall fra veilederen, og veilederen rangerer ikke denne situasjonen. Nærværsradar bruker portalens grense for faget, ellers 10 %, og viser den som alvorlig fordi vurderingen i faget står på spill.',
      },
      quote: 'Elever som står i fare for å ikke få vurdering grunnet fravær',
      source: vurdering,
      stepId: 'varsel-fravaersgrense',
    },
  ],
  steps: [
    {
      id: 'ringe-forste-skoledag',
      title: 'Ringe eleven som ikke møtte første skoledag',
      quote: 'Elever som ikke møter første skoledag kontaktes per telefon. (Skolen må definere hvem som har ansvar for å ta denne kontakten)',
      source: skolestart,
      responsible: 'Skolen må definere hvem som har ansvar for å ta denne kontakten',
    },
    {
      id: 'dialog-uvarslet',
      title: 'Etablere dialog med elev/foresatte',
      quote: 'Fraværsansvarlig etablerer dialog med elev/foresatte etter 1-3 sammenhengende dager med uvarslet fravær.',
      source: underveis,
      responsible: 'Fraværsansvarlig',
      perOccurrence: true,
      ifAdult: 'kontakt-elev-over-18',
      next: 'brev-elevstatus',
    },
    {
      id: 'kontakt-elev-over-18',
      title: 'Kontakte eleven selv (over 18 år)',
      quote:
        'Er eleven over 18 år må eleven selv kontaktes. Dersom skolen ikke lykkes med å få tak i eleven kontaktes foresatte.',
      source: underveis,
      responsible: 'Fraværsansvarlig',
      perOccurrence: true,
      next: 'brev-elevstatus',
    },
    {
      id: 'brev-elevstatus',
      title: 'Sende brev for å avklare elevstatus hvis det ikke er respons innen en uke',
      quote:
        'Dersom det ikke oppnås respons på henvendelse til elev eller foresatte i løpet av en uke, sendes brev for å avklare elevstatus.',
      source: underveis,
      responsible: 'Fraværsansvarlig',
      perOccurrence: true,
      condition: 'hvis det ikke oppnås respons',
      deadline: { kind: 'weeks', n: 1, label: 'i løpet av en uke', from: 'previousStep' },
    },
    {
      id: 'kontakt-tre-ganger',
      title: 'Kontakte eleven og undersøke årsaken',
      quote:
        'Dersom eleven er borte tre eller flere ganger i løpet av en to ukers periode kontaktes elev selv om fraværet er dokumentert. … Årsak undersøkes … Vurder behov for igangsetting av arbeidshjul … Vurder om det er behov for å melde bekymring videre/utvide laget rundt eleven med en gang',
      source: underveis,
      responsible: 'Fraværsansvarlig',
      perOccurrence: true,
      ifAdult: 'kontakt-elev-over-18',
      next: 'identifisering',
    },
    {
      id: 'identifisering',
      title: 'Identifisering: dele bekymringen og tenke gjennom arbeidshjulet',
      quote:
        'Hvis tidlig identifisering og bekymring skal føre til handling og tidlig innsats, er det avgjørende at den som eier bekymringen raskt tenker gjennom arbeidshjulet og deler bekymringen med andre som kjenner eleven på skolen.',
      source: bekymringsdeling,
      responsible: 'Kontaktlærer eller fraværsansvarlig',
      next: 'kartlegging',
    },
    {
      id: 'kartlegging',
      title: 'Kartlegging: nærværsfaktorer, utløsende og opprettholdende faktorer',
      quote:
        'Hva vet vi om nærværsfaktorer, utløsende- og opprettholdende faktorer? … Skole, hjem, elev, annet? … Hva må vi vite mer om? … Hva kan vi gjøre noe med?',
      source: arbeidshjul,
      responsible: 'Laget rundt eleven',
      forms: ['kartlegging-stress'],
      next: 'oppfolging',
    },
    {
      id: 'oppfolging',
      title: 'Oppfølging: mål, tiltak og skriftlig samarbeidsavtale',
      quote:
        'Velg realistiske og konkrete mål … Hva er viktig for eleven? … Velg tiltak som øker sjansen for å nå delmål/mål … Alle i arbeidslaget får oppgaver … Lag en skriftlig samarbeidsavtale',
      source: arbeidshjul,
      responsible: 'Laget rundt eleven',
      forms: ['samarbeidsavtale-trondelag', 'oppfolgingsplan'],
      next: 'evaluering',
    },
    {
      id: 'evaluering',
      title: 'Evaluere mål og tiltak etter 3 uker',
      quote:
        'Evaluer mål og tiltak etter 3 uker: er det fortsatt grunn til bekymring? … Avslutt oppfølging eller start en ny runde av arbeidshjulet',
      source: arbeidshjul,
      responsible: 'Laget rundt eleven',
      deadline: { kind: 'weeks', n: 3, label: 'etter 3 uker', from: 'agreementSigned' },
      forms: ['evaluering-trondelag'],
    },
    {
      id: 'varsel-fravaersgrense',
      title: 'Legge plan for vurdering i faget og sende varsel',
      quote:
        'Legg plan for å sikre vurdering i faget. … Utsending av varsel. (For elever med kjent fraværsproblematikk er det viktig å gi beskjed om at varselet kommer, da flere rapporterer at dette er en unødvendig kilde til stress.)',
      source: vurdering,
      responsible: 'Veilederen sier ikke hvem; skolen avgjør',
      next: 'drofte-elevtjeneste-ppt',
    },
    {
      id: 'drofte-elevtjeneste-ppt',
      title: 'Drøfte med elevtjeneste/PPT elevens rettigheter og muligheter for fullføring',
      quote:
        'Drøft med elevtjeneste/PPT om elevens rettigheter og muligheter for fullføring. (Eksempelvis individuelt tilrettelagt opplæring, opplæring i bedrift, opplæring i hjemmet, tilrettelagt opplæring via nettskole grunnet helsemessige utfordringer.)',
      source: vurdering,
      responsible: 'Veilederen sier ikke hvem; skolen avgjør',
    },
  ],
});
