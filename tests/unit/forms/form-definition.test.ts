import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormDefinition, formFields, parseFormDefinition } from '../../../lib/forms/form-definition';
import { FORM_DEFINITIONS, FORM_IDS, getForm } from '../../../lib/forms/registry';
import { flat } from './demo';

const source002 = flat(readFileSync(resolve(__dirname, 'fixtures/source-002-forms.txt'), 'utf8'));
// The list's bullets go too: a hint may join two of its points.
const source004 = flat(readFileSync(resolve(__dirname, 'fixtures/source-004-oppfolgingsplan.txt'), 'utf8').replace(/•/g, ' '));

/** Kartleggingsskjema 1, item by item, as GUIDELINES.md lists it from 002. */
const KARTLEGGING_ITEMS: Array<[string, string]> = [
  ['1', 'Hvor høyt er fraværet?'],
  ['2', 'Fraværets hyppighet. Gjennomsnitt dager pr. mnd.'],
  ['3', 'Fraværsmønster.'],
  ['4', 'Hvordan oppstod fraværet? Plutselig, gradvis?'],
  ['5', 'Kontakt med elev. Forklaring på fraværet.'],
  ['6', 'Kontakt med foresatte. Hvor ofte og forklaring på fraværet.'],
  ['7', 'Kontaktlærers vurdering av grunn for fraværet.'],
  ['8', 'Hvor oppholder eleven seg?'],
  ['9', 'Elevens faglige fungering.'],
  ['10', 'Har eleven spesielle interesser/kulturtilknytning?'],
  ['11', 'Familieforhold/eventuelt kjente vansker i familien.'],
  ['12', 'Eventuelle hjelpeinstanser inne i bildet? Hvilke?'],
  ['13', 'Er skolen kjent med eventuelle helseproblemer? Hvilke?'],
  ['14', 'Andre opplysninger av betydning?'],
  ['15', 'Foreslåtte tiltak.'],
];

describe('the built-in forms', () => {
  it('are registered by id and valid against the schema', () => {
    expect(FORM_IDS.sort()).toEqual(
      ['evaluering-samarbeidsavtale', 'kartlegging-fravaersmonster', 'oppfolgingsplan', 'samarbeidsavtale'].sort(),
    );
    for (const id of FORM_IDS) {
      expect(getForm(id)?.id).toBe(id);
      expect(FormDefinition.safeParse(FORM_DEFINITIONS[id]).success).toBe(true);
    }
    expect(getForm('toString')).toBeUndefined();
    expect(getForm('ukjent-skjema')).toBeUndefined();
  });

  it.each(['kartlegging-fravaersmonster', 'samarbeidsavtale', 'evaluering-samarbeidsavtale'])(
    '%s prints its title, labels, hints and options in the words of Rælingen’s veileder',
    (id) => {
      const form = getForm(id)!;
      expect(source002).toContain(form.title);
      for (const field of formFields(form)) {
        expect(source002).toContain(field.number ? `${field.number} ${field.label}` : field.label);
        if (field.hint) expect(source002).toContain(field.hint);
        if (field.kind === 'checkboxes') for (const option of field.options) expect(source002).toContain(option);
      }
    },
  );

  it('oppfølgingsplan uses Trøndelag’s words, with the student named at the top', () => {
    const form = getForm('oppfolgingsplan')!;
    expect(source004).toContain(form.intro!);
    for (const field of formFields(form)) {
      if (['elevens-navn', 'skole', 'klasse', 'dato'].includes(field.id)) continue;
      expect(source004).toContain(field.label);
      if (field.hint) expect(source004).toContain(field.hint);
    }
    expect(formFields(form).map((f) => f.label)).toEqual(
      expect.arrayContaining(['Problemstilling', 'Mål', 'Delmål', 'Tiltak for å nå delmål', 'Ansvar og organisering']),
    );
  });
});

