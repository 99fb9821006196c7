import { FormDefinition, type FormDefinitionInput } from '../form-definition';
import { trondelag } from './sources';

/** "Eleven rangerer disse på en skala fra 1-6 eller legger dem på en trapp". */
export const STRESS_SCALE = ['1', '2', '3', '4', '5', '6'] as const;
/** The staircase's steps as 004 draws them, from the bottom. */
export const STRESS_STAIRCASE = ['Lett', 'Middels', 'Vanskelig', 'Umulig'] as const;

/**
 * Trøndelag's "Kartlegging av stress" as a form: the stressors the student ranks (1–6, or on the
 * staircase Lett / Middels / Vanskelig / Umulig), and 004's "Tips til stressorer som kan føres opp
 * på lappene", grouped and worded as 004 prints them, to tick the ones chosen for the student.
 */
const definition: FormDefinitionInput = {
  id: 'kartlegging-stress',
  title: 'Kartlegging av stress',
  fileStem: 'kartlegging-stress',
  source: trondelag('Kartlegging av stress', 19),
  intro:
    'Angst- og stressreaksjoner kan kartlegges på flere måter. En enkel metode er å skrive opp mulige stressorer, og vanlige aktiviteter og situasjoner i skolehverdagen på lapper. Eleven rangerer disse på en skala fra 1-6 eller legger dem på en trapp, slik illustrert under. Velg utsagn/stressorer du tror er relevant for eleven.',
  sections: [
    {
      fields: [
        { id: 'elevens-navn', label: 'Elevens navn', kind: 'text', prefill: 'studentName', origin: 'page' },
        { id: 'klasse', label: 'Klasse', kind: 'text', prefill: 'className', origin: 'page' },
        {
          id: 'stressorer',
          label: 'Utsagn/stressorer',
          kind: 'table',
          columns: [
            { header: 'Utsagn/stressorer' },
            { header: 'Skala fra 1-6', options: [...STRESS_SCALE] },
            { header: 'Trapp', options: [...STRESS_STAIRCASE] },
          ],
          rows: 8,
          origin: 'notes',
        },
      ],
    },
    {
      heading: 'Tips til stressorer som kan føres opp på lappene',
      fields: [
        {
          id: 'tips-fag',
          label: 'Fag',
          kind: 'checkboxes',
          options: [
            'Ulike fellesfag og programfag',
            'Kroppsøving: Inne- vs. ute, dusje/være i garderoben/være i gymsalen sammen med andre m.m.',
            'Aktivitetsdager/“annerledesdager”',
          ],
          origin: 'notes',
        },
        {
          id: 'tips-organisering',
          label: 'Organisering',
          kind: 'checkboxes',
          options: [
            'Manglende struktur/forutsigbarhet',
            'Brudd på rutiner/endring av planer',
            'Nye omgivelser',
            'Ny lærer/vikar',
            'Å ikke ha fast plass i klasserommet',
            'Være i større eller mindre gruppe',
          ],
          origin: 'notes',
        },
        {
          id: 'tips-arbeidsformer',
          label: 'Arbeids- og vurderingsformer',
          kind: 'checkboxes',
          options: [
            'Være i læringsareal/ på grupperom/eget rom',
            'Jobbe med oppgaver i klassen/på gruppe/alene',
            'Ha prøver i læringsareal/på grupperom/eget rom',
            'Snakke høyt/svare på spørsmål i klassen/i gruppe/alene med lærer',
            'Konkurranser (for eksempel Kahoot)',
            'Be lærer om hjelp',
            'Lytte til lærer som underviser',
            'Undervisningsopplegg på tvers av klasser/trinn',
            'Skrive for hånd/på PC',
            'Gjøre feil/mislykkes',
            'Oppgaver: for enkle/ for vanskelige/flere på en gang',
            'Tidspress/”masing”/bli forhindret i å fullføre en oppgave',
            'Å måtte planlegge/prioritere',
          ],
          origin: 'notes',
        },
        {
          id: 'tips-sosiale-vansker',
          label: 'Sosiale vansker',
          kind: 'checkboxes',
          options: [
            'Ta buss/gå/sykle/bli kjørt til/fra skolen',
            'Komme inn på skolens område',
            'Være i kantina/fellesareal/uteområde i pauser',
            'Spise sammen med andre',
            'Bruke skolens toalett',
            'Mange/nye folk',
            'Småprat/ustrukturert prat',
            'Fleip/sarkasme/ironi',
            'Indirekte eller upresis tale',
            'Tvetydigheter/metaforer/analogier',
            'Kritikk/ros',
          ],
          origin: 'notes',
        },
        {
          id: 'tips-oversensitivitet',
          label: 'Oversensitivitet',
          kind: 'checkboxes',
          options: ['Lyd/lukt/lys/berøring', 'Temperatur', 'Mange samtidige inntrykk'],
          origin: 'notes',
        },
        {
          id: 'tips-annet',
          label: 'Annet',
          kind: 'checkboxes',
          options: ['Lærere/medelever', 'Konflikter/krenkelser/mobbing'],
          origin: 'notes',
        },
      ],
    },
    {
      fields: [{ id: 'dato', label: 'Dato', kind: 'date', prefill: 'formDate', origin: 'page' }],
    },
  ],
};

export const kartleggingStress = FormDefinition.parse(definition);
