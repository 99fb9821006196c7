import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../lib/forms/docx';
import { flat } from './demo';
import { demoFilled, NOTES, SIGNED } from './render-demo';

/**
 * What a reader of the Word files sees: the DOCX rendered by LibreOffice (Writer, headless) to PDF,
 * then read as text and as pixels. One soffice run converts every file, with a profile of its own
 * so it never meets another LibreOffice on the machine.
 */
const office = ['soffice', 'libreoffice'].find((command) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (process.env.CI && !office) throw new Error('CI needs LibreOffice (soffice) to render the Word forms');

const FORMS = ['kartlegging-fravaersmonster', 'evaluering-samarbeidsavtale', 'kartlegging-stress', 'oppfolgingsplan'] as const;

interface Rendered {
  pages: string[];
  all: string;
  /** Horizontal lines longer than a third of the page, per page. */
  rules: number[];
}

/**
 * Ruled lines on a page rendered at 50 dpi in grey: a pixel row with a dark run longer than a third
 * of the page is a line (text has gaps between its letters at this size); touching rows are one line.
 */
function countRules(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('not a PGM image');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const offset = whole!.length;
  let lines = 0;
  let inLine = false;
  for (let y = 0; y < height; y++) {
    let run = 0;
    let longest = 0;
    for (let x = 0; x < width; x++) {
      run = pgm[offset + y * width + x]! < 200 ? run + 1 : 0;
      if (run > longest) longest = run;
    }
    const isLine = longest > width / 3;
    if (isLine && !inLine) lines++;
    inLine = isLine;
  }
  return lines;
}

describe.skipIf(!office)('the Word forms as LibreOffice renders them', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'nr-docx-'));
  const rendered = new Map<string, Rendered>();

  beforeAll(async () => {
    for (const id of FORMS) writeFileSync(join(dir, `${id}.docx`), await renderDocx(demoFilled(id, SIGNED)));
    execFileSync(
      office!,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...FORMS.map((id) => join(dir, `${id}.docx`))],
      { stdio: 'ignore', timeout: 150_000 },
    );
    for (const id of FORMS) {
      const pdf = new Uint8Array(readFileSync(join(dir, `${id}.pdf`)));
      const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: false });
      const pages = (text as string[]).map(flat);
      execFileSync('pdftoppm', ['-gray', '-r', '50', join(dir, `${id}.pdf`), join(dir, id)]);
      const images = readdirSync(dir)
        .filter((name) => name.startsWith(`${id}-`) && name.endsWith('.pgm'))
        .sort();
      rendered.set(id, { pages, all: pages.join(' '), rules: images.map((name) => countRules(readFileSync(join(dir, name)))) });
    }
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the kartleggingsskjema’s items in order with their values, and the boxes as ticked or not', () => {
    const { all } = rendered.get('kartlegging-fravaersmonster')!;
    const items = ['1 Hvor høyt er fraværet?', '3 Fraværsmønster.', '7 Kontaktlærers vurdering av grunn for fraværet.', '15 Foreslåtte tiltak.'];
    const at = items.map((item) => all.indexOf(item));
    expect(at.every((p) => p >= 0), at.join(',')).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all).toContain('Sølvi Åsheim Ødegård');
    expect(all).toContain(flat(NOTES['kontakt-elev']));
    expect(all).toMatch(/☒ Medelever/);
    expect(all).toMatch(/☐ Avtalt fravær/);
    expect(all).not.toContain('HEMMELIG');
  });

  it('draws every line to write on as a line of its own', () => {
    const { rules } = rendered.get('kartlegging-fravaersmonster')!;
    // Worked out from the form: navn, skole, klasse 3; items 1, 3, 4, 5, 6 and 15 are filled (the
    // answer's line and one more: 2 each = 12); item 2 two rows; the "Annet" lines of 7 and 8: 2;
    // items 10, 12, 13, 14 empty with 2 lines each = 8, item 11 (no consent) 3; Dato 1, Underskrift 1.
    // And the header's rule on every page.
    expect(rules.reduce((a, b) => a + b, 0)).toBe(3 + 12 + 2 + 2 + 8 + 3 + 1 + 1 + rules.length);
  });

  it('draws the stress mapping’s table as a grid: a line above, under the header and under each of 8 rows', () => {
    const { rules, all } = rendered.get('kartlegging-stress')!;
    // Elevens navn, Klasse: 2; the grid: 1 + 1 + 8; Dato: 1; the header's rule on every page.
    expect(rules.reduce((a, b) => a + b, 0)).toBe(2 + 10 + 1 + rules.length);
    for (const text of ['Skala fra 1-6', 'Lett', 'Middels', 'Vanskelig', 'Umulig', 'Tips til stressorer som kan føres opp på lappene', 'Kritikk/ros']) {
      expect(all).toContain(text);
    }
  });

  it('prints the evaluering’s "ELLER" between its first two outcomes, and its signatures with the item before them', () => {
    const { pages, all } = rendered.get('evaluering-samarbeidsavtale')!;
    expect(all).toMatch(/☐ Det er ikke lenger behov for systematisk oppfølging av skolefravær\. ELLER ☐ Det utarbeides en ny samarbeidsavtale\./);
    const last = pages[pages.length - 1]!;
    expect(last).toContain('Signaturer på evaluering');
    expect(last).toContain('Basert på evalueringen er det avtalt følgende');
  });

  it('gives the oppfølgingsplan its delmål as rows under "Delmål" and "Tiltak for å nå delmål", headed with Trøndelag', () => {
    const { all, pages } = rendered.get('oppfolgingsplan')!;
    expect(all).toContain('Delmål Tiltak for å nå delmål');
    for (const page of pages) expect(page).toContain('Trøndelag fylkeskommune');
    expect(all).not.toContain('Rælingen');
  });
});
