import type { FormDefinition } from './form-definition';
import { evalueringSamarbeidsavtale } from './definitions/evaluering-samarbeidsavtale';
import { kartleggingFravaersmonster } from './definitions/kartlegging-fravaersmonster';
import { oppfolgingsplan } from './definitions/oppfolgingsplan';
import { samarbeidsavtale } from './definitions/samarbeidsavtale';

/** The built-in forms by id; a profile's `forms` and a step's `forms` name these ids. */
export const FORM_DEFINITIONS: Readonly<Record<string, FormDefinition>> = Object.freeze({
  [kartleggingFravaersmonster.id]: kartleggingFravaersmonster,
  [samarbeidsavtale.id]: samarbeidsavtale,
  [evalueringSamarbeidsavtale.id]: evalueringSamarbeidsavtale,
  [oppfolgingsplan.id]: oppfolgingsplan,
});

export const FORM_IDS = Object.keys(FORM_DEFINITIONS);

/** A built-in form, or undefined for an id no built-in form has (a profile's own form, a typo). */
export function getForm(id: string): FormDefinition | undefined {
  return Object.hasOwn(FORM_DEFINITIONS, id) ? FORM_DEFINITIONS[id] : undefined;
}
