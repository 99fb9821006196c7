import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFForm, type PDFPage } from 'pdf-lib';
import { toDate } from '../model/date';
import { formFields, type Field } from './form-definition';
import type { FilledForm, FilledValue } from './prefill';
import { formMetadata, inlineLabel, pageLabel, sourceTitle } from './printed-form';

/** A4 in points. */
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56;
const CONTENT_TOP = PAGE_HEIGHT - 78;
const CONTENT_BOTTOM = 64;
const WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const LABEL_WIDTH = Math.round(WIDTH * 0.32);

const SIZE = { title: 16, heading: 12, label: 10.5, body: 10.5, hint: 8.5, header: 8, footer: 8.5, field: 10 };
const LEADING = 1.35;
/** Room above a ruled line to write on by hand. */
const HANDWRITING_GAP = 22;
const SIGNATURE_GAP = 30;
const FIELD_GAP = 10;
const BOX = 9;

const INK = rgb(0, 0, 0);
const GREY = rgb(0.33, 0.33, 0.33);
const RULE = rgb(0.55, 0.55, 0.55);
const HEADER_SHADE = rgb(0.93, 0.93, 0.93);

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * The form as a fillable A4 PDF: every answer is a text field and every box a check box or a
 * choice of a radio group (pdf-lib's AcroForm), prefilled where the extension knows the answer,
 * so a school completes it in any PDF reader and prints it with the lines and boxes of the source.
 * Fonts come from the caller (DejaVu Sans: æøå and the boxes); the regular face is embedded whole,
 * since a reader draws what is typed into a field with it, the bold one as a subset. The metadata
 * names the form and the guideline, never the student; its dates are the export date.
 *
 * Pages break between blocks (an item with its label, hint and answer; a signature block), never
 * inside one, and a block is never left alone on a page when the page before it can spare one.
 */
export async function renderPdf(filled: FilledForm, fonts: PdfFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: false });
  const bold = await doc.embedFont(fonts.bold, { subset: true });

  const meta = formMetadata(filled.form);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setLanguage('nb-NO');
  doc.setCreationDate(toDate(filled.generatedOn));
  doc.setModificationDate(toDate(filled.generatedOn));

  const form = doc.getForm();
  const header = wrap(sourceTitle(filled.form), regular, SIZE.header, WIDTH);
  const top = Math.min(CONTENT_TOP, PAGE_HEIGHT - 40 - header.length * SIZE.header * LEADING - 11);
  const blocks = formBlocks(filled, regular, top - CONTENT_BOTTOM);
  const measure = new Pen(null, form, regular, bold, 0);
  const heights = blocks.map((block) => {
    measure.y = 0;
    block(measure);
    return -measure.y;
  });
  const pages = paginate(heights, top - CONTENT_BOTTOM);

  pages.forEach((indices, p) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    drawHeader(page, header, regular);
    const pen = new Pen(page, form, regular, bold, top);
    indices.forEach((index, n) => {
      if (n > 0) pen.y -= FIELD_GAP;
      blocks[index]!(pen);
    });
    const text = pageLabel(p + 1, pages.length);
    const width = regular.widthOfTextAtSize(text, SIZE.footer);
    page.drawText(text, { x: (PAGE_WIDTH - width) / 2, y: 34, size: SIZE.footer, font: regular, color: GREY });
  });
  // Every field's appearance drawn with the embedded font, so æøå show the same in every reader.
  form.updateFieldAppearances(regular);
  // Saving would otherwise embed Helvetica as a default font no field uses.
  return doc.save({ updateFieldAppearances: false });
}

/** A part of the form that is never split across pages. */
type Block = (pen: Pen) => void;

