import type { z } from 'zod';
import { fieldIssues, type FieldIssue, type FieldProblem } from '../model/validation';
import { findJsonSyntaxError, type JsonSyntaxProblem } from './json-syntax';
import { GuidelineProfile, type ProfileRuleProblem } from './profile';

/** What is wrong with a profile file as a whole, rather than at one of its fields. */
export type ProfileFileProblem =
  | { code: 'file-too-large'; chars: number; maximum: number }
  | { code: 'file-too-deep'; depth: number; maximum: number }
  /** The check itself failed (`error`: the error's name); the file is refused all the same. */
  | { code: 'file-unreadable'; error: string }
  /** No valid JSON; where it first goes wrong, when the scanner finds the place. */
  | { code: 'not-json'; at?: { line: number; column: number; problem: JsonSyntaxProblem } }
  /** More problems than are listed, `count` of them. */
  | { code: 'more-problems'; count: number };

/** Any problem a profile file can have. */
export type ProfileProblemCode = FieldProblem | ProfileRuleProblem | ProfileFileProblem;

/**
 * One problem of a profile file: which file, where in it (`path`, "" for the file as a whole),
 * what is wrong, and the value found there. The pages word it (options' import table, the policy
 * notice); lib/ never does.
 */
export interface ProfileIssue extends FieldIssue<ProfileProblemCode> {
  file: string;
}

export type ParseProfileResult = { ok: true; profile: GuidelineProfile } | { ok: false; errors: ProfileIssue[] };

const fileProblem = (file: string, problem: ProfileFileProblem): ProfileIssue => ({ file, path: '', problem });

/**
 * Reads a municipality's profile file. Every problem names the file, where in it, and what is
 * wrong, e.g. `kommune.json`, `triggers[2].daysOver`, wrong-type (number expected, text found), `"ti"`.
 * Never throws.
 */
export function parseProfileJson(raw: string, fileName: string): ParseProfileResult {
  // A real profile is a few tens of kilobytes and a handful of levels deep. A file far larger, or
  // nested deeper than any profile is, is refused before it is parsed: validating it could hang the
  // page, and deep nesting overflows the stack of a recursive check (a RangeError).
  if (raw.length > MAX_PROFILE_CHARS) {
    return { ok: false, errors: [fileProblem(fileName, { code: 'file-too-large', chars: raw.length, maximum: MAX_PROFILE_CHARS })] };
  }
  const depth = nestingDepth(raw);
  if (depth > MAX_PROFILE_DEPTH) {
    return { ok: false, errors: [fileProblem(fileName, { code: 'file-too-deep', depth, maximum: MAX_PROFILE_DEPTH })] };
  }
  try {
    return parseChecked(raw, fileName);
  } catch (error) {
    // Never throws: whatever slipped past the limits is still a clear refusal.
    return { ok: false, errors: [fileProblem(fileName, { code: 'file-unreadable', error: error instanceof Error ? error.name : typeof error })] };
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
    return { ok: false, errors: [fileProblem(fileName, at ? { code: 'not-json', at } : { code: 'not-json' })] };
  }
  const parsed = GuidelineProfile.safeParse(data);
  if (!parsed.success) return { ok: false, errors: firstErrors(describeProfileIssues(parsed.error, fileName, data), fileName) };
  return { ok: true, profile: parsed.data };
}

/** A file with thousands of bad steps gets its first problems and a count, not a page of thousands of lines. */
export const MAX_PROFILE_ERRORS = 50;

function firstErrors(errors: ProfileIssue[], fileName: string): ProfileIssue[] {
  if (errors.length <= MAX_PROFILE_ERRORS) return errors;
  return [...errors.slice(0, MAX_PROFILE_ERRORS), fileProblem(fileName, { code: 'more-problems', count: errors.length - MAX_PROFILE_ERRORS })];
}

/** The code a profile's own rule gave its issue (GuidelineProfile's refinement), if it is one. */
function ruleProblem(problem: unknown): ProfileRuleProblem | undefined {
  return typeof problem === 'object' && problem !== null && 'code' in problem ? (problem as ProfileRuleProblem) : undefined;
}

/**
 * Every problem of a profile (or of a document holding profiles, such as the school owner's
 * policy), one issue each. A misspelt field is named by its own path (`triggers[1].daysover`), and
 * the value is given only when it is a value, not a whole trigger.
 */
export function describeProfileIssues(error: z.ZodError, file: string, data: unknown): ProfileIssue[] {
  return fieldIssues(error, data, ruleProblem).map((issue) => ({ file, ...issue }));
}

/** A profile as a JSON file a municipality can edit and load again. */
export function exportProfileJson(profile: GuidelineProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
