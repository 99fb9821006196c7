import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFCheckBox, PDFDict, PDFDocument, PDFName, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { formFields } from '../../../lib/forms/form-definition';
import { paginate, renderPdf } from '../../../lib/forms/pdf';
import { FORM_IDS } from '../../../lib/forms/registry';
import { dejaVu, flat } from './demo';
import { demoFilled, expectedTexts, NOTES, SIGNED } from './render-demo';

const fonts = dejaVu();

/**
 * The kartleggingsskjema as the demo fills it, rendered once for the tests that only read it:
 * rendering embeds both fonts and takes about a second, and the same input gives the same form.
 * pdf.js is given a copy (it may take over the buffer it reads) and pdf-lib only reads, so no test
 * can change what the next one reads.
 */
let kartlegging: Promise<Uint8Array> | undefined;
const kartleggingPdf = (): Promise<Uint8Array> => (kartlegging ??= renderPdf(demoFilled('kartlegging-fravaersmonster'), fonts));

async function read(bytes: Uint8Array): Promise<{ pages: string[]; all: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map(flat);
  return { pages, all: pages.join(' ') };
}

/** Every form field by name: a text field's text, a check box's state, a radio group's choice. */
async function fields(bytes: Uint8Array): Promise<Map<string, string | boolean | undefined>> {
  const form = (await PDFDocument.load(bytes)).getForm();
  return new Map<string, string | boolean | undefined>(
    form.getFields().map((field): [string, string | boolean | undefined] => {
      if (field instanceof PDFTextField) return [field.getName(), field.getText() ?? ''];
      if (field instanceof PDFCheckBox) return [field.getName(), field.isChecked()];
      if (field instanceof PDFRadioGroup) return [field.getName(), field.getSelected()];
      return [field.getName(), undefined];
    }),
  );
}