function formBlocks(filled: FilledForm, regular: PDFFont, pageHeight: number): Block[] {
  const fields = new Map(formFields(filled.form).map((f) => [f.id, f]));
  const byId = new Map(filled.values.map((v) => [v.fieldId, v]));
  const blocks: Block[] = [];
  const title = filled.form.title;
  const intro = filled.form.intro;
  let pendingHeading: string | undefined;
  const titleBlock: Block = (pen) => {
    pen.paragraph(title, 'bold', SIZE.title, INK);
    if (intro) {
      pen.y -= 4;
      pen.paragraph(intro, 'regular', SIZE.body, GREY);
    }
  };
  blocks.push(titleBlock);

  for (const section of filled.form.sections) {
    pendingHeading = section.heading;
    // Consecutive one-line fields ("Elevens navn", "Skole", "Klasse") make one block of label/answer rows.
    let shortRun: Array<{ field: Field; value: FilledValue }> = [];
    const flush = () => {
      if (shortRun.length === 0) return;
      const run = shortRun;
      blocks.push(withHeading(takeHeading(), (pen) => run.forEach(({ field, value }) => pen.labelAnswer(field, value))));
      shortRun = [];
    };
    const takeHeading = () => {
      const heading = pendingHeading;
      pendingHeading = undefined;
      return heading;
    };
    for (const sectionField of section.fields) {
      const field = fields.get(sectionField.id) ?? sectionField;
      const value = byId.get(field.id) ?? { fieldId: field.id, label: field.label, value: null, origin: 'empty' as const };
      if (field.kind === 'text' || field.kind === 'date' || field.kind === 'place-date') {
        shortRun.push({ field, value });
        continue;
      }
      flush();
      const text = typeof value.value === 'string' ? value.value : null;
      const perPage = Math.floor((pageHeight - 80) / HANDWRITING_GAP);
      const wrapped = field.kind === 'lines' && text !== null ? wrap(text, regular, SIZE.field, WIDTH - 4) : [];
      if (wrapped.length + 1 <= perPage) {
        blocks.push(withHeading(takeHeading(), (pen) => pen.item(field, value)));
        continue;
      }
      // An answer longer than a page goes on in fields of its own on the next pages: "<id>-2", "<id>-3" …
      for (let part = 0; part * perPage < wrapped.length; part++) {
        const chunk = wrapped.slice(part * perPage, (part + 1) * perPage).join('\n');
        const last = (part + 1) * perPage >= wrapped.length;
        const name = part === 0 ? field.id : `${field.id}-${part + 1}`;
        blocks.push(
          part === 0
            ? withHeading(takeHeading(), (pen) => pen.item(field, { ...value, value: chunk }, name, last ? 1 : 0))
            : (pen) => pen.continuation(name, chunk, last ? 1 : 0),
        );
      }
    }
    flush();
  }
  return blocks;
}

/** A section's heading travels with the section's first block. */
function withHeading(heading: string | undefined, block: Block): Block {
  if (!heading) return block;
  return (pen) => {
    pen.y -= 6;
    pen.paragraph(heading, 'bold', SIZE.heading, INK);
    pen.y -= 2;
    block(pen);
  };
}

/**
 * Blocks onto pages, in order: each page takes what fits. Then, from the end, a page left with a
 * single block (a signature block, the last item) takes the last block of the page before, as long
 * as that page keeps two and the moved block fits.
 */
export function paginate(heights: number[], pageHeight: number): number[][] {
  const used = (page: number[]) => page.reduce((sum, i, n) => sum + heights[i]! + (n > 0 ? FIELD_GAP : 0), 0);
  const pages: number[][] = [[]];
  heights.forEach((height, i) => {
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && used(current) + FIELD_GAP + height > pageHeight) pages.push([i]);
    else current.push(i);
  });
  for (let p = pages.length - 1; p > 0; p--) {
    const page = pages[p]!;
    const before = pages[p - 1]!;
    while (page.length < 2 && before.length > 2) {
      const moved = before[before.length - 1]!;
      if (used([moved, ...page]) > pageHeight) break;
      before.pop();
      page.unshift(moved);
    }
  }
  return pages;
}

function drawHeader(page: PDFPage, lines: string[], font: PDFFont): void {
  let y = PAGE_HEIGHT - 40;
  for (const line of lines) {
    page.drawText(line, { x: MARGIN_X, y, size: SIZE.header, font, color: GREY });
    y -= SIZE.header * LEADING;
  }
  page.drawLine({ start: { x: MARGIN_X, y: y + 3 }, end: { x: PAGE_WIDTH - MARGIN_X, y: y + 3 }, thickness: 0.5, color: RULE });
}

/**
 * A cursor down one page that draws text, lines and form fields — or, without a page, only moves,
 * so a block is measured by the very code that draws it.
 */
class Pen {
  constructor(
    private readonly page: PDFPage | null,
    private readonly form: PDFForm,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    public y: number,
  ) {}

