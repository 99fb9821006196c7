import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { toDate } from '../model/date';
import { formFields, type Field } from './form-definition';
import type { FilledForm, FilledValue } from './prefill';
import { CHECKED, UNCHECKED, formMetadata, inlineLabel, pageLabel, sourceTitle } from './printed-form';

/** A4 in points. */
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56;
const CONTENT_TOP = PAGE_HEIGHT - 78;
const CONTENT_BOTTOM = 64;
const WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const SIZE = { title: 16, label: 10.5, body: 10.5, hint: 8.5, header: 8, footer: 8.5, box: 11 };
const LEADING = 1.35;
/** Room above a ruled line to write on by hand. */
const HANDWRITING_GAP = 22;
const SIGNATURE_GAP = 30;
const FIELD_GAP = 9;

const INK = rgb(0, 0, 0);
const GREY = rgb(0.33, 0.33, 0.33);
const RULE = rgb(0.55, 0.55, 0.55);

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * The form as a printable A4 PDF. Fonts come from the caller (DejaVu Sans, which has æøå and the
 * ☐/☒ boxes), embedded as subsets. The metadata names the form and the guideline, never the student;
 * the dates in it are the export date, not the clock.
 */
export async function renderPdf(filled: FilledForm, fonts: PdfFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });

  const meta = formMetadata(filled.form);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setLanguage('nb-NO');
  doc.setCreationDate(toDate(filled.generatedOn));
  doc.setModificationDate(toDate(filled.generatedOn));

  const layout = new Layout(doc, regular, bold, sourceTitle(filled.form));
  layout.paragraph(filled.form.title, bold, SIZE.title, INK);
  layout.space(6);
  if (filled.form.intro) {
    layout.paragraph(filled.form.intro, regular, SIZE.body, GREY);
    layout.space(10);
  }

  const fields = new Map(formFields(filled.form).map((f) => [f.id, f]));
  const byId = new Map(filled.values.map((v) => [v.fieldId, v]));
  filled.form.sections.forEach((section, index) => {
    if (index > 0) layout.space(6);
    if (section.heading) {
      layout.keep(SIZE.label * LEADING * 3);
      layout.paragraph(section.heading, bold, SIZE.label + 1.5, INK);
    }
    for (const sectionField of section.fields) {
      const field = fields.get(sectionField.id) ?? sectionField;
      const value = byId.get(field.id) ?? { fieldId: field.id, label: field.label, value: null, origin: 'empty' as const };
      drawField(layout, field, value);
      layout.space(FIELD_GAP);
    }
  });

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const text = pageLabel(i + 1, pages.length);
    const width = regular.widthOfTextAtSize(text, SIZE.footer);
    page.drawText(text, { x: (PAGE_WIDTH - width) / 2, y: 34, size: SIZE.footer, font: regular, color: GREY });
  });
  return doc.save();
}

