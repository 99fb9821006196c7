import { z } from 'zod';
import { fieldIssues, type FieldIssue } from '../model/validation';
import { SourceRef } from '../model/source';

/**
 * Where a field's value may come from when the form is exported. Every key is computed by
 * `buildPrefillSource` (lib/forms/prefill.ts) from what the extension already knows without the
 * teacher's notes: the page's absence data, the pattern analysis, the case record's dates.
 */
export const PrefillKey = z.enum([
  'studentName',
  'school',
  'className',
  /** Item 1 "Hvor høyt er fraværet?": days and enkelttimer this term, the percentage where the page gives it. */
  'absenceAmount',
  /** Item 2 "Gjennomsnitt dager pr. mnd." */
  'averageDaysPerMonth',
  /** Item 2 "Gjennomsnitt timer pr. uke" */
  'averageLessonsPerWeek',
  /** Item 3 "Fraværsmønster." */
  'absencePattern',
  /** Item 4 "Hvordan oppstod fraværet? Plutselig, gradvis?" */
  'absenceOnset',
  /** The date the form is filled in (the export's `asOf`). */
  'formDate',
  /** The samarbeidsavtale's date: the case record's signing date, else the export date. */
  'agreementDate',
  /** "Avtalen gjelder for perioden … fra dato …… til dato..": agreement date to evaluation date. */
  'agreementPeriod',
  /** "et evalueringsmøte avholdes innen tre uker": agreement date + 3 weeks. */
  'evaluationDate',
  /** The evaluation meeting's date, once the case records the meeting as held; empty before. */
  'evaluationMeetingDate',
]);
export type PrefillKey = z.infer<typeof PrefillKey>;

/**
 * Where a field is filled from:
 * - page: derived without the teacher's notes (see PrefillKey);
 * - notes: from the teacher's private notes, and only for the fields the student consented to;
 * - none: always left empty, to be written by hand (signatures, things said in the meeting).
 */
export const FieldOrigin = z.enum(['page', 'notes', 'none']);
export type FieldOrigin = z.infer<typeof FieldOrigin>;

const fieldBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a field id is lower-case letters, digits and hyphens'),
  /** The item number the source prints before the label ("1" … "15"), where it prints one. */
  number: z.string().min(1).optional(),
  /** The label in the source's own words. */
  label: z.string().min(1, 'a field needs a label'),
  /** The source's own guidance printed under the label, e.g. "Alle som er tilstede signerer på avtalen, også eleven." */
  hint: z.string().min(1).optional(),
  prefill: PrefillKey.optional(),
  origin: FieldOrigin,
};

/** One value on one line: "Elevens navn", "Skole". */
export const TextField = z.object({ ...fieldBase, kind: z.literal('text') });
/** A free-text answer with `lines` empty ruled lines to write on by hand. */
export const LinesField = z.object({
  ...fieldBase,
  kind: z.literal('lines'),
  lines: z.number().int().min(1).max(30),
});
/**
 * Boxes to tick. With `allowOther`, the last option (the source's "Annet") takes a written
 * answer after it; `single` marks a one-of scale such as "God / Middels / Dårlig".
 */
export const CheckboxesField = z.object({
  ...fieldBase,
  kind: z.literal('checkboxes'),
  options: z.array(z.string().min(1)).min(1, 'check boxes need at least one option'),
  allowOther: z.boolean().default(false),
  single: z.boolean().default(false),
  /**
   * Words the source prints between two options, e.g. the evaluering's "ELLER" before "Det
   * utarbeides en ny samarbeidsavtale.": printed on a line of their own before `before`.
   */
  dividers: z.array(z.object({ before: z.string().min(1), text: z.string().min(1) })).default([]),
});
/**
 * A column of a table field: written text, or (with `options`) one box to tick per option in each
 * row, as in the stress mapping's "Skala 1-6" and its staircase Lett / Middels / Vanskelig / Umulig.
 */
