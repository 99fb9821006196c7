import { defineProfile } from '../profile';

/**
 * Rælingen kommune, grunnskole (1.–10. trinn): "Fravær i barnehager og skoler – en praktisk og
 * faglig veileder". Quotes are verbatim from the guide (mostly its "Kortversjon av skolens rolle
 * ved fravær"), spelling included ("kartleggingskjema", "og eller/10 timer").
 *
 * Levels, and why:
 * - watch: the faresignaler that ask for a call or a conversation, not yet for a report — absence
 *   without notice ("Ikke gitt beskjed om fravær"), "Forsentkomming til skolestart", "Eleven møter
 *   opp på skolen, men forlater den igjen". The guide gives no count, so one occurrence this
 *   halvår is enough, as its list of faresignaler says.
 * - concern: what the guide calls "Bekymringsfullt fravær" and sends to skolens ledelse — "mistanke
 *   om ugyldig fravær" (whole day or enkelttimer) and "fravær over 8 dager og/eller 10 enkelttimer",
 *   plus the faresignal "Høyt gyldig fravær (10 dager i halvåret)".
 * - serious: none. The guide's remark "etter 3 ukers fravær fra skolen blir det vanskeligere å få
 *   effekt av tiltak" says why to act early; it sets no threshold, so no rule is made of it.
 * Deadlines: "umiddelbart" is the same day; "senest tredje dag" is the third school day counting
 * the first day of unnotified absence; "innen tre uker" is 21 days after the samarbeidsavtale.
 */

const document = 'Fravær i barnehager og skoler – en praktisk og faglig veileder';
const publisher = 'Rælingen kommune';
const kortversjon = { document, publisher, section: 'Kortversjon av skolens rolle ved fravær' };
const faresignaler = { document, publisher, section: 'Kortversjon av skolens rolle ved fravær: Faresignaler som krever handling' };
const tiltakskjede = { document, publisher, section: 'Skjematisk oversikt over rutiner/tiltakskjede for oppfølging av fravær' };
const kartleggingssamtale = { document, publisher, section: 'Kartleggingssamtale ved bekymring for fravær' };
const barnevernet = { document, publisher, section: 'Aktuelle offentlige instanser: Barnevernet' };

const UMIDDELBART = { kind: 'sameDay', label: 'umiddelbart', from: 'trigger' } as const;

