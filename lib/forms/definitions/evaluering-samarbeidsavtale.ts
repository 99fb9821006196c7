import { FormDefinition, type FormDefinitionInput } from '../form-definition';
import { raelingen } from './sources';

/**
 * Rælingen's evaluation of the samarbeidsavtale: "Evaluering av samarbeidsavtalen skal gjøres
 * innen tre uker fra utarbeidelsen." The outcome boxes are the form's "(kryss av)" list, with the
 * form's "ELLER" between the first and the second (the third can go with either, so the boxes are
 * not a one-of scale). "Sted, Dato" is the meeting's own date, filled once the case records the
 * meeting as held.
 */
const definition: FormDefinitionInput = {
  id: 'evaluering-samarbeidsavtale',
  title: 'Evaluering av samarbeidsavtale',
  fileStem: 'evaluering',
  source: raelingen('«Evaluering av samarbeidsavtale»'),
  sections: [
    {
      fields: [
        { id: 'sted-dato', label: 'Sted, Dato', kind: 'place-date', prefill: 'evaluationMeetingDate', origin: 'page' },
        {
          id: 'tilstede',
          label: 'Tilstede ved evalueringen',
          hint: 'Dato og de som er tilstede på evalueringsmøtet noteres',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
        {
          id: 'evaluering-mal',
          label: 'Evaluering av mål',
          hint: 'Evaluering bør også skje fortløpende sammen med eleven med vekt på mestring. Evaluering av samarbeidsavtalen skal gjøres innen tre uker fra utarbeidelsen.',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        {
          id: 'evaluering-tiltak',
          label: 'Evaluering av tiltak',
          hint: 'Hvilke tiltak fungerte godt? Hvilke fungerte ikke? Trenger vi nye?',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        {
          id: 'evaluering-plan-b',
          label: 'Evaluering av Plan B',
          hint: 'Evaluering av hvorvidt plan B har fungert som ønsket.',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        {
          id: 'avtalt',
          label: 'Basert på evalueringen er det avtalt følgende (kryss av)',
          kind: 'checkboxes',
          options: [
            'Det er ikke lenger behov for systematisk oppfølging av skolefravær.',
            'Det utarbeides en ny samarbeidsavtale.',
            'Behov for viderehenvisning til f.eks. PPT, BUP, barneverntjenesten, eller andre instanser er blitt vurdert.',
          ],
          dividers: [{ before: 'Det utarbeides en ny samarbeidsavtale.', text: 'ELLER' }],
          origin: 'notes',
        },
        {
          id: 'signaturer',
          label: 'Signaturer på evaluering',
          hint: 'De som er tilstede på evalueringsmøtet signerer.',
          kind: 'signature',
          lines: 5,
          origin: 'none',
        },
      ],
    },
  ],
};

export const evalueringSamarbeidsavtale = FormDefinition.parse(definition);