export const TableColumn = z.object({
  header: z.string().min(1, 'a column needs a header'),
  options: z.array(z.string().min(1)).min(1).optional(),
});
export type TableColumn = z.infer<typeof TableColumn>;
/**
 * Rows of cells under column headers: the oppfølgingsplan's delmål each with its tiltak, the
 * stressors with their rank. `rows` empty rows are printed to write in; filled rows come first.
 */
export const TableField = z.object({
  ...fieldBase,
  kind: z.literal('table'),
  columns: z.array(TableColumn).min(1, 'a table needs at least one column'),
  rows: z.number().int().min(1).max(20),
  /** Lines of handwriting room in each written cell. */
  cellLines: z.number().int().min(1).max(6).default(1),
});
export const DateField = z.object({ ...fieldBase, kind: z.literal('date') });
/** `lines` signature lines ("Alle som er tilstede signerer"); one when not given. */
export const SignatureField = z.object({
  ...fieldBase,
  kind: z.literal('signature'),
  lines: z.number().int().min(1).max(12).default(1),
});
/** "Sted, dato:": the place is always written by hand; the date may be prefilled. */
export const PlaceDateField = z.object({ ...fieldBase, kind: z.literal('place-date') });

export const Field = z.discriminatedUnion('kind', [
  TextField,
  LinesField,
  CheckboxesField,
  DateField,
  SignatureField,
  PlaceDateField,
  TableField,
]);
export type Field = z.infer<typeof Field>;
export type FieldKind = Field['kind'];

export const FormSection = z.object({
  heading: z.string().min(1).optional(),
  fields: z.array(Field).min(1, 'a section needs at least one field'),
});
export type FormSection = z.infer<typeof FormSection>;

/**
 * A form as data: the built-in forms (lib/forms/definitions/) and a municipality's own form in an
 * imported profile go through the same schema.
 */
export const FormDefinition = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a form id is lower-case letters, digits and hyphens'),
    /** The title as the source prints it. */
    title: z.string().min(1),
    /** A short, name-safe stem for exported file names, e.g. "kartlegging". */
    fileStem: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'a file stem is lower-case letters, digits and hyphens')
      .optional(),
    source: SourceRef,
    /** The source's own introduction printed above the fields. */
    intro: z.string().min(1).optional(),
    sections: z.array(FormSection).min(1, 'a form needs at least one section'),
  })
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        if (seen.has(field.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `field id "${field.id}" is used twice in the form`,
            path: ['sections', s, 'fields', f, 'id'],
          });
        }
        seen.add(field.id);
        if (field.kind === 'checkboxes') {
          field.dividers.forEach((divider, d) => {
            if (!field.options.includes(divider.before)) {
              ctx.addIssue({
                code: 'custom',
                message: `a divider stands before "${divider.before}", which is not one of the field's options`,
                path: ['sections', s, 'fields', f, 'dividers', d, 'before'],
              });
            }
          });
        }
        // A page value needs to know where it comes from, and only page fields have one.
        if (field.prefill && field.origin !== 'page') {
          ctx.addIssue({
            code: 'custom',
            message: 'a field with a prefill key must have origin "page"',
            path: ['sections', s, 'fields', f, 'origin'],
          });
        }
        if (field.origin === 'page' && !field.prefill) {
          ctx.addIssue({
            code: 'custom',
            message: 'a field with origin "page" needs a prefill key',
            path: ['sections', s, 'fields', f, 'prefill'],
          });
        }
      }),
    );
  });
export type FormDefinition = z.infer<typeof FormDefinition>;
/** What a definition file writes before defaults are applied (allowOther, single, lines). */
export type FormDefinitionInput = z.input<typeof FormDefinition>;

export function formFields(form: FormDefinition): Field[] {
  return form.sections.flatMap((section) => section.fields);
}

export type FormParseResult = { ok: true; form: FormDefinition } | { ok: false; problems: FieldIssue[] };

/** Validate a form from an imported profile; problems name the path and what is wrong. */
export function parseFormDefinition(input: unknown): FormParseResult {
  const result = FormDefinition.safeParse(input);
  if (result.success) return { ok: true, form: result.data };
  return { ok: false, problems: fieldIssues(result.error, input) };
}
