import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../lib/forms/pdf';
import { FORM_IDS } from '../../../lib/forms/registry';
import { dejaVu, flat } from './demo';
import { demoFilled, expectedTexts, NOTES, SIGNED } from './render-demo';

const fonts = dejaVu();

async function read(bytes: Uint8Array): Promise<{ pages: string[]; all: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map(flat);
  return { pages, all: pages.join(' ') };
}

describe('renderPdf', () => {
  it('prints the kartleggingsskjema with every prefilled value under its label, æøå intact', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const bytes = await renderPdf(filled, fonts);
    const { all } = await read(bytes);
    expect(all).toContain('Kartlegging av elevens fraværsmønster');
    expect(all).toContain('Fraværets hyppighet');
    expect(all).toContain('Kontaktlærers vurdering');
    const labels = filled.values.map((v) => v.label);
    for (const { label, text } of expectedTexts(filled)) {
      const at = all.indexOf(label);
      const next = labels[labels.indexOf(label) + 1];
      // A long value wraps over lines; its first words are enough to place it.
      const start = flat(text).split(' ').slice(0, 4).join(' ');
      const valueAt = all.indexOf(start, at + label.length);
      expect(at, label).toBeGreaterThanOrEqual(0);
      expect(valueAt, `${start} under ${label}`).toBeGreaterThan(at);
      if (next) expect(valueAt, `${start} before ${next}`).toBeLessThan(all.indexOf(next, at + label.length));
    }
    // Kept for the preview image: pdftoppm -png -r 60 -f 1 -l 1 -singlefile .tmp/kartleggingsskjema.pdf
    // docs/screenshots/kartleggingsskjema-side1
    mkdirSync(resolve(__dirname, '../../../.tmp'), { recursive: true });
    writeFileSync(resolve(__dirname, '../../../.tmp/kartleggingsskjema.pdf'), bytes);
  });

  it('prints all fifteen items in order, and the check boxes as ticked or not', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const { all } = await read(await renderPdf(filled, fonts));
    const positions = filled.values.filter((v) => /^\d+ /.test(v.label)).map((v) => all.indexOf(v.label));
    expect(positions).toHaveLength(15);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const ticked of ['☒ Medelever', '☒ Fag', '☒ Annet: Gruer seg til gym', '☒ Middels']) expect(all).toContain(ticked);
    for (const open of ['☐ Avtalt fravær', '☐ Vet ikke', '☐ Hjemme', '☐ God', '☐ Dårlig']) expect(all).toContain(open);
  });

  it('prints consented notes and nothing the student did not agree to pass on', async () => {
    const { all } = await read(await renderPdf(demoFilled('kartlegging-fravaersmonster'), fonts));
    expect(all).toContain(flat(NOTES['kontakt-elev']));
    expect(all).not.toContain('HEMMELIG');
    expect(all).not.toContain('alvorlig syk');
    expect(all).not.toContain('☒ Hjemme');
  });

  it('has the guideline as header and "Side X av Y" on every page', async () => {
    const { pages } = await read(await renderPdf(demoFilled('kartlegging-fravaersmonster'), fonts));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Rælingen kommune – Fravær i barnehager og skoler – en praktisk og faglig veileder');
      expect(page).toContain(`Side ${i + 1} av ${pages.length}`);
    });
  });

  it('is A4 and names the form, not the student, in its metadata', async () => {
    const bytes = await renderPdf(demoFilled('kartlegging-fravaersmonster'), fonts);
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

  it('breaks a long answer over pages without losing a word', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const long = Array.from({ length: 120 }, (_, i) => `Avsnitt${i} om tiltak på skolen.`).join(' ');
    const values = filled.values.map((v) => (v.fieldId === 'foreslatte-tiltak' ? { ...v, value: long, origin: 'notes' as const } : v));
    const { pages, all } = await read(await renderPdf({ ...filled, values }, fonts));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 120; i++) expect(all).toContain(`Avsnitt${i} `);
  });

  it('prints every form in the registry with all its labels', async () => {
    for (const id of FORM_IDS) {
      const filled = demoFilled(id, SIGNED);
      const { all } = await read(await renderPdf(filled, fonts));
      expect(all).toContain(filled.form.title);
      for (const v of filled.values) expect(all, `${id}: ${v.label}`).toContain(v.label);
    }
    const { all } = await read(await renderPdf(demoFilled('evaluering-samarbeidsavtale', SIGNED), fonts));
    expect(all).toMatch(/Sted, Dato: ?, 14\.12\.2026/);
    expect(all).toContain('☐ Det utarbeides en ny samarbeidsavtale.');
  });
});
