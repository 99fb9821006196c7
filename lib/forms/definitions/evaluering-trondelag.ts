import { FormDefinition, type FormDefinitionInput } from '../form-definition';
import { trondelag } from './sources';

/**
 * Trøndelag's evaluation, in the arbeidshjul's words: "Evaluer mål og tiltak etter 3 uker: er det
 * fortsatt grunn til bekymring? … Avslutt oppfølging eller start en ny runde av arbeidshjulet …
 * Viderefør eller juster mål og tiltak … Utvid arbeidslaget ved behov", and "Evaluering gir
 * mulighet til å justere mål og tiltak og utvide laget ved behov" (Eksempler på oppfølgingsplaner).
 * 004 prints no blank form. "Sted, dato" is the meeting's own date, filled once the case records
 * the meeting as held.
 */
const definition: FormDefinitionInput = {
  id: 'evaluering-trondelag',
  title: 'Evaluering',
  fileStem: 'evaluering',
  source: trondelag('Arbeidshjul: «Evaluer mål og tiltak etter 3 uker»', 7),
  sections: [
    {
      fields: [
        { id: 'elevens-navn', label: 'Elevens navn', kind: 'text', prefill: 'studentName', origin: 'page' },
        { id: 'klasse', label: 'Klasse', kind: 'text', prefill: 'className', origin: 'page' },
        { id: 'sted-dato', label: 'Sted, dato', kind: 'place-date', prefill: 'evaluationMeetingDate', origin: 'page' },
        { id: 'laget-rundt-eleven', label: 'Laget rundt eleven', kind: 'lines', lines: 2, origin: 'notes' },
      ],
    },
    {
      fields: [
        {
          id: 'fortsatt-bekymring',
          label: 'Evaluer mål og tiltak etter 3 uker: er det fortsatt grunn til bekymring?',
          hint: 'Evaluering gir mulighet til å justere mål og tiltak og utvide laget ved behov.',
          kind: 'lines',
          lines: 5,
          origin: 'notes',
        },
        {
          id: 'videre',
          label: 'Avslutt oppfølging eller start en ny runde av arbeidshjulet',
          kind: 'checkboxes',
          options: [
            'Avslutt oppfølging',
            'Start en ny runde av arbeidshjulet',
            'Viderefør eller juster mål og tiltak',
            'Utvid arbeidslaget ved behov',
          ],
          dividers: [{ before: 'Start en ny runde av arbeidshjulet', text: 'eller' }],
          origin: 'notes',
        },
        { id: 'signaturer', label: 'Signaturer', kind: 'signature', lines: 5, origin: 'none' },
      ],
    },
  ],
};

export const evalueringTrondelag = FormDefinition.parse(definition);
