import { z } from 'zod';
import { describeIssues } from '../model/validation';
import { findJsonSyntaxError } from './json-syntax';
import { GuidelineProfile } from './profile';

export type ParseProfileResult = { ok: true; profile: GuidelineProfile } | { ok: false; errors: string[] };

/**
 * Reads a municipality's profile file. Every problem becomes a line that names the file, where in
 * it, and what is wrong, e.g. `kommune.json: triggers[2].daysOver: forventet tall, fikk tekst (fant: "ti")`.
 * Never throws.
 */
export function parseProfileJson(raw: string, fileName: string): ParseProfileResult {
  // A real profile is a few tens of kilobytes and a handful of levels deep. A file far larger, or
  // nested deeper than any profile is, is refused before it is parsed: validating it could hang the
  // page, and deep nesting overflows the stack of a recursive check (a RangeError).
  if (raw.length > MAX_PROFILE_CHARS) {
    return { ok: false, errors: [`${fileName}: filen er for stor (${raw.length} tegn, høyst ${MAX_PROFILE_CHARS})`] };
  }
  const depth = nestingDepth(raw);
  if (depth > MAX_PROFILE_DEPTH) {
    return { ok: false, errors: [`${fileName}: for dypt nøstet (${depth} nivåer, høyst ${MAX_PROFILE_DEPTH})`] };
  }
  try {
    return parseChecked(raw, fileName);
  } catch (error) {
    // Never throws: whatever slipped past the limits is still a clear refusal.
    return { ok: false, errors: [`${fileName}: kunne ikke leses (${error instanceof Error ? error.name : 'feil'})`] };
  }
}

export const MAX_PROFILE_CHARS = 1_000_000;
export const MAX_PROFILE_DEPTH = 32;

/** The deepest nesting of [ and { outside strings, in one pass. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

function parseChecked(raw: string, fileName: string): ParseProfileResult {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = raw.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const at = findJsonSyntaxError(text);
    const where = at ? `linje ${at.line}, kolonne ${at.column}: ${at.problem}` : 'ugyldig JSON';
    return { ok: false, errors: [`${fileName}: ikke gyldig JSON: ${where}`] };
  }
  const parsed = GuidelineProfile.safeParse(data, { error: norwegianMessage });
  if (!parsed.success) return { ok: false, errors: firstErrors(describeProfileIssues(parsed.error, fileName, data), fileName) };
  return { ok: true, profile: parsed.data };
}

/** A file with thousands of bad steps gets its first problems and a count, not a page of thousands of lines. */
export const MAX_PROFILE_ERRORS = 50;

function firstErrors(errors: string[], fileName: string): string[] {
  if (errors.length <= MAX_PROFILE_ERRORS) return errors;
  return [...errors.slice(0, MAX_PROFILE_ERRORS), `${fileName}: … og ${errors.length - MAX_PROFILE_ERRORS} problemer til`];
}

/** Every problem of a profile (or of a document holding profiles, such as the school owner's policy), one line each. */
export function describeProfileIssues(error: z.ZodError, where: string, data: unknown): string[] {
  return error.issues.flatMap((issue) => describe(issue, where, data));
}

/**
 * One line per problem. A misspelt field is named by its own path (`triggers[1].daysover`), and
 * the value is shown only when it is a value, not a whole trigger.
 */
function describe(issue: z.core.$ZodIssue, fileName: string, data: unknown): string[] {
  const issues: z.core.$ZodIssue[] =
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key], message: 'ukjent felt (skrivefeil?)' }))
      : [issue];
  return issues.flatMap((one) => {
    const value = valueAt(data, one.path);
    const showValue = value === null || typeof value !== 'object';
    return describeIssues(new z.ZodError([one]), fileName, showValue ? data : undefined);
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** A profile as a JSON file a municipality can edit and load again. */
export function exportProfileJson(profile: GuidelineProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'tall',
  string: 'tekst',
  boolean: 'sann/usann',
  array: 'liste',
  object: 'objekt',
  null: 'null',
  undefined: 'ingenting',
};

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'liste';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/**
 * The messages a person editing a profile meets most, in Norwegian. Anything not covered here
 * keeps zod's own message (returning undefined falls through to it).
 */
export function norwegianMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `mangler (forventet ${expected})`;
      return `forventet ${expected}, fikk ${typeName(issue.input)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.input === undefined ? `mangler (gyldige: ${allowed})` : `ugyldig verdi; gyldige: ${allowed}`;
    }
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.join(', ') : '';
        return `ukjent ${String(issue.discriminator)}; gyldige: ${options}`;
      }
      return undefined;
    case 'too_small':
      if (issue.origin === 'array') return `trenger minst ${String(issue.minimum)}`;
      if (issue.origin === 'string') return 'kan ikke være tom';
      return `må være ${issue.inclusive ? 'minst' : 'over'} ${String(issue.minimum)}`;
    case 'too_big': {
      const input: unknown = issue.input;
      if (issue.origin === 'array' && Array.isArray(input)) return `for mange (${input.length}), høyst ${String(issue.maximum)}`;
      if (issue.origin === 'string' && typeof input === 'string') return `for lang (${input.length} tegn), høyst ${String(issue.maximum)}`;
      return `må være ${issue.inclusive ? 'høyst' : 'under'} ${String(issue.maximum)}`;
    }
    default:
      return undefined;
  }
}