  private font(face: 'regular' | 'bold'): PDFFont {
    return face === 'bold' ? this.bold : this.regular;
  }

  paragraph(text: string, face: 'regular' | 'bold', size: number, color: ReturnType<typeof rgb>, indent = 0, width = WIDTH): void {
    const font = this.font(face);
    for (const line of wrap(text, font, size, width - indent)) {
      this.y -= size * LEADING;
      this.page?.drawText(line, { x: MARGIN_X + indent, y: this.y + size * 0.3, size, font, color });
    }
  }

  private rule(x1: number, x2: number, y: number): void {
    this.page?.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.6, color: RULE });
  }

  private textField(name: string, value: string, x: number, y: number, width: number, height: number, multiline: boolean): void {
    if (!this.page) return;
    const field = this.form.createTextField(name);
    if (multiline) field.enableMultiline();
    if (value !== '') field.setText(value);
    field.addToPage(this.page, { x, y, width, height, font: this.regular, borderWidth: 0, backgroundColor: undefined, borderColor: undefined });
    field.setFontSize(SIZE.field);
  }

  private checkBox(name: string, checked: boolean, x: number, y: number): void {
    if (!this.page) return;
    const box = this.form.createCheckBox(name);
    box.addToPage(this.page, { x, y, width: BOX, height: BOX, borderWidth: 0.8, borderColor: INK, backgroundColor: rgb(1, 1, 1) });
    if (checked) box.check();
  }

  /** "Skole:" on the left, the answer field over a line on the right. */
  labelAnswer(field: Field, filled: FilledValue): void {
    const text = typeof filled.value === 'string' ? filled.value : '';
    const label = inlineLabel(filled.label).trim();
    const labelLines = wrap(label, this.bold, SIZE.label, LABEL_WIDTH - 6);
    const height = Math.max(HANDWRITING_GAP, labelLines.length * SIZE.label * LEADING + 6);
    this.y -= height;
    const baseline = this.y + 3;
    labelLines.forEach((line, i) => {
      const lineY = baseline + (labelLines.length - 1 - i) * SIZE.label * LEADING;
      this.page?.drawText(line, { x: MARGIN_X, y: lineY, size: SIZE.label, font: this.bold, color: INK });
    });
    const x = MARGIN_X + LABEL_WIDTH;
    const right = PAGE_WIDTH - MARGIN_X;
    if (field.kind === 'place-date') {
      // The place is written by hand; the date may be known. Two fields on one line: "sted", "dato".
      const split = x + (right - x) * 0.6;
      this.rule(x, split - 8, baseline - 2);
      this.page?.drawText(',', { x: split - 6, y: baseline, size: SIZE.body, font: this.regular, color: INK });
      this.rule(split, right, baseline - 2);
      this.textField(`${field.id}-sted`, '', x, baseline - 2, split - 8 - x, HANDWRITING_GAP - 4, false);
      this.textField(`${field.id}-dato`, text, split, baseline - 2, right - split, HANDWRITING_GAP - 4, false);
    } else {
      this.rule(x, right, baseline - 2);
      this.textField(field.id, text, x, baseline - 2, right - x, HANDWRITING_GAP - 4, false);
    }
    if (field.hint) this.paragraph(field.hint, 'regular', SIZE.hint, GREY, LABEL_WIDTH);
  }

  /** A numbered item or any field with its label above: lines, boxes, a table, signatures. */
  item(field: Field, filled: FilledValue, name: string = field.id, spare = 1): void {
    this.paragraph(filled.label, 'bold', SIZE.label, INK);
    if (field.hint) this.paragraph(field.hint, 'regular', SIZE.hint, GREY);
    switch (field.kind) {
      case 'lines':
        return this.lines(name, typeof filled.value === 'string' ? filled.value : null, field.lines, spare);
      case 'signature':
        // Signed by hand: lines only.
        this.y -= SIGNATURE_GAP - HANDWRITING_GAP;
        for (let i = 0; i < field.lines; i++) {
          this.y -= i === 0 ? HANDWRITING_GAP : SIGNATURE_GAP;
          this.rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, this.y);
        }
        return;
      case 'checkboxes':
        return this.boxes(field, filled);
      case 'table':
        return this.table(field, filled);
      case 'text':
      case 'date':
      case 'place-date':
        return this.labelAnswer(field, filled);
    }
  }

  /**
   * One multi-line field over the ruled lines: as many lines as the form gives, or as the
   * prefilled answer needs plus one for what the teacher adds.
   */
  private lines(name: string, text: string | null, count: number, spare: number): void {
    const needed = text === null ? 0 : wrap(text, this.regular, SIZE.field, WIDTH - 4).length + spare;
    const lines = text === null ? count : Math.max(needed, spare === 0 ? 1 : count);
    const top = this.y;
    for (let i = 0; i < lines; i++) {
      this.y -= HANDWRITING_GAP;
      this.rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, this.y);
    }
    this.textField(name, text ?? '', MARGIN_X, this.y, WIDTH, top - this.y - 2, true);
  }

  /** The rest of an answer longer than a page, on the next page. */
  continuation(name: string, text: string, spare: number): void {
    this.lines(name, text, 1, spare);
  }

  /** A box per option; a one-of scale across one line; "Annet" with a field after it; the source's "ELLER" between. */
  private boxes(field: Extract<Field, { kind: 'checkboxes' }>, filled: FilledValue): void {
    const ticked = Array.isArray(filled.value) ? filled.value : [];
    const otherOption = field.allowOther ? field.options[field.options.length - 1] : undefined;
    const dividers = new Map(field.dividers.map((d) => [d.before, d.text]));
    const rowHeight = SIZE.body * LEADING + 3;
    const textX = MARGIN_X + BOX + 5;
    this.y -= 2;

    if (field.single) {
      const group = this.page ? this.form.createRadioGroup(field.id) : null;
      this.y -= rowHeight;
      let x = MARGIN_X;
      field.options.forEach((option) => {
        group?.addOptionToPage(option, this.page!, { x, y: this.y + 1, width: BOX, height: BOX, borderWidth: 0.8, borderColor: INK, backgroundColor: rgb(1, 1, 1) });
        this.page?.drawText(option, { x: x + BOX + 5, y: this.y + 2, size: SIZE.body, font: this.regular, color: INK });
        x += BOX + 5 + this.regular.widthOfTextAtSize(option, SIZE.body) + 24;
      });
      const chosen = ticked.find((option) => field.options.includes(option));
      if (group && chosen) group.select(chosen);
      return;
    }

    field.options.forEach((option, index) => {
      const divider = dividers.get(option);
      if (divider) this.paragraph(divider, 'bold', SIZE.body, INK);
      const name = `${field.id}-${index + 1}`;
      if (option === otherOption) {
        this.y -= rowHeight;
        this.checkBox(name, ticked.includes(option), MARGIN_X, this.y + 1);
        const label = `${option}:`;
        this.page?.drawText(label, { x: textX, y: this.y + 2, size: SIZE.body, font: this.regular, color: INK });
        const after = textX + this.regular.widthOfTextAtSize(label, SIZE.body) + 6;
        this.rule(after, PAGE_WIDTH - MARGIN_X, this.y);
        this.textField(`${field.id}-annet`, filled.other ?? '', after, this.y, PAGE_WIDTH - MARGIN_X - after, rowHeight, false);
        return;
      }
      const lines = wrap(option, this.regular, SIZE.body, WIDTH - BOX - 5);
      this.y -= rowHeight;
      this.checkBox(name, ticked.includes(option), MARGIN_X, this.y + 1);
      lines.forEach((line, n) => {
        if (n > 0) this.y -= SIZE.body * LEADING;
        this.page?.drawText(line, { x: textX, y: this.y + 2, size: SIZE.body, font: this.regular, color: INK });
      });
    });
  }

  /** A grid: shaded header row, then rows of fields; a choice column is a radio group per row. */
  private table(field: Extract<Field, { kind: 'table' }>, filled: FilledValue): void {
    const widths = columnWidths(field, this.regular);
    const xs = widths.map((_, c) => MARGIN_X + widths.slice(0, c).reduce((a, b) => a + b, 0));
    const right = PAGE_WIDTH - MARGIN_X;
    const filledRows = filled.cells ?? [];
    const emptyRows = Math.max(field.rows - filledRows.length, filledRows.length > 0 ? 1 : field.rows);
    const rows = [...filledRows, ...Array.from({ length: emptyRows }, () => field.columns.map(() => ''))];
    const grid = (y1: number, y2: number) => xs.concat(right).forEach((x) => this.page?.drawLine({ start: { x, y: y1 }, end: { x, y: y2 }, thickness: 0.6, color: RULE }));

    const headerLines = field.columns.map((column, c) => wrap(column.header, this.bold, SIZE.label, widths[c]! - 8));
    const headerHeight = Math.max(...headerLines.map((l) => l.length)) * SIZE.label * LEADING + 6;
    this.y -= 4;
    const headerTop = this.y;
    this.y -= headerHeight;
    this.page?.drawRectangle({ x: MARGIN_X, y: this.y, width: WIDTH, height: headerHeight, color: HEADER_SHADE });
    this.rule(MARGIN_X, right, headerTop);
    headerLines.forEach((lines, c) =>
      lines.forEach((line, n) =>
        this.page?.drawText(line, { x: xs[c]! + 4, y: headerTop - 3 - (n + 1) * SIZE.label * LEADING + 3, size: SIZE.label, font: this.bold, color: INK }),
      ),
    );
    this.rule(MARGIN_X, right, this.y);
    grid(headerTop, this.y);

    rows.forEach((row, r) => {
      const choiceLines = field.columns.map((column, c) => (column.options ? choiceLayout(column.options, widths[c]! - 8, this.regular).length : 1));
      const textLines = field.columns.map((column, c) => (column.options ? 1 : wrap(row[c] ?? '', this.regular, SIZE.field, widths[c]! - 8).length));
      const lineCount = Math.max(field.cellLines, ...choiceLines, ...textLines);
      const rowHeight = lineCount * HANDWRITING_GAP * 0.8 + 6;
      const rowTop = this.y;
      this.y -= rowHeight;
      field.columns.forEach((column, c) => {
        const name = `${field.id}-${r + 1}-${c + 1}`;
        if (!column.options) {
          this.textField(name, row[c] ?? '', xs[c]! + 2, this.y + 2, widths[c]! - 4, rowHeight - 4, lineCount > 1);
          return;
        }
        const group = this.page ? this.form.createRadioGroup(name) : null;
        choiceLayout(column.options, widths[c]! - 8, this.regular).forEach((line, n) => {
          line.forEach(({ option, x }) => {
            const y = rowTop - 4 - (n + 1) * HANDWRITING_GAP * 0.8 + 5;
            group?.addOptionToPage(option, this.page!, { x: xs[c]! + 4 + x, y, width: BOX, height: BOX, borderWidth: 0.8, borderColor: INK, backgroundColor: rgb(1, 1, 1) });
            this.page?.drawText(option, { x: xs[c]! + 4 + x + BOX + 3, y: y + 1, size: SIZE.field, font: this.regular, color: INK });
          });
        });
        const chosen = row[c];
        if (group && chosen && column.options.includes(chosen)) group.select(chosen);
      });
      this.rule(MARGIN_X, right, this.y);
      grid(rowTop, this.y);
    });
  }
}

