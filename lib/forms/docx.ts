import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LeaderType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IBorderOptions,
} from 'docx';
import { formFields, type Field } from './form-definition';
import type { FilledForm, FilledValue } from './prefill';
import { CHECKED, UNCHECKED, formMetadata, inlineLabel, sourceTitle } from './printed-form';

/** A4 in twentieths of a point, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Calibri';
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C', space: 1 };
/** Room above a ruled line to write on by hand (twips). */
const HANDWRITING_GAP = 300;
const SIGNATURE_GAP = 560;
const GREY = '555555';

const plain = (text: string) => new TextRun({ text });
const bold = (text: string) => new TextRun({ text, bold: true });
/** A tab that runs to the next tab stop, drawn as a line to write on where the stop has a leader. */
const blank = () => new TextRun({ children: [new Tab()] });

/**
 * The form as a Word document the teacher can keep editing: the guideline's title in the header,
 * the form's title, bold labels, prefilled values, ☐/☒ boxes, ruled lines where the form is meant
 * to be written on by hand, and "Side X av Y" in the footer.
 */
export async function renderDocx(filled: FilledForm): Promise<Uint8Array> {
  const fields = new Map(formFields(filled.form).map((f) => [f.id, f]));
  const byId = new Map(filled.values.map((v) => [v.fieldId, v]));
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { after: 200 },
      children: [new TextRun({ text: filled.form.title, bold: true, size: 32 })],
    }),
  ];
  if (filled.form.intro) {
    children.push(new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: filled.form.intro, italics: true })] }));
  }

  for (const section of filled.form.sections) {
    if (section.heading) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [bold(section.heading)] }));
    }
    for (const sectionField of section.fields) {
      const field = fields.get(sectionField.id) ?? sectionField;
      const value = byId.get(field.id) ?? { fieldId: field.id, label: field.label, value: null, origin: 'empty' as const };
      children.push(...fieldParagraphs(field, value));
    }
  }

  const meta = formMetadata(filled.form);
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    subject: meta.subject,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
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
                children: [
                  new TextRun({ children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 18 }),
                ],
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

function fieldParagraphs(field: Field, filled: FilledValue): Paragraph[] {
  const hint = field.hint
    ? [new Paragraph({ keepNext: true, children: [new TextRun({ text: field.hint, italics: true, size: 18, color: GREY })] })]
    : [];
  const text = typeof filled.value === 'string' ? filled.value : null;
  const spacing = { before: 160 };
  const heading = (label: string) => new Paragraph({ spacing, keepNext: true, children: [bold(label)] });

  switch (field.kind) {
    case 'text':
    case 'date':
      if (text !== null) {
        return [new Paragraph({ spacing, children: [bold(inlineLabel(filled.label)), plain(text)] }), ...hint];
      }
      return [
        new Paragraph({ spacing, tabStops: [lineTo(TEXT_WIDTH)], children: [bold(inlineLabel(filled.label)), blank()] }),
        ...hint,
      ];
    case 'place-date':
      // The place is always written by hand; the date may be known.
      return [
        new Paragraph({
          spacing,
          tabStops: [lineTo(Math.round(TEXT_WIDTH * 0.55))],
          children: [bold(inlineLabel(filled.label)), blank(), plain(text === null ? '' : `, ${text}`)],
        }),
        ...hint,
      ];
    case 'lines': {
      const out = [heading(filled.label), ...hint];
      if (text !== null) {
        out.push(...text.split('\n').map((line) => new Paragraph({ keepNext: true, children: [plain(line)] })));
      }
      // A prefilled answer keeps one line for what the teacher adds; an empty one gets the form's lines.
      const count = text === null ? field.lines : 1;
      for (let i = 0; i < count; i++) out.push(ruledLine(HANDWRITING_GAP, i < count - 1));
      return out;
    }
    case 'checkboxes': {
      const ticked = Array.isArray(filled.value) ? filled.value : [];
      const out = [heading(filled.label), ...hint];
      const otherOption = field.allowOther ? field.options[field.options.length - 1] : undefined;
      const box = (option: string) => `${ticked.includes(option) ? CHECKED : UNCHECKED} ${option}`;
      if (field.single) {
        // A scale ("God / Middels / Dårlig") reads across, as the form prints it.
        out.push(new Paragraph({ children: [plain(field.options.map(box).join('      '))] }));
        return out;
      }
      field.options.forEach((option, i) => {
        const keepNext = i < field.options.length - 1;
        if (option === otherOption) {
          const written = filled.other === undefined ? blank() : plain(filled.other);
          out.push(new Paragraph({ keepNext, tabStops: [lineTo(TEXT_WIDTH)], children: [plain(`${box(option)}: `), written] }));
        } else {
          out.push(new Paragraph({ keepNext, children: [plain(box(option))] }));
        }
      });
      return out;
    }
    case 'signature': {
      const out = [heading(inlineLabel(filled.label).trim()), ...hint];
      for (let i = 0; i < field.lines; i++) out.push(ruledLine(SIGNATURE_GAP, i < field.lines - 1));
      return out;
    }
  }
}

/** A tab stop whose tab is drawn as a line to write on. */
function lineTo(position: number) {
  return { type: TabStopType.LEFT, position, leader: LeaderType.UNDERSCORE };
}

function ruledLine(gap: number, keepNext: boolean): Paragraph {
  return new Paragraph({ keepNext, spacing: { before: gap }, border: { bottom: RULE }, children: [] });
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
    `<cp:lastModifiedBy>${escapeXml(meta.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
