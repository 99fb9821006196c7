import { FormDefinition, type FormDefinitionInput } from '../form-definition';
import { raelingen } from './sources';

/**
 * Rælingen's samarbeidsavtale ("ref: Nittedal kommune: Alvorlig skolefravær"). The guidance the
 * form prints under a heading is kept as the field's hint. "Dersom samarbeidsavtalen fylles ut og
 * tiltak iverksettes, skal et evalueringsmøte avholdes innen tre uker": the evaluation date and
 * the period are prefilled from the agreement date.
 */
const definition: FormDefinitionInput = {
  id: 'samarbeidsavtale',
  title: 'Samarbeidsavtale mellom elev, foreldre, skole og evt andre involverte',
  fileStem: 'samarbeidsavtale',
  source: raelingen('«Punkter til samarbeidsavtale mellom elev, foreldre, skole og evt andre involverte»'),
  sections: [
    {
      fields: [
        { id: 'sted-dato', label: 'Sted, dato', kind: 'place-date', prefill: 'agreementDate', origin: 'page' },
        { id: 'tilstede', label: 'Tilstede ved utarbeidelsen', kind: 'lines', lines: 2, origin: 'notes' },
        {
          id: 'mal',
          label: 'Mål for samarbeidet',
          hint: 'Dette vil som regel være at eleven er tilstede på skolen hver dag, eventuelt et bestemt antall dager ved opptrapping av tilstedeværelse.',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        { id: 'skolens-ansvar', label: 'Skolens ansvar', kind: 'lines', lines: 3, origin: 'notes' },
        { id: 'foreldrenes-ansvar', label: 'Foreldrenes ansvar', kind: 'lines', lines: 3, origin: 'notes' },
        { id: 'elevens-ansvar', label: 'Elevens ansvar', kind: 'lines', lines: 3, origin: 'notes' },
        { id: 'ungdomslosens-ansvar', label: 'UngdomsLosens ansvar', kind: 'lines', lines: 3, origin: 'notes' },
        { id: 'andre-involverte', label: '(Eventuelt andre involverte?)', kind: 'lines', lines: 2, origin: 'notes' },
        {
          id: 'plan-b',
          label: 'Plan B',
          hint: 'Hvis oppgavene beskrevet over ikke fører til at eleven klarer å møte som avtalt, iverksettes plan B. Spesifiser hvem som skal ta kontakt og hvem som gjør hva for å tilrettelegge for elevens deltagelse.',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        {
          id: 'periode',
          label: 'Avtalen gjelder for perioden (som regel 3).',
          kind: 'text',
          prefill: 'agreementPeriod',
          origin: 'page',
        },
        {
          id: 'evalueres',
          label: 'Den skal evalueres (dato)',
          hint: '(dato for evalueringsmøte)',
          kind: 'date',
          prefill: 'evaluationDate',
          origin: 'page',
        },
        {
          id: 'signaturer',
          label: 'Signaturer på avtalen',
          hint: 'Alle som er tilstede signerer på avtalen, også eleven.',
          kind: 'signature',
          lines: 5,
          origin: 'none',
        },
      ],
    },
  ],
};

export const samarbeidsavtale = FormDefinition.parse(definition);