export const raelingenGrunnskole = defineProfile({
  id: 'raelingen-grunnskole',
  name: 'Rælingen kommune – fravær i grunnskolen',
  publisher,
  audience: 'grunnskole',
  version: '1.0',
  sources: [kortversjon, tiltakskjede, kartleggingssamtale],
  forms: ['kartlegging-fravaersmonster', 'samarbeidsavtale', 'evaluering-samarbeidsavtale'],
  triggers: [
    {
      id: 'uvarslet-fravaer',
      kind: 'unnotified',
      level: 'watch',
      minDays: 1,
      // "Ikke gitt beskjed om fravær": enkelttimer without notice are absence without notice too.
      includeLessons: true,
      quote:
        'Ved fravær uten at skolen er kontaktet, kontaktes hjemmet umiddelbart på barnetrinnet. Ungdomsskolene kontakter foresatte så snart som mulig og senest tredje dag dersom de ikke har fått beskjed.',
      source: kortversjon,
      stepId: 'kontakt-hjemmet',
      deadline: {
        ...UMIDDELBART,
        perAgeBand: { ungdomstrinn: { kind: 'schoolDays', n: 3, label: 'senest tredje dag' } },
      },
    },
    {
      id: 'over-8-dager-10-timer',
      kind: 'absenceTotal',
      level: 'concern',
      window: 'term',
      filter: 'any',
      daysOver: 8,
      lessonsOver: 10,
      combine: 'or',
      quote: 'Dersom fravær over 8 dager og/eller 10 enkelttimer skal kartleggingskjema 1 benyttes.',
      source: kortversjon,
      stepId: 'kartlegging',
    },
    {
      id: 'hoyt-gyldig-fravaer',
      kind: 'absenceTotal',
      level: 'concern',
      window: 'term',
      filter: 'documented',
      daysAtLeast: 10,
      quote: 'Høyt gyldig fravær (10 dager i halvåret)',
      source: faresignaler,
      stepId: 'kartlegging',
    },
    {
      id: 'ugyldig-hel-dag',
      kind: 'undocumented',
      level: 'concern',
      unit: 'day',
      atLeast: 1,
      quote: 'Ugyldig fravær hel dag',
      source: faresignaler,
      stepId: 'melde-ledelsen',
      deadline: UMIDDELBART,
    },
    {
      id: 'ugyldig-enkelttimer',
      kind: 'undocumented',
      level: 'concern',
      unit: 'lesson',
      atLeast: 1,
      quote: 'Ugyldig fravær fra enkelttimer',
      source: faresignaler,
      stepId: 'melde-ledelsen',
      deadline: UMIDDELBART,
    },
    {
      id: 'forsentkomming',
      kind: 'lateness',
      level: 'watch',
      atLeast: 1,
      firstLessonOnly: true,
      quote: 'Forsentkomming til skolestart',
      source: faresignaler,
      stepId: 'melde-ledelsen',
    },
    {
      id: 'forlater-skolen',
      kind: 'leftEarly',
      level: 'watch',
      atLeast: 1,
      quote: 'Eleven møter opp på skolen, men forlater den igjen',
      source: faresignaler,
      stepId: 'melde-ledelsen',
      // Leaving during the day is "mistanke om ugyldig fravær": the home is contacted at once.
      deadline: UMIDDELBART,
    },
  ],
  steps: [
    {
      id: 'kontakt-hjemmet',
      title: 'Kontakte hjemmet',
      quote:
        'Ved fravær uten at skolen er kontaktet, kontaktes hjemmet umiddelbart på barnetrinnet. Ungdomsskolene kontakter foresatte så snart som mulig og senest tredje dag dersom de ikke har fått beskjed.',
      source: kortversjon,
      responsible: 'Rektor',
      perOccurrence: true,
    },
    {
      id: 'melde-ledelsen',
      title: 'Oppsummere fraværet, melde ugyldig fravær til ledelsen og kontakte hjemmet',
      quote:
        'Ukentlig rutine: Oppsummerer fraværet hver uke. Ved ugyldig fravær eller mistanke om dette, rapporteres dette til skolens ledelse og hjemmet kontaktes umiddelbart.',
      source: kortversjon,
      responsible: 'Kontaktlærer',
      perOccurrence: true,
    },
    {
      id: 'kartlegging',
      title: 'Melde til ledelsen og fylle ut kartleggingsskjema 1',
      quote:
        'Bekymringsfullt fravær (mistanke om ugyldig fravær eller fravær over 8 dager og eller/10 timer) meldes videre til skolens ledelse. Dersom fravær over 8 dager og/eller 10 enkelttimer skal kartleggingskjema 1 benyttes.',
      source: kortversjon,
      responsible: 'Kontaktlærer',
      forms: ['kartlegging-fravaersmonster'],
      next: 'barnevern',
    },
    {
      id: 'barnevern',
      title: 'Drøfte saken med barneverntjenesten før andre tiltak, i de situasjonene veilederen nevner',
      quote:
        'Noen situasjoner skal ALLTID drøftes med barneverntjenesten før andre tiltak vurderes iverksatt: - Dersom det er mistanke om vold eller overgrep mot barnet/ungdommen. - Dersom det er mistanke om rusmisbruk hos foresatte eller omsorgssvikt i hjemmet. - Dersom et barn/ungdom viser vedvarende, alvorlige atferdsvansker',
      source: barnevernet,
      responsible: 'Veilederen sier ikke hvem; skolen avgjør',
      condition:
        'hvis det er mistanke om vold eller overgrep, om rusmisbruk hos foresatte eller omsorgssvikt, eller eleven viser vedvarende, alvorlige atferdsvansker',
      next: 'samtale',
    },
    {
      id: 'samtale',
      title: 'Kalle inn foresatte og elev til samtale',
      quote:
        'Foresatte og elev innkalles til samtale ved behov. Tiltak iverksettes basert på kartlegging og opplysninger. UngdomsLOS bør delta på møter vedrørende barn/ungdom fra 6 trinn og oppover.',
      source: kortversjon,
      responsible: 'Rektor',
      next: 'nytt-mote',
    },
    {
      id: 'nytt-mote',
      title: 'Avtale nytt møte innen en uke, med ledelsen til stede',
      quote:
        'Dersom det er behov for ytterligere kartlegging eller det ikke er tydelig hvilke tiltak som bør iverksettes, avtales et nytt møte innen en uke. Ledelsen skal være representert.',
      source: kartleggingssamtale,
      responsible: 'Rektor (ledelsen skal være representert)',
      condition: 'hvis det trengs mer kartlegging eller det ikke er tydelig hvilke tiltak som bør iverksettes',
      deadline: { kind: 'weeks', n: 1, label: 'innen en uke', from: 'previousStep' },
      next: 'tverrfaglig-mote',
    },
    {
      id: 'tverrfaglig-mote',
      title: 'Drøfte saken i tverrfaglig møte',
      quote: 'Evt drøfte saken i tverrfaglig møte. UngdomsLOS innkalles til møter hvor fraværsproblematikk skal drøftes.',
      source: kortversjon,
      responsible: 'Rektor',
      next: 'avklaring',
    },
    {
      id: 'avklaring',
      title: 'Avslutte saken (A) eller kalle inn til møte og lage samarbeidsavtale (B)',
      quote:
        'A: Dersom fraværet har en naturlig forklaring, avsluttes saken. B: Dersom fraværet er bekymringsfullt stort eller økende kalles det inn til møte med foresatte, ungdomsLOS/familieveileder og andre aktuelle instanser. Det gjøres avtale om hvilke tiltak som skal settes inn, se egen mal.',
      source: kortversjon,
      responsible: 'Rektor',
      forms: ['samarbeidsavtale'],
      next: 'evalueringsmote',
    },
    {
      id: 'evalueringsmote',
      title: 'Holde evalueringsmøte om samarbeidsavtalen',
      quote: 'Dersom samarbeidsavtalen fylles ut og tiltak iverksettes, skal et evalueringsmøte avholdes innen tre uker.',
      source: kartleggingssamtale,
      responsible: 'Rektor/kontaktlærer',
      deadline: { kind: 'weeks', n: 3, label: 'innen tre uker', from: 'agreementSigned' },
      forms: ['evaluering-samarbeidsavtale'],
      next: 'evaluering-utfall',
    },
    {
      id: 'evaluering-utfall',
      title: 'Følge opp evalueringen: nye tiltak, henvisning eller avslutning',
      quote:
        'Fraværet er fortsatt bekymringsfullt: Vurdere behov for flere/andre tiltak. Vurdere behov for henvisning. … Ved bedring: Avtale oppfølging og ny evaluering. Avslutte oppfølging.',
      source: tiltakskjede,
      responsible: 'Alle de involverte instansene',
    },
  ],
});
