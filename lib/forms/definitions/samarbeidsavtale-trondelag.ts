import { FormDefinition, type FormDefinitionInput } from '../form-definition';
import { trondelag } from './sources';

/**
 * Trøndelag's written samarbeidsavtale. 004 prints no blank form; its arbeidshjul asks the team
 * around the student to "Lag en skriftlig samarbeidsavtale" after the kartlegging, in these words:
 * "Hva vet vi om nærværsfaktorer, utløsende- og opprettholdende faktorer? … Velg realistiske og
 * konkrete mål … Hva er viktig for eleven? … Velg tiltak som øker sjansen for å nå delmål/mål …
 * Alle i arbeidslaget får oppgaver … Evaluer mål og tiltak etter 3 uker". The form is laid out in
 * those steps and words; the student's name, school and class are added so a printed agreement says
 * whose it is.
 */
const definition: FormDefinitionInput = {
  id: 'samarbeidsavtale-trondelag',
  title: 'Skriftlig samarbeidsavtale',
  fileStem: 'samarbeidsavtale',
  source: trondelag('Arbeidshjul: «Lag en skriftlig samarbeidsavtale»', 7),
  sections: [
    {
      fields: [
        { id: 'elevens-navn', label: 'Elevens navn', kind: 'text', prefill: 'studentName', origin: 'page' },
        { id: 'skole', label: 'Skole', kind: 'text', prefill: 'school', origin: 'page' },
        { id: 'klasse', label: 'Klasse', kind: 'text', prefill: 'className', origin: 'page' },
        {
          id: 'laget-rundt-eleven',
          label: 'Laget rundt eleven',
          hint: 'Laget rundt eleven er de aktørene som til enhver tid samarbeider om å drive prosessen.',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
      ],
    },
    {
      heading: 'Kartlegging',
      fields: [
        {
          id: 'naervaersfaktorer',
          label: 'Nærværsfaktorer',
          hint: 'Hva vet vi om nærværsfaktorer, utløsende- og opprettholdende faktorer? Skole, hjem, elev, annet?',
          kind: 'lines',
          lines: 2,
          origin: 'notes',
        },
        { id: 'utlosende-faktorer', label: 'Utløsende faktorer', kind: 'lines', lines: 2, origin: 'notes' },
        { id: 'opprettholdende-faktorer', label: 'Opprettholdende faktorer', kind: 'lines', lines: 2, origin: 'notes' },
      ],
    },
    {
      heading: 'Oppfølging',
      fields: [
        { id: 'viktig-for-eleven', label: 'Hva er viktig for eleven?', kind: 'lines', lines: 2, origin: 'notes' },
        { id: 'mal', label: 'Mål', hint: 'Velg realistiske og konkrete mål', kind: 'lines', lines: 2, origin: 'notes' },
        {
          id: 'delmal',
          label: 'Delmål',
          hint: 'Velg tiltak som øker sjansen for å nå delmål/mål',
          kind: 'table',
          columns: [{ header: 'Delmål' }, { header: 'Tiltak' }],
          rows: 3,
          cellLines: 2,
          origin: 'notes',
        },
        {
          id: 'oppgaver',
          label: 'Alle i arbeidslaget får oppgaver',
          hint: 'Hva kan jeg/vi gjøre for å bidra til at målene nås?',
          kind: 'table',
          columns: [{ header: 'Hvem' }, { header: 'Oppgave' }],
          rows: 5,
          origin: 'notes',
        },
      ],
    },
    {
      heading: 'Evaluering',
      fields: [
        {
          id: 'evalueres',
          label: 'Evaluer mål og tiltak etter 3 uker',
          kind: 'date',
          prefill: 'evaluationDate',
          origin: 'page',
        },
        { id: 'sted-dato', label: 'Sted, dato', kind: 'place-date', prefill: 'agreementDate', origin: 'page' },
        { id: 'signaturer', label: 'Signaturer', kind: 'signature', lines: 5, origin: 'none' },
      ],
    },
  ],
};

export const samarbeidsavtaleTrondelag = FormDefinition.parse(definition);