/** The options of a choice cell in lines that fit its width: each option's box at `x`. */
function choiceLayout(options: readonly string[], width: number, font: PDFFont): Array<Array<{ option: string; x: number }>> {
  const lines: Array<Array<{ option: string; x: number }>> = [[]];
  let x = 0;
  for (const option of options) {
    const w = BOX + 3 + font.widthOfTextAtSize(option, SIZE.field);
    if (x > 0 && x + w > width) {
      lines.push([]);
      x = 0;
    }
    lines[lines.length - 1]!.push({ option, x });
    x += w + 8;
  }
  return lines;
}

/** A choice column is as wide as its boxes in one line (at most 40 %); written columns share the rest. */
function columnWidths(field: Extract<Field, { kind: 'table' }>, font: PDFFont): number[] {
  const fixed = field.columns.map((column) =>
    column.options
      ? Math.min(WIDTH * 0.4, column.options.reduce((sum, o) => sum + BOX + 3 + font.widthOfTextAtSize(o, SIZE.field) + 8, 8))
      : 0,
  );
  const written = field.columns.filter((c) => !c.options).length;
  const rest = WIDTH - fixed.reduce((a, b) => a + b, 0);
  return field.columns.map((c, i) => (c.options ? fixed[i]! : rest / Math.max(1, written)));
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
