import { FormDefinition, type FormDefinitionInput } from '../form-definition';
import { raelingen } from './sources';

/**
 * Rælingen's kartleggingsskjema 1, used when "fravær over 8 dager og/eller 10 enkelttimer"
 * ("Dersom fravær over 8 dager og/eller 10 enkelttimer skal kartleggingskjema 1 benyttes.").
 * Labels, item numbers and check-box options are the form's own, in its order. Items 1–4 are
 * what the page can tell; everything else comes from the teacher (and, for what the student or
 * the family said, only with consent).
 */
const definition: FormDefinitionInput = {
  id: 'kartlegging-fravaersmonster',
  title: 'Kartlegging av elevens fraværsmønster',
  fileStem: 'kartlegging',
  source: raelingen('Kartleggingsskjema 1: «Kartlegging av elevens fraværsmønster»'),
  sections: [
    {
      fields: [
        { id: 'elevens-navn', label: 'Elevens navn', kind: 'text', prefill: 'studentName', origin: 'page' },
        { id: 'skole', label: 'Skole', kind: 'text', prefill: 'school', origin: 'page' },
        { id: 'klasse', label: 'Klasse', kind: 'text', prefill: 'className', origin: 'page' },
      ],
    },
    {
      fields: [
        {
          id: 'hvor-hoyt',
          number: '1',
          label: 'Hvor høyt er fraværet?',
          kind: 'lines',
          lines: 2,
          prefill: 'absenceAmount',
          origin: 'page',
        },
        {
          id: 'hyppighet-dager',
          number: '2',
          label: 'Fraværets hyppighet. Gjennomsnitt dager pr. mnd.',
          kind: 'text',
          prefill: 'averageDaysPerMonth',
          origin: 'page',
        },
        {
          id: 'hyppighet-timer',
          label: 'Gjennomsnitt timer pr. uke',
          kind: 'text',
          prefill: 'averageLessonsPerWeek',
          origin: 'page',
        },
        {
          id: 'fravaersmonster',
          number: '3',
          label: 'Fraværsmønster.',
          kind: 'lines',
          lines: 3,
          prefill: 'absencePattern',
          origin: 'page',
        },
        {
          id: 'oppstod',
          number: '4',
          label: 'Hvordan oppstod fraværet? Plutselig, gradvis?',
          kind: 'lines',
          lines: 2,
          prefill: 'absenceOnset',
          origin: 'page',
        },
        {
          id: 'kontakt-elev',
          number: '5',
          label: 'Kontakt med elev. Forklaring på fraværet.',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        {
          id: 'kontakt-foresatte',
          number: '6',
          label: 'Kontakt med foresatte. Hvor ofte og forklaring på fraværet.',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        {
          id: 'kontaktlaerers-vurdering',
          number: '7',
          label: 'Kontaktlærers vurdering av grunn for fraværet.',
          kind: 'checkboxes',
          options: [
            'Avtalt fravær',
            'Klasse-, skolemiljø',
            'Medelever',
            'Fag',
            'Læreres holdning/atferd/forventninger',
            'Vet ikke',
            'Annet',
          ],
          allowOther: true,
          origin: 'notes',
        },
        {
          id: 'oppholdssted',
          number: '8',
          label: 'Hvor oppholder eleven seg?',
          kind: 'checkboxes',
          options: ['Hjemme', 'Hos kamerater', 'Andre samlingssteder', 'Vandrer rundt', 'Vet ikke', 'Annet'],
          allowOther: true,
          origin: 'notes',
        },
        {
          id: 'faglig-fungering',
          number: '9',
          label: 'Elevens faglige fungering.',
          kind: 'checkboxes',
          options: ['God', 'Middels', 'Dårlig'],
          single: true,
          origin: 'notes',
        },
        {
          id: 'interesser',
          number: '10',
          label: 'Har eleven spesielle interesser/kulturtilknytning?',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
        {
          id: 'familieforhold',
          number: '11',
          label: 'Familieforhold/eventuelt kjente vansker i familien.',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        {
          id: 'hjelpeinstanser',
          number: '12',
          label: 'Eventuelle hjelpeinstanser inne i bildet? Hvilke?',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
        {
          id: 'helseproblemer',
          number: '13',
          label: 'Er skolen kjent med eventuelle helseproblemer? Hvilke?',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
        {
          id: 'andre-opplysninger',
          number: '14',
          label: 'Andre opplysninger av betydning?',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
        {
          id: 'foreslatte-tiltak',
          number: '15',
          label: 'Foreslåtte tiltak.',
          kind: 'lines',
          lines: 4,
          origin: 'notes',
        },
      ],
    },
    {
      fields: [
        // The numbers in items 1–4 hold "per" the export date, so the form is dated with it.
        { id: 'dato', label: 'Dato', kind: 'date', prefill: 'formDate', origin: 'page' },
        { id: 'underskrift', label: 'Underskrift', kind: 'signature', origin: 'none' },
      ],
    },
  ],
};

export const kartleggingFravaersmonster = FormDefinition.parse(definition);