function drawField(layout: Layout, field: Field, filled: FilledValue): void {
  const { regular, bold } = layout;
  const text = typeof filled.value === 'string' ? clean(filled.value) : null;
  const labelHeight = layout.height(filled.label, bold, SIZE.label);
  const hintHeight = field.hint ? layout.height(field.hint, regular, SIZE.hint) : 0;

  switch (field.kind) {
    case 'text':
    case 'date': {
      const label = inlineLabel(filled.label);
      if (text === null) {
        layout.keep(HANDWRITING_GAP + hintHeight);
        layout.labelWithRule(label, WIDTH);
      } else {
        layout.keep(labelHeight + hintHeight);
        layout.labelled(label, text);
      }
      if (field.hint) layout.paragraph(field.hint, regular, SIZE.hint, GREY);
      return;
    }
    case 'place-date': {
      // The place is always written by hand; the date may be known.
      layout.keep(HANDWRITING_GAP + hintHeight);
      layout.labelWithRule(inlineLabel(filled.label), text === null ? WIDTH : WIDTH * 0.55, text === null ? undefined : `, ${text}`);
      if (field.hint) layout.paragraph(field.hint, regular, SIZE.hint, GREY);
      return;
    }
    case 'lines': {
      // Keep the label, its hint and the first line of the answer together on one page, and a
      // short answer's lines with them (a page break between two ruled lines reads as two answers).
      const firstPart = text === null ? Math.min(field.lines, 6) * HANDWRITING_GAP : SIZE.body * LEADING;
      layout.keep(labelHeight + hintHeight + firstPart);
      layout.paragraph(filled.label, bold, SIZE.label, INK);
      if (field.hint) layout.paragraph(field.hint, regular, SIZE.hint, GREY);
      if (text !== null) layout.paragraph(text, regular, SIZE.body, INK);
      // A prefilled answer keeps one line for what the teacher adds; an empty one gets the form's lines.
      layout.rules(text === null ? field.lines : 1, HANDWRITING_GAP);
      return;
    }
    case 'checkboxes': {
      layout.keep(labelHeight + hintHeight + SIZE.box * LEADING * 2);
      layout.paragraph(filled.label, bold, SIZE.label, INK);
      if (field.hint) layout.paragraph(field.hint, regular, SIZE.hint, GREY);
      const ticked = Array.isArray(filled.value) ? filled.value : [];
      const otherOption = field.allowOther ? field.options[field.options.length - 1] : undefined;
      layout.space(2);
      layout.boxes(
        field.options.map((option) => ({
          text: option,
          ticked: ticked.includes(option),
          other: option === otherOption ? { written: filled.other } : undefined,
        })),
      );
      return;
    }
    case 'signature': {
      if (field.lines === 1) {
        layout.keep(SIGNATURE_GAP + hintHeight);
        layout.space(SIGNATURE_GAP - HANDWRITING_GAP);
        layout.labelWithRule(inlineLabel(filled.label), WIDTH);
        if (field.hint) layout.paragraph(field.hint, regular, SIZE.hint, GREY);
        return;
      }
      // Signatures belong on one page with their heading.
      layout.keep(labelHeight + hintHeight + field.lines * SIGNATURE_GAP);
      layout.paragraph(inlineLabel(filled.label).trim(), bold, SIZE.label, INK);
      if (field.hint) layout.paragraph(field.hint, regular, SIZE.hint, GREY);
      layout.rules(field.lines, SIGNATURE_GAP);
      return;
    }
  }
}

interface Box {
  text: string;
  ticked: boolean;
  /** The "Annet" box: what was written after it, or a line to write on. */
  other: { written: string | undefined } | undefined;
}

