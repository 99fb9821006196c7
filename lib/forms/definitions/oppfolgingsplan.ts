import { FormDefinition, type FormDefinitionInput } from '../form-definition';
import { trondelag } from './sources';

/**
 * Trøndelag's oppfølgingsplan. 004 prints no blank form: it gives an example ("EKSEMPEL:
 * Problemstilling … Mål … Delmål … Tiltak for å nå delmål … Ansvar og organisering") and a list of
 * what a plan "bør være konkret og inneholde informasjon om" (varighet, evaluering). The fields
 * use those words; the hints quote the list. The student's name is added at the top so a printed
 * plan says whose it is (004 prints no such field). Its "Trappemetafor" puts several delmål on the
 * way to the goal, each with its tiltak: the plan holds them as rows of a table.
 */
const definition: FormDefinitionInput = {
  id: 'oppfolgingsplan',
  title: 'Oppfølgingsplan',
  fileStem: 'oppfolgingsplan',
  source: trondelag('Eksempler på oppfølgingsplaner', 24),
  intro:
    'For å sikre at alle i arbeidslaget har oversikt, vet hva de skal gjøre og kjenner tilhørighet til et felles prosjekt, er det viktig å sette valgte mål og tiltak inn i en oppfølgingsplan.',
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
          id: 'problemstilling',
          label: 'Problemstilling',
          hint: 'Problemstillingen - hva ønsker vi å oppnå?',
          kind: 'lines',
          lines: 3,
          origin: 'notes',
        },
        { id: 'mal', label: 'Mål', kind: 'lines', lines: 2, origin: 'notes' },
        {
          // 004's trappetrinn: "Passende delmål kan fylles ut etter hvert", each with its own tiltak.
          id: 'delmal',
          label: 'Delmål',
          hint: 'Visualisering med en trappemetafor kan gjøre at prosjektet føles mer oversiktlig og håndterbart og det blir enklere å se fremgang. Passende delmål kan fylles ut etter hvert.',
          kind: 'table',
          columns: [{ header: 'Delmål' }, { header: 'Tiltak for å nå delmål' }],
          rows: 4,
          cellLines: 2,
          origin: 'notes',
        },
        {
          id: 'ansvar-og-organisering',
          label: 'Ansvar og organisering',
          hint: 'Hvordan organiserer skolen oppfølgingen? Hvem har ansvar for ulike oppgaver?',
          kind: 'lines',
          lines: 4,
          origin: 'notes',
        },
        { id: 'varighet', label: 'Tiltakets varighet?', kind: 'lines', lines: 1, origin: 'notes' },
        {
          id: 'evaluering',
          label: 'Hvordan og hvor hyppig skal tiltaket evalueres?',
          hint: 'Første evaluering bør skje innen en-tre uker.',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
      ],
    },
    {
      fields: [{ id: 'dato', label: 'Dato', kind: 'date', prefill: 'formDate', origin: 'page' }],
    },
  ],
};

export const oppfolgingsplan = FormDefinition.parse(definition);
