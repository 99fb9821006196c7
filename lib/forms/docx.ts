import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { formFields, type Field } from './form-definition';
import type { FilledForm, FilledValue } from './prefill';
import { formMetadata, inlineLabel, sourceTitle } from './printed-form';

/** A4 in twentieths of a point, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Calibri';
const LANGUAGE = 'nb-NO';
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 0 };
const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 0 };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 };
/** A row's height where an answer is written by hand (twips). */
const HANDWRITING_ROW = 440;
const SIGNATURE_ROW = 720;
/** The label column of a label/answer table. */
const LABEL_WIDTH = Math.round(TEXT_WIDTH * 0.32);
const GREY = '555555';
const HEADER_SHADE = 'EDEDED';

/** The ☐ and ☒ of a Word check box (content control), in a font every Word and LibreOffice has a fallback for. */
const BOX_SYMBOLS = { checkedState: { value: '2612', font: 'Segoe UI Symbol' }, uncheckedState: { value: '2610', font: 'Segoe UI Symbol' } };

const plain = (text: string) => new TextRun({ text });
const bold = (text: string) => new TextRun({ text, bold: true });
const box = (checked: boolean, alias: string) => new CheckBox({ checked, alias, ...BOX_SYMBOLS });

type Block = Paragraph | Table;

/**
 * The form as a Word document laid out as the source lays it out, for a school to keep editing:
 * the guideline's name in the header, the form's title and its sections as headings, each item's
 * label as a heading of its own, label/answer and signature blocks as tables whose rows are the
 * lines to write on, Word check boxes (content controls) for the boxes to tick, and "Side X av Y"
 * in the footer. The document's language is Norwegian bokmål, so spelling and hyphenation follow it.
 */
export async function renderDocx(filled: FilledForm): Promise<Uint8Array> {
  const fields = new Map(formFields(filled.form).map((f) => [f.id, f]));
  const byId = new Map(filled.values.map((v) => [v.fieldId, v]));
  const children: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [plain(filled.form.title)] })];
  if (filled.form.intro) {
    children.push(new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: filled.form.intro, italics: true })] }));
  }

  const order = filled.form.sections.flatMap((section) => section.fields.map((field) => ({ field, section })));
  // The item before a signature block (or before the closing "Dato"/"Underskrift" lines) stays on
  // its page, so the signatures never stand alone on the last one.
  const keepsWithNext = new Set(
    order
      .filter((entry, i) => {
        const next = order[i + 1];
        if (!next) return false;
        const closing = next.section !== entry.section && next.section.fields.some((f) => f.kind === 'signature');
        return next.field.kind === 'signature' || closing;
      })
      .map((entry) => entry.field.id),
  );

  for (const section of filled.form.sections) {
    if (section.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [plain(section.heading)] }));
    // Consecutive one-line fields ("Elevens navn", "Skole", "Klasse") share one label/answer table.
    let shortRows: TableRow[] = [];
    const flush = () => {
      if (shortRows.length > 0) children.push(labelAnswerTable(shortRows), spacer());
      shortRows = [];
    };
    for (const sectionField of section.fields) {
      const field = fields.get(sectionField.id) ?? sectionField;
      const value = byId.get(field.id) ?? { fieldId: field.id, label: field.label, value: null, origin: 'empty' as const };
      if (field.kind === 'text' || field.kind === 'date' || field.kind === 'place-date') {
        shortRows.push(labelAnswerRow(field, value));
        continue;
      }
      flush();
      children.push(...fieldBlocks(field, value, keepsWithNext.has(field.id)));
    }
    flush();
  }

  const meta = formMetadata(filled.form);
  const heading = (id: string, name: string, size: number, before: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
  });
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    subject: meta.subject,
    styles: {
      default: { document: { run: { font: FONT, size: 22, language: { value: LANGUAGE } } } },
      paragraphStyles: [
        heading('Heading1', 'Heading 1', 32, 0),
        heading('Heading2', 'Heading 2', 26, 240),
        heading('Heading3', 'Heading 3', 22, 200),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                border: { bottom: RULE },
                children: [new TextRun({ text: sourceTitle(filled.form), size: 16, color: GREY })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // docx stamps the core properties with the clock; the export date is the honest date here.
  const stamp = `${filled.generatedOn}T00:00:00Z`;
  return Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(meta, stamp) }]);
}