describe('renderPdf', { timeout: 60_000 }, () => {
  it('prints the kartleggingsskjema’s labels and puts every prefilled value in its field, æøå intact', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const bytes = await kartleggingPdf();
    const { all } = await read(bytes);
    expect(all).toContain('Kartlegging av elevens fraværsmønster');
    const labels = filled.values.map((v) => v.label);
    const positions = labels.map((label) => all.indexOf(label));
    expect(positions.every((p) => p >= 0), labels.join(' | ')).toBe(true);
    const values = await fields(bytes);
    expect(values.get('elevens-navn')).toBe('Sølvi Åsheim Ødegård');
    expect(values.get('klasse')).toBe('9B');
    // 9 days over the 13 school weeks from 18 Aug to 23 Nov: 9 / (13 / (52 / 12)) = 3.0 a month, with its basis.
    expect(values.get('hyppighet-dager')).toBe('3,0 dager (9 dager over 13 skoleuker)');
    expect(values.get('kontakt-elev')).toBe(NOTES['kontakt-elev']);
    const kinds = new Map(formFields(filled.form).map((f) => [f.id, f.kind]));
    for (const v of filled.values) {
      const name = kinds.get(v.fieldId) === 'place-date' ? `${v.fieldId}-dato` : v.fieldId;
      if (typeof v.value === 'string') expect(values.get(name), v.label).toBe(v.value);
    }
    // Kept for the preview image: pdftoppm -png -r 60 -f 1 -l 1 -singlefile .tmp/kartleggingsskjema.pdf
    // docs/screenshots/kartleggingsskjema-side1
    mkdirSync(resolve(__dirname, '../../../.tmp'), { recursive: true });
    writeFileSync(resolve(__dirname, '../../../.tmp/kartleggingsskjema.pdf'), bytes);
  });

  it('makes every answer and every box a form field, ticked where the notes say, empty where nothing is known', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const bytes = await kartleggingPdf();
    const values = await fields(bytes);
    const textFields = (await PDFDocument.load(bytes)).getForm().getFields().filter((f) => f instanceof PDFTextField);
    // Text: navn, skole, klasse, items 1–6 and 10–15 (2 has two), the two "Annet" lines, Dato = 3 + 7 + 6 + 2 + 1.
    expect(textFields).toHaveLength(19);
    // Item 7: 7 boxes, item 8: 6 boxes; item 9 is one radio group of three.
    expect([...values.keys()].filter((k) => /^kontaktlaerers-vurdering-\d+$/.test(k))).toHaveLength(7);
    expect([...values.keys()].filter((k) => /^oppholdssted-\d+$/.test(k))).toHaveLength(6);
    expect(values.get('kontaktlaerers-vurdering-3')).toBe(true); // Medelever
    expect(values.get('kontaktlaerers-vurdering-4')).toBe(true); // Fag
    expect(values.get('kontaktlaerers-vurdering-7')).toBe(true); // Annet
    expect(values.get('kontaktlaerers-vurdering-1')).toBe(false); // Avtalt fravær
    expect(values.get('kontaktlaerers-vurdering-annet')).toBe('Gruer seg til gym');
    expect(values.get('oppholdssted-1')).toBe(false); // "Hjemme" was noted, not consented
    expect(values.get('faglig-fungering')).toBe('Middels');
    expect(values.get('familieforhold')).toBe('');
    expect(values.get('underskrift')).toBeUndefined(); // signed by hand
  });

  it('prints consented notes and nothing the student did not agree to pass on', async () => {
    const bytes = await kartleggingPdf();
    const everything = (await read(bytes)).all + JSON.stringify([...(await fields(bytes)).values()]);
    expect(everything).toContain(NOTES['kontakt-elev']);
    expect(everything).not.toContain('HEMMELIG');
    expect(everything).not.toContain('alvorlig syk');
  });

  it('embeds its fonts: nothing left to the reader’s own', async () => {
    const bytes = await kartleggingPdf();
    const doc = await PDFDocument.load(bytes);
    const descriptors = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    expect(descriptors).toHaveLength(2);
    for (const font of descriptors) expect(font.get(PDFName.of('FontFile2'))).toBeDefined();
    const baseFonts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => (object instanceof PDFDict ? object.get(PDFName.of('BaseFont'))?.toString() : undefined))
      .filter(Boolean);
    expect(baseFonts.join(' '), baseFonts.join(' ')).not.toMatch(/Helvetica|Times|Courier|ZapfDingbats/);
    expect(baseFonts.join(' ')).toMatch(/DejaVuSans/);
  });

  it('has the guideline as header and "Side X av Y" on every page', async () => {
    const { pages } = await read(await kartleggingPdf());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Rælingen kommune – Fravær i barnehager og skoler – en praktisk og faglig veileder');
      expect(page).toContain(`Side ${i + 1} av ${pages.length}`);
    });
  });

  it('never leaves a single block alone on a page when the page before can spare one', () => {
    // By hand: 200 + 10 + 200 + 10 + 200 = 620 fits 650; the fourth would need 830, so it starts page 2
    // alone, and takes the third along (page 1 keeps two).
    expect(paginate([200, 200, 200, 200], 650)).toEqual([[0, 1], [2, 3]]);
    // Page 1 holds only two: nothing to spare, the last stays where it is.
    expect(paginate([300, 300, 300], 650)).toEqual([[0, 1], [2]]);
    expect(paginate([100, 100, 100], 650)).toEqual([[0, 1, 2]]);
  });

  it('keeps the signature block with the item before it on the kartleggingsskjema’s last page', async () => {
    const { pages } = await read(await kartleggingPdf());
    const last = pages[pages.length - 1]!;
    expect(last).toContain('Underskrift');
    expect(last).toMatch(/\d+ [A-ZÆØÅ]/); // a numbered item shares the page
  });

  it('is A4 and names the form, not the student, in its metadata', async () => {
    const bytes = await kartleggingPdf();
    const doc = await PDFDocument.load(bytes);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe('Kartlegging av elevens fraværsmønster');
    expect(doc.getSubject()).toBe('Rælingen kommune – Fravær i barnehager og skoler – en praktisk og faglig veileder');
    expect(doc.getAuthor()).toBeUndefined();
    const { info } = await getMeta(new Uint8Array(bytes));
    expect(JSON.stringify(info)).not.toMatch(/Sølvi|Ødegård|Åsheim/);
    expect(doc.getCreationDate()?.getFullYear()).toBe(2026);
  });

  it('carries an answer longer than a page over to fields on the next pages without losing a word', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const long = Array.from({ length: 160 }, (_, i) => `Avsnitt${i} om tiltak på skolen.`).join(' ');
    const values = filled.values.map((v) => (v.fieldId === 'foreslatte-tiltak' ? { ...v, value: long, origin: 'notes' as const } : v));
    const bytes = await renderPdf({ ...filled, values }, fonts);
    const { pages } = await read(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const parts = [...(await fields(bytes)).entries()].filter(([name]) => /^foreslatte-tiltak(-\d+)?$/.test(name));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const text = flat(parts.map(([, v]) => String(v)).join(' '));
    for (let i = 0; i < 160; i++) expect(text).toContain(`Avsnitt${i} `);
  });

  it('prints every form in the registry with all its labels; the evaluering with "ELLER" and the meeting’s date only', async () => {
    for (const id of FORM_IDS) {
      const filled = demoFilled(id, SIGNED);
      const { all } = await read(await renderPdf(filled, fonts));
      expect(all).toContain(filled.form.title);
      for (const v of filled.values) expect(all, `${id}: ${v.label}`).toContain(v.label);
    }
    const bytes = await renderPdf(demoFilled('evaluering-samarbeidsavtale', SIGNED), fonts);
    const { all } = await read(bytes);
    expect(all).toMatch(/skolefravær\. ELLER Det utarbeides en ny samarbeidsavtale\./);
    // Signed 23.11, the meeting not yet held: the deadline (14.12) is not the meeting's date.
    expect((await fields(bytes)).get('sted-dato-dato')).toBe('');
  });

  it('makes the oppfølgingsplan’s delmål and the stress mapping’s scales fields of their own', async () => {
    const plan = await fields(await renderPdf(demoFilled('oppfolgingsplan'), fonts));
    // Four rows of delmål and tiltak, two fields each.
    expect([...plan.keys()].filter((k) => /^delmal-\d+-\d+$/.test(k))).toHaveLength(8);
    const stressPdf = await renderPdf(demoFilled('kartlegging-stress'), fonts);
    const stress = await fields(stressPdf);
    const doc = (await PDFDocument.load(stressPdf)).getForm();
    expect(doc.getRadioGroup('stressorer-1-2').getOptions()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.getRadioGroup('stressorer-1-3').getOptions()).toEqual(['Lett', 'Middels', 'Vanskelig', 'Umulig']);
    // 8 rows; 3 + 6 + 13 + 11 + 3 + 2 suggested stressors to tick.
    expect([...stress.keys()].filter((k) => /^stressorer-\d+-1$/.test(k))).toHaveLength(8);
    expect([...stress.keys()].filter((k) => k.startsWith('tips-'))).toHaveLength(38);
  });
});
