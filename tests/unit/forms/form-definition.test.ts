import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormDefinition, formFields, parseFormDefinition } from '../../../lib/forms/form-definition';
import { FORM_DEFINITIONS, FORM_IDS, getForm } from '../../../lib/forms/registry';
import { trondelagVgs } from '../../../lib/guidelines/profiles/trondelag-vgs';
import { flat } from './demo';

const source002 = flat(readFileSync(resolve(__dirname, 'fixtures/source-002-forms.txt'), 'utf8'));
// The list's bullets go too: a hint may join two of its points.
const source004 = flat(readFileSync(resolve(__dirname, 'fixtures/source-004-forms.txt'), 'utf8').replace(/[•◦▪]/g, ' '));
/** 004 starts a heading in capitals and a bullet in lower case where a form starts a label in upper. */
const in004 = (text: string) => {
  const wanted = flat(text).toLowerCase();
  // A word hyphenated at a line end ("samarbeids- avtale") is still the word.
  const join = (t: string) => t.replace(/(\p{L})- (\p{Ll})/gu, '$1$2');
  const found = source004.toLowerCase().includes(wanted) || join(source004.toLowerCase()).includes(join(wanted));
  expect(found, `004 says «${text}»`).toBe(true);
};
/** What the Trøndelag forms add to 004's words, so that a printed form says whose it is and who signed. */
const ADDED_TO_004 = ['elevens-navn', 'skole', 'klasse', 'dato', 'sted-dato', 'signaturer'];

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
      [
        'evaluering-samarbeidsavtale',
        'evaluering-trondelag',
        'kartlegging-fravaersmonster',
        'kartlegging-stress',
        'oppfolgingsplan',
        'samarbeidsavtale',
        'samarbeidsavtale-trondelag',
      ].sort(),
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

  it.each(['oppfolgingsplan', 'samarbeidsavtale-trondelag', 'evaluering-trondelag', 'kartlegging-stress'])(
    '%s prints its title, intro, labels, hints, columns and options in the words of Trøndelag’s veileder',
    (id) => {
      const form = getForm(id)!;
      expect(form.source.publisher).toMatch(/^Trøndelag fylkeskommune/);
      in004(form.title);
      if (form.intro) in004(form.intro);
      for (const section of form.sections) if (section.heading) in004(section.heading);
      for (const field of formFields(form)) {
        if (ADDED_TO_004.includes(field.id)) continue;
        in004(field.label);
        if (field.hint) in004(field.hint);
        if (field.kind === 'checkboxes') {
          for (const option of field.options) in004(option);
          for (const divider of field.dividers) in004(divider.text);
        }
        if (field.kind === 'table') {
          for (const column of field.columns) {
            in004(column.header);
            for (const option of column.options ?? []) in004(option);
          }
        }
      }
    },
  );

  it('oppfølgingsplan holds several delmål, each with its tiltak (the trappetrinn)', () => {
    const delmal = formFields(getForm('oppfolgingsplan')!).find((f) => f.id === 'delmal');
    expect(delmal).toMatchObject({ kind: 'table', columns: [{ header: 'Delmål' }, { header: 'Tiltak for å nå delmål' }] });
    expect(delmal?.kind === 'table' && delmal.rows).toBeGreaterThanOrEqual(3);
    expect(formFields(getForm('oppfolgingsplan')!).map((f) => f.label)).toEqual(
      expect.arrayContaining(['Problemstilling', 'Mål', 'Delmål', 'Ansvar og organisering']),
    );
  });

  it('the stress mapping has the 1–6 scale, the staircase and every suggested stressor of 004', () => {
    const fields = formFields(getForm('kartlegging-stress')!);
    const table = fields.find((f) => f.kind === 'table');
    expect(table?.kind === 'table' && table.columns.map((c) => c.options ?? null)).toEqual([
      null,
      ['1', '2', '3', '4', '5', '6'],
      ['Lett', 'Middels', 'Vanskelig', 'Umulig'],
    ]);
    const tips = fields.filter((f) => f.kind === 'checkboxes');
    expect(tips.map((f) => f.label)).toEqual(['Fag', 'Organisering', 'Arbeids- og vurderingsformer', 'Sosiale vansker', 'Oversensitivitet', 'Annet']);
    // Counted by hand in 004's list: 3 + 6 + 13 + 11 + 3 + 2.
    expect(tips.map((f) => (f.kind === 'checkboxes' ? f.options.length : 0))).toEqual([3, 6, 13, 11, 3, 2]);
  });

  it('no Trøndelag form asks for UngdomsLosens ansvar, and the Trøndelag profile uses only Trøndelag forms', () => {
    for (const id of trondelagVgs.forms) {
      const form = getForm(id)!;
      expect(form.source.publisher).toMatch(/^Trøndelag/);
      expect(formFields(form).map((f) => f.label).join(' ')).not.toMatch(/UngdomsLos/i);
    }
    expect(trondelagVgs.forms).toEqual(expect.arrayContaining(['samarbeidsavtale-trondelag', 'oppfolgingsplan', 'kartlegging-stress']));
    for (const step of trondelagVgs.steps) for (const id of step.forms) expect(getForm(id)?.source.publisher).toMatch(/^Trøndelag/);
  });

  it('the evaluering prints "ELLER" between its first two outcomes, as 002 does', () => {
    const field = formFields(getForm('evaluering-samarbeidsavtale')!).find((f) => f.id === 'avtalt');
    expect(field?.kind === 'checkboxes' && field.dividers).toEqual([{ before: 'Det utarbeides en ny samarbeidsavtale.', text: 'ELLER' }]);
    expect(source002).toMatch(/skolefravær\. ELLER •? ?Det utarbeides en ny samarbeidsavtale\./);
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
    const result = parseFormDefinition(own);
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'a repeated field id',
      { ...own, sections: [{ fields: [...own.sections[0]!.fields, { id: 'navn', label: 'Navn', kind: 'text', origin: 'notes' }] }] },
      'sections[0].fields[3].id: field id "navn" is used twice in the form',
    ],
    [
      'check boxes without options',
      { ...own, sections: [{ fields: [{ id: 'grunn', label: 'Grunn', kind: 'checkboxes', options: [], origin: 'notes' }] }] },
      'sections[0].fields[0].options: too-few',
    ],
    [
      'a page field that does not say where its value comes from',
      { ...own, sections: [{ fields: [{ id: 'navn', label: 'Navn', kind: 'text', origin: 'page' }] }] },
      'sections[0].fields[0].prefill: a field with origin "page" needs a prefill key',
    ],
    [
      'a prefill key that does not exist',
      { ...own, sections: [{ fields: [{ id: 'navn', label: 'Navn', kind: 'text', prefill: 'fodselsnummer', origin: 'page' }] }] },
      'sections[0].fields[0].prefill:',
    ],
  ])('rejects %s with a message naming the path', (_, input, message) => {
    const result = parseFormDefinition(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => `${p.path}: ${p.problem.code === 'other' ? p.problem.message : p.problem.code}`.startsWith(message))).toBe(true);
  });
});