/** "Skole:" in the label column, the answer (or room to write it) above a line in the answer column. */
function labelAnswerRow(field: Field, filled: FilledValue): TableRow {
  const text = typeof filled.value === 'string' ? filled.value : '';
  const answer = field.kind === 'place-date' && text !== '' ? `, ${text}` : text;
  const labelParagraphs = [new Paragraph({ keepNext: true, children: [bold(inlineLabel(filled.label).trim())] })];
  if (field.hint) labelParagraphs.push(hintParagraph(field.hint));
  return new TableRow({
    cantSplit: true,
    keepNext: true,
    height: { value: HANDWRITING_ROW, rule: HeightRule.ATLEAST },
    children: [
      new TableCell({
        width: { size: LABEL_WIDTH, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.BOTTOM,
        borders: noBorders(),
        children: labelParagraphs,
      }),
      new TableCell({
        width: { size: TEXT_WIDTH - LABEL_WIDTH, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.BOTTOM,
        borders: { ...noBorders(), bottom: RULE },
        children: [new Paragraph({ keepNext: true, children: [plain(answer)] })],
      }),
    ],
  });
}

function labelAnswerTable(rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: tableWithoutBorders(),
  });
}

function fieldBlocks(field: Field, filled: FilledValue, keepWithNext: boolean): Block[] {
  const head: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [plain(filled.label)] })];
  if (field.hint) head.push(hintParagraph(field.hint));
  const text = typeof filled.value === 'string' ? filled.value : null;

  switch (field.kind) {
    case 'lines': {
      // A prefilled answer stands on the first line, with one more line for what the teacher adds;
      // an empty one gets the form's lines, each its own table row so no editor merges them.
      const written = text === null ? [] : [text];
      const rows = [...written, ...Array.from({ length: text === null ? field.lines : 1 }, () => '')];
      return [...head, ruledRows(rows, HANDWRITING_ROW, keepWithNext), spacer(keepWithNext)];
    }
    case 'signature':
      return [...head, ruledRows(Array.from({ length: field.lines }, () => ''), SIGNATURE_ROW, false), spacer(false)];
    case 'checkboxes':
      return [...head, ...checkboxBlocks(field, filled, keepWithNext), spacer(keepWithNext)];
    case 'table':
      return [...head, gridTable(field, filled, keepWithNext), spacer(keepWithNext)];
    case 'text':
    case 'date':
    case 'place-date':
      return [...head, labelAnswerTable([labelAnswerRow(field, filled)])];
  }
}

function checkboxBlocks(field: Extract<Field, { kind: 'checkboxes' }>, filled: FilledValue, keepWithNext: boolean): Block[] {
  const ticked = Array.isArray(filled.value) ? filled.value : [];
  const otherOption = field.allowOther ? field.options[field.options.length - 1] : undefined;
  const dividers = new Map(field.dividers.map((d) => [d.before, d.text]));
  if (field.single) {
    // A scale ("God / Middels / Dårlig") reads across, as the form prints it.
    const runs: ParagraphChild[] = [];
    field.options.forEach((option, i) => {
      if (i > 0) runs.push(plain('      '));
      runs.push(box(ticked.includes(option), option), plain(` ${option}`));
    });
    return [new Paragraph({ keepNext: keepWithNext, children: runs })];
  }
  const out: Block[] = [];
  field.options.forEach((option, i) => {
    const keepNext = keepWithNext || i < field.options.length - 1;
    const divider = dividers.get(option);
    if (divider) out.push(new Paragraph({ keepNext: true, spacing: { before: 60, after: 60 }, children: [bold(divider)] }));
    if (option === otherOption) {
      // "Annet:" and a line to write on after it (or what was written).
      out.push(
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
          layout: TableLayoutType.FIXED,
          borders: tableWithoutBorders(),
          rows: [
            new TableRow({
              cantSplit: true,
              keepNext: keepWithNext,
              height: { value: HANDWRITING_ROW, rule: HeightRule.ATLEAST },
              children: [
                new TableCell({
                  width: { size: LABEL_WIDTH, type: WidthType.DXA },
                  verticalAlign: VerticalAlignTable.BOTTOM,
                  borders: noBorders(),
                  children: [new Paragraph({ keepNext: keepWithNext, children: [box(ticked.includes(option), option), plain(` ${option}:`)] })],
                }),
                new TableCell({
                  width: { size: TEXT_WIDTH - LABEL_WIDTH, type: WidthType.DXA },
                  verticalAlign: VerticalAlignTable.BOTTOM,
                  borders: { ...noBorders(), bottom: RULE },
                  children: [new Paragraph({ keepNext: keepWithNext, children: [plain(filled.other ?? '')] })],
                }),
              ],
            }),
          ],
        }),
      );
      return;
    }
    out.push(new Paragraph({ keepNext, children: [box(ticked.includes(option), option), plain(` ${option}`)] }));
  });
  return out;
}

