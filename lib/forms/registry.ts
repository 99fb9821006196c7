import type { FormDefinition } from './form-definition';
import { evalueringSamarbeidsavtale } from './definitions/evaluering-samarbeidsavtale';
import { evalueringTrondelag } from './definitions/evaluering-trondelag';
import { kartleggingFravaersmonster } from './definitions/kartlegging-fravaersmonster';
import { kartleggingStress } from './definitions/kartlegging-stress';
import { oppfolgingsplan } from './definitions/oppfolgingsplan';
import { samarbeidsavtale } from './definitions/samarbeidsavtale';
import { samarbeidsavtaleTrondelag } from './definitions/samarbeidsavtale-trondelag';

/** The built-in forms by id; a profile's `forms` and a step's `forms` name these ids. */
export const FORM_DEFINITIONS: Readonly<Record<string, FormDefinition>> = Object.freeze({
  [kartleggingFravaersmonster.id]: kartleggingFravaersmonster,
  [samarbeidsavtale.id]: samarbeidsavtale,
  [evalueringSamarbeidsavtale.id]: evalueringSamarbeidsavtale,
  [oppfolgingsplan.id]: oppfolgingsplan,
  [samarbeidsavtaleTrondelag.id]: samarbeidsavtaleTrondelag,
  [evalueringTrondelag.id]: evalueringTrondelag,
  [kartleggingStress.id]: kartleggingStress,
});

export const FORM_IDS = Object.keys(FORM_DEFINITIONS);

/** A built-in form, or undefined for an id no built-in form has (a profile's own form, a typo). */
export function getForm(id: string): FormDefinition | undefined {
  return Object.hasOwn(FORM_DEFINITIONS, id) ? FORM_DEFINITIONS[id] : undefined;
}