describe('Kartlegging av elevens fraværsmønster', () => {
  const form = getForm('kartlegging-fravaersmonster')!;
  const fields = formFields(form);

  it('has the header fields, all fifteen items in order, Dato and Underskrift', () => {
    expect(fields.slice(0, 3).map((f) => f.label)).toEqual(['Elevens navn', 'Skole', 'Klasse']);
    expect(fields.filter((f) => f.number).map((f) => [f.number, f.label])).toEqual(KARTLEGGING_ITEMS);
    expect(fields.find((f) => f.id === 'hyppighet-timer')?.label).toBe('Gjennomsnitt timer pr. uke');
    expect(fields.slice(-2).map((f) => [f.label, f.kind])).toEqual([
      ['Dato', 'date'],
      ['Underskrift', 'signature'],
    ]);
  });

  it.each([
    ['7', ['Avtalt fravær', 'Klasse-, skolemiljø', 'Medelever', 'Fag', 'Læreres holdning/atferd/forventninger', 'Vet ikke', 'Annet'], true],
    ['8', ['Hjemme', 'Hos kamerater', 'Andre samlingssteder', 'Vandrer rundt', 'Vet ikke', 'Annet'], true],
    ['9', ['God', 'Middels', 'Dårlig'], false],
  ])('item %s has the check boxes %j', (number, options, allowOther) => {
    const field = fields.find((f) => f.number === number);
    expect(field?.kind).toBe('checkboxes');
    if (field?.kind !== 'checkboxes') return;
    expect(field.options).toEqual(options);
    expect(field.allowOther).toBe(allowOther);
  });

  it('prefills items 1–4 from the page and nothing the student or family said', () => {
    const fromPage = fields.filter((f) => f.origin === 'page').map((f) => f.number ?? f.id);
    expect(fromPage).toEqual(['elevens-navn', 'skole', 'klasse', '1', '2', 'hyppighet-timer', '3', '4', 'dato']);
  });
});

describe('Evaluering av samarbeidsavtale', () => {
  it('has the outcome boxes "(kryss av)"', () => {
    const field = formFields(getForm('evaluering-samarbeidsavtale')!).find((f) => f.kind === 'checkboxes');
    expect(field?.kind === 'checkboxes' && field.options).toEqual([
      'Det er ikke lenger behov for systematisk oppfølging av skolefravær.',
      'Det utarbeides en ny samarbeidsavtale.',
      'Behov for viderehenvisning til f.eks. PPT, BUP, barneverntjenesten, eller andre instanser er blitt vurdert.',
    ]);
  });
});

describe("a municipality's own form", () => {
  const own = {
    id: 'egen-kartlegging',
    title: 'Egen kartlegging',
    source: { document: 'Nærværsrutine', publisher: 'Eksempel kommune', section: 'Vedlegg 2' },
    sections: [
      {
        fields: [
          { id: 'navn', label: 'Elevens navn', kind: 'text', prefill: 'studentName', origin: 'page' },
          { id: 'grunn', label: 'Grunn', kind: 'checkboxes', options: ['Sykdom', 'Annet'], allowOther: true, origin: 'notes' },
          { id: 'tiltak', label: 'Tiltak', kind: 'lines', lines: 4, origin: 'notes' },
        ],
      },
    ],
  };

  it('goes through the same schema', () => {
    const result = parseFormDefinition(own, 'profil.json: forms[0]');
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'a repeated field id',
      { ...own, sections: [{ fields: [...own.sections[0]!.fields, { id: 'navn', label: 'Navn', kind: 'text', origin: 'notes' }] }] },
      'profil.json: forms[0]: sections[0].fields[3].id: field id "navn" is used twice in the form',
    ],
    [
      'check boxes without options',
      { ...own, sections: [{ fields: [{ id: 'grunn', label: 'Grunn', kind: 'checkboxes', options: [], origin: 'notes' }] }] },
      'profil.json: forms[0]: sections[0].fields[0].options: check boxes need at least one option (fant: [])',
    ],
    [
      'a page field that does not say where its value comes from',
      { ...own, sections: [{ fields: [{ id: 'navn', label: 'Navn', kind: 'text', origin: 'page' }] }] },
      'profil.json: forms[0]: sections[0].fields[0].prefill: a field with origin "page" needs a prefill key',
    ],
    [
      'a prefill key that does not exist',
      { ...own, sections: [{ fields: [{ id: 'navn', label: 'Navn', kind: 'text', prefill: 'fodselsnummer', origin: 'page' }] }] },
      'profil.json: forms[0]: sections[0].fields[0].prefill:',
    ],
  ])('rejects %s with a message naming the path', (_, input, message) => {
    const result = parseFormDefinition(input, 'profil.json: forms[0]');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.startsWith(message))).toBe(true);
  });
});
