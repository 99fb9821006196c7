import type { CaseOutcome, SourceRef } from '../../lib/model';
import type { StudentKey } from './words';
import { RAELINGEN_VEILEDER } from '../../lib/forms/definitions/sources';

/**
 * The ways a case is closed, each with the guideline's own sentence for it (verbatim, Rælingen's
 * guide: "Skjematisk oversikt over rutiner/tiltakskjede for oppfølging av fravær" and the form
 * "Evaluering av samarbeidsavtale").
 */
export interface OutcomeText {
  outcome: CaseOutcome;
  labelKey: StudentKey;
  quote: string;
  source: SourceRef;
}

const tiltakskjede: SourceRef = { ...RAELINGEN_VEILEDER, section: 'Skjematisk oversikt over rutiner/tiltakskjede for oppfølging av fravær' };
const evaluering: SourceRef = { ...RAELINGEN_VEILEDER, section: '«Evaluering av samarbeidsavtale»' };

export const CASE_OUTCOMES: readonly OutcomeText[] = [
  {
    outcome: 'naturligForklaring',
    labelKey: 'stuOutcomeNatural',
    quote: 'A: Dersom fraværet har en naturlig forklaring, avsluttes saken.',
    source: tiltakskjede,
  },
  {
    outcome: 'avsluttetOppfolging',
    labelKey: 'stuOutcomeImproved',
    quote: 'Ved bedring: Avtale oppfølging og ny evaluering. Avslutte oppfølging.',
    source: tiltakskjede,
  },
  {
    outcome: 'henvist',
    labelKey: 'stuOutcomeReferred',
    quote: 'Behov for viderehenvisning til f.eks. PPT, BUP, barneverntjenesten, eller andre instanser er blitt vurdert.',
    source: evaluering,
  },
];
