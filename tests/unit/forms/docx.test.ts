import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../lib/forms/docx';
import { FORM_IDS } from '../../../lib/forms/registry';
import { flat } from './demo';
import { demoFilled, expectedTexts, NOTES, SIGNED } from './render-demo';

/** The text of a Word XML part, paragraph by paragraph, tabs as spaces. */
function xmlText(xml: string): string {
  return flat(
    xml
      .replace(/<w:tab\/>/g, ' ')
      // A Word check box shows its state as a symbol character.
      .replace(/<w:sym w:char="([0-9A-F]+)"[^>]*\/>/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const headers = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  return {
    body: xmlText(await read('word/document.xml')),
    headers: (await Promise.all(headers.map(read))).join(''),
    footers: (await Promise.all(footers.map(read))).join(''),
    core: await read('docProps/core.xml'),
  };
}

describe('renderDocx', () => {
  it('prints the kartleggingsskjema with every prefilled value under its label, æøå intact', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const { body } = await open(await renderDocx(filled));
    expect(body).toContain('Kartlegging av elevens fraværsmønster');
    expect(body).toContain('2 Fraværets hyppighet. Gjennomsnitt dager pr. mnd.');
    expect(body).toContain('7 Kontaktlærers vurdering av grunn for fraværet.');
    const labels = filled.values.map((v) => v.label);
    for (const { label, text } of expectedTexts(filled)) {
      const at = body.indexOf(label);
      const next = labels[labels.indexOf(label) + 1];
      const valueAt = body.indexOf(text, at + label.length);
      expect(at, label).toBeGreaterThanOrEqual(0);
      expect(valueAt, `${text} under ${label}`).toBeGreaterThan(at);
      if (next) expect(valueAt, `${text} before ${next}`).toBeLessThan(body.indexOf(next, at + label.length));
    }
    expect(body).toContain('Sølvi Åsheim Ødegård');
  });

  it('prints all fifteen items, in order', async () => {
    const filled = demoFilled('kartlegging-fravaersmonster');
    const { body } = await open(await renderDocx(filled));
    const numbered = filled.values.filter((v) => /^\d+ /.test(v.label)).map((v) => v.label);
    expect(numbered.map((l) => l.split(' ')[0])).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    const positions = numbered.map((label) => body.indexOf(label));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints consented notes and leaves the rest out; unticked boxes stay empty', async () => {
    const { body } = await open(await renderDocx(demoFilled('kartlegging-fravaersmonster')));
    expect(body).toContain(NOTES['kontakt-elev']);
    expect(body).not.toContain('HEMMELIG');
    expect(body).not.toContain('mor er alvorlig syk');
    expect(body).toContain('☒ Medelever');
    expect(body).toContain('☒ Fag');
    expect(body).toContain('☒ Annet: Gruer seg til gym');
    expect(body).toContain('☐ Avtalt fravær');
    expect(body).toContain('☐ Hjemme'); // item 8 was noted but not consented
    expect(body).not.toContain('☒ Hjemme');
    expect(body).toContain('☐ God');
    expect(body).toContain('☒ Middels');
  });

  it('lays the form out with headings, label/answer tables, Word check boxes and Norwegian as its language', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(demoFilled('kartlegging-fravaersmonster')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    // The title, then one heading per item that is not a one-line field: 1, 3–15 (item 2 is two
    // one-line fields) and the signature block "Underskrift".
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:pStyle w:val="Heading3"\/>/g)).toHaveLength(14 + 1);
    // Boxes: 7 in item 7, 6 in item 8, 3 in item 9 — each a check box content control, none typed as text.
    expect(xml.match(/<w14:checkbox>/g)).toHaveLength(16);
    expect(xml.match(/<w14:checked w14:val="1"\/>/g)).toHaveLength(4); // Medelever, Fag, Annet, Middels
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*[☐☒]/);
    expect(xml).toContain('<w:tbl>');
    expect(styles).toContain('w:lang w:val="nb-NO"');
  });

  it('prints the evaluering’s "ELLER" between its first two outcomes', async () => {
    const { body } = await open(await renderDocx(demoFilled('evaluering-samarbeidsavtale', SIGNED)));
    expect(body).toMatch(/☐ Det er ikke lenger behov for systematisk oppfølging av skolefravær\. ELLER ☐ Det utarbeides en ny samarbeidsavtale\./);
  });

  it('has the guideline in the header and "Side X av Y" in the footer', async () => {
    const { headers, footers } = await open(await renderDocx(demoFilled('kartlegging-fravaersmonster')));
    expect(xmlText(headers)).toContain('Rælingen kommune – Fravær i barnehager og skoler – en praktisk og faglig veileder');
    const footer = footers.replace(/\s+/g, ' ');
    expect(xmlText(footers)).toMatch(/Side .*av/);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('names the form, not the student, in the document properties, dated with the export date', async () => {
    const { core } = await open(await renderDocx(demoFilled('kartlegging-fravaersmonster')));
    expect(core).toContain('<dc:title>Kartlegging av elevens fraværsmønster</dc:title>');
    expect(core).toContain('2026-11-23T00:00:00Z');
    expect(core).not.toMatch(/Sølvi|Ødegård/);
  });

  it('prints the samarbeidsavtale’s dates and every form in the registry', async () => {
    const { body } = await open(await renderDocx(demoFilled('samarbeidsavtale', SIGNED)));
    expect(body).toContain('Sted, dato: , 23.11.2026');
    expect(body).toContain('Den skal evalueres (dato): (dato for evalueringsmøte) 14.12.2026');
    expect(body).toContain('Avtalen gjelder for perioden (som regel 3). fra 23.11.2026 til 14.12.2026');
    for (const id of FORM_IDS) {
      const filled = demoFilled(id, SIGNED);
      const text = (await open(await renderDocx(filled))).body;
      expect(text).toContain(filled.form.title);
      for (const v of filled.values) expect(text, `${id}: ${v.label}`).toContain(v.label);
    }
  });
});