/** A cursor down the page that starts a new page (with the header) when the next block does not fit. */
class Layout {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    private readonly header: string,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const lines = wrap(this.header, this.regular, SIZE.header, WIDTH);
    let y = PAGE_HEIGHT - 40;
    for (const line of lines) {
      this.page.drawText(line, { x: MARGIN_X, y, size: SIZE.header, font: this.regular, color: GREY });
      y -= SIZE.header * LEADING;
    }
    this.page.drawLine({ start: { x: MARGIN_X, y: y + 3 }, end: { x: PAGE_WIDTH - MARGIN_X, y: y + 3 }, thickness: 0.5, color: RULE });
    this.y = Math.min(CONTENT_TOP, y - 14);
  }

  /** Start a new page unless `height` more points fit on this one. */
  keep(height: number): void {
    if (this.y - height < CONTENT_BOTTOM) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  height(text: string, font: PDFFont, size: number): number {
    return wrap(text, font, size, WIDTH).length * size * LEADING;
  }

  /** Wrapped text; each line moves to a new page if it does not fit. */
  paragraph(text: string, font: PDFFont, size: number, color: ReturnType<typeof rgb>, indent = 0): void {
    for (const line of wrap(text, font, size, WIDTH - indent)) {
      this.keep(size * LEADING);
      this.y -= size * LEADING;
      this.page.drawText(line, { x: MARGIN_X + indent, y: this.y + size * 0.3, size, font, color });
    }
  }

  /** "Klasse: 9B" on one line when it fits; otherwise the label, and the value below it. */
  labelled(label: string, value: string): void {
    const labelWidth = this.bold.widthOfTextAtSize(label, SIZE.label);
    const oneLine = !value.includes('\n') && labelWidth + this.regular.widthOfTextAtSize(value, SIZE.body) <= WIDTH;
    if (!oneLine) {
      this.paragraph(label.trim(), this.bold, SIZE.label, INK);
      this.paragraph(value, this.regular, SIZE.body, INK);
      return;
    }
    this.keep(SIZE.body * LEADING);
    this.y -= SIZE.body * LEADING;
    const baseline = this.y + SIZE.body * 0.3;
    this.page.drawText(label, { x: MARGIN_X, y: baseline, size: SIZE.label, font: this.bold, color: INK });
    this.page.drawText(value, { x: MARGIN_X + labelWidth, y: baseline, size: SIZE.body, font: this.regular, color: INK });
  }

  /** "Skole: ______": the label, a line to write on up to `ruleEnd`, and text after the line. */
  labelWithRule(label: string, ruleEnd: number, after?: string): void {
    this.keep(HANDWRITING_GAP);
    this.y -= HANDWRITING_GAP;
    const baseline = this.y + 3;
    this.page.drawText(label, { x: MARGIN_X, y: baseline, size: SIZE.label, font: this.bold, color: INK });
    const start = MARGIN_X + this.bold.widthOfTextAtSize(label, SIZE.label);
    const end = MARGIN_X + Math.max(ruleEnd, start - MARGIN_X + 40);
    this.page.drawLine({ start: { x: start, y: baseline - 2 }, end: { x: end, y: baseline - 2 }, thickness: 0.6, color: RULE });
    if (after) this.page.drawText(after, { x: end + 1, y: baseline, size: SIZE.body, font: this.regular, color: INK });
  }

  /** Empty ruled lines across the text width, `gap` points apart. */
  rules(count: number, gap: number): void {
    for (let i = 0; i < count; i++) {
      this.keep(gap);
      this.y -= gap;
      this.page.drawLine({ start: { x: MARGIN_X, y: this.y }, end: { x: PAGE_WIDTH - MARGIN_X, y: this.y }, thickness: 0.6, color: RULE });
    }
  }

  /**
   * Check boxes in a grid of equal columns, read row by row, so short lists ("God Middels
   * Dårlig") sit on one line and longer ones line up; a sentence-long option gets a line of its
   * own, wrapped beside its box. The "Annet" box comes last on a line of its own, with room to
   * write after it.
   */
  boxes(boxes: Box[]): void {
    const lineHeight = SIZE.box * LEADING + 2;
    const boxWidth = this.regular.widthOfTextAtSize(`${UNCHECKED} `, SIZE.box);
    const gap = 22;
    const plain = boxes.filter((b) => !b.other);
    const cellWidth = Math.max(0, ...plain.map((b) => boxWidth + this.regular.widthOfTextAtSize(b.text, SIZE.body))) + gap;
    const columns = Math.max(1, Math.floor((WIDTH + gap) / cellWidth));
    const glyph = (box: Box) => (box.ticked ? CHECKED : UNCHECKED);

    plain.forEach((box, i) => {
      const column = i % columns;
      if (column === 0) {
        this.keep(lineHeight);
        this.y -= lineHeight;
      }
      const x = MARGIN_X + column * cellWidth;
      const lines = wrap(box.text, this.regular, SIZE.body, WIDTH - boxWidth);
      this.page.drawText(glyph(box), { x, y: this.y + 3.5, size: SIZE.box, font: this.regular, color: INK });
      lines.forEach((line, n) => {
        if (n > 0) {
          this.keep(SIZE.body * LEADING);
          this.y -= SIZE.body * LEADING;
        }
        this.page.drawText(line, { x: x + boxWidth, y: this.y + 4, size: SIZE.body, font: this.regular, color: INK });
      });
    });

    for (const box of boxes.filter((b) => b.other)) {
      this.keep(lineHeight);
      this.y -= lineHeight;
      const label = `${box.text}: `;
      const textX = MARGIN_X + boxWidth;
      const afterLabel = textX + this.regular.widthOfTextAtSize(label, SIZE.body);
      this.page.drawText(glyph(box), { x: MARGIN_X, y: this.y + 3.5, size: SIZE.box, font: this.regular, color: INK });
      this.page.drawText(label, { x: textX, y: this.y + 4, size: SIZE.body, font: this.regular, color: INK });
      const written = box.other?.written;
      if (written === undefined) {
        this.page.drawLine({ start: { x: afterLabel, y: this.y + 2 }, end: { x: PAGE_WIDTH - MARGIN_X, y: this.y + 2 }, thickness: 0.6, color: RULE });
        continue;
      }
      const lines = wrap(written, this.regular, SIZE.body, PAGE_WIDTH - MARGIN_X - afterLabel);
      lines.forEach((line, n) => {
        if (n > 0) {
          this.keep(SIZE.body * LEADING);
          this.y -= SIZE.body * LEADING;
        }
        this.page.drawText(line, { x: afterLabel, y: this.y + 4, size: SIZE.body, font: this.regular, color: INK });
      });
    }
  }
}

/** Tabs and carriage returns from pasted notes would print as missing glyphs. */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** Greedy word wrap; a word longer than the line is broken where it must be. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of clean(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') out.push(line);
      line = '';
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}