/** Rows of a one-column table with only a line under each: the lines to write on. */
function ruledRows(texts: string[], height: number, keepWithNext: boolean): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: tableWithoutBorders(),
    rows: texts.map(
      (text, i) =>
        new TableRow({
          cantSplit: true,
          // A short answer stays on one page with its heading; a page break between two of its lines reads as two answers.
          keepNext: keepWithNext || (i < texts.length - 1 && texts.length <= 6),
          height: { value: height, rule: HeightRule.ATLEAST },
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.BOTTOM,
              borders: { ...noBorders(), bottom: RULE },
              children: text.split('\n').map((line) => new Paragraph({ keepNext: true, children: [plain(line)] })),
            }),
          ],
        }),
    ),
  });
}

/** A table field as a grid: a shaded header row, then the filled rows and empty rows to write in. */
function gridTable(field: Extract<Field, { kind: 'table' }>, filled: FilledValue, keepWithNext: boolean): Table {
  const widths = columnWidths(field);
  const filledRows = filled.cells ?? [];
  const emptyRows = Math.max(field.rows - filledRows.length, filledRows.length > 0 ? 1 : field.rows);
  const rows = [...filledRows, ...Array.from({ length: emptyRows }, () => field.columns.map(() => ''))];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: field.columns.map(
      (column, c) =>
        new TableCell({
          width: { size: widths[c]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: HEADER_SHADE, color: 'auto' },
          children: [new Paragraph({ children: [bold(column.header)] })],
        }),
    ),
  });
  const body = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        keepNext: keepWithNext || (r < rows.length - 1 && rows.length <= 8),
        height: { value: HANDWRITING_ROW * field.cellLines, rule: HeightRule.ATLEAST },
        children: field.columns.map((column, c) => {
          const cell = row[c] ?? '';
          const content = column.options
            ? [
                new Paragraph({
                  children: column.options.flatMap((option, o) => [
                    ...(o > 0 ? [new TextRun({ text: '  ', size: 20 })] : []),
                    box(cell === option, `${column.header}: ${option}`),
                    new TextRun({ text: `\u00a0${option}`, size: 20 }),
                  ]),
                }),
              ]
            : cell.split('\n').map((line) => new Paragraph({ children: [plain(line)] }));
          return new TableCell({ width: { size: widths[c]!, type: WidthType.DXA }, children: content });
        }),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
    rows: [header, ...body],
  });
}

/** Written columns share what the choice columns leave; a choice column is as wide as its boxes need. */
function columnWidths(field: Extract<Field, { kind: 'table' }>): number[] {
  // About 120 twips a character at 10 pt, 300 for a box and the space after it.
  const choiceWidth = (options: readonly string[]) =>
    Math.min(Math.round(TEXT_WIDTH * 0.38), options.reduce((sum, o) => sum + 300 + o.length * 120 + 150, 200));
  const fixed = field.columns.map((c) => (c.options ? choiceWidth(c.options) : 0));
  const written = field.columns.filter((c) => !c.options).length;
  const rest = TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0);
  return field.columns.map((c, i) => (c.options ? fixed[i]! : Math.floor(rest / Math.max(1, written))));
}

function hintParagraph(hint: string): Paragraph {
  return new Paragraph({ keepNext: true, children: [new TextRun({ text: hint, italics: true, size: 18, color: GREY })] });
}

/** A small gap after a table, so the next heading does not touch its last line. */
function spacer(keepNext = false): Paragraph {
  return new Paragraph({ keepNext, spacing: { before: 0, after: 0 }, children: [new TextRun({ text: '', size: 8 })] });
}

function noBorders() {
  return { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
}

function tableWithoutBorders() {
  return { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function coreXml(meta: { title: string; subject: string; creator: string }, stamp: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(meta.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(meta.creator)}</dc:creator>` +
    `<dc:language>${LANGUAGE}</dc:language>` +
    `<cp:lastModifiedBy>${escapeXml(meta.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
