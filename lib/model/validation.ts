/** What a zod error and the content script's plain checks (shape-check.ts) both list. */
export interface Issues {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

/**
 * The kind of a value, as a problem names what was expected and what was found: JSON's kinds,
 * "nothing" for a missing value, NaN apart from numbers; anything else by its typeof.
 */
export type ValueKind = 'number' | 'string' | 'boolean' | 'array' | 'object' | 'null' | 'nothing' | 'NaN' | (string & {});

/**
 * What is wrong at one place of a checked document (a profile file, a policy, stored settings, a
 * backup), as a code with what the UI needs to word it. lib/ never words a problem: the pages do,
 * in the teacher's language (components/common/field-problem-words.ts).
 */
export type FieldProblem =
  | { code: 'missing'; expected: ValueKind }
  | { code: 'wrong-type'; expected: ValueKind; found: ValueKind }
  /** A value from a fixed list is missing, or is not one of the list. */
  | { code: 'missing-choice'; allowed: string[] }
  | { code: 'not-allowed'; allowed: string[] }
  /** A `field` (such as "kind") that picks the shape names no known shape. */
  | { code: 'unknown-kind'; field: string; allowed: string[] }
  | { code: 'too-few'; minimum: number }
  | { code: 'empty' }
  | { code: 'too-small'; minimum: number; inclusive: boolean }
  | { code: 'too-many'; count: number; maximum: number }
  | { code: 'too-long'; length: number; maximum: number }
  | { code: 'too-big'; maximum: number; inclusive: boolean }
  /** A field the document's shape does not have (most often a misspelt name). */
  | { code: 'unknown-field' }
  /** A check with no code of its own: its message is the checker's (technical, English). */
  | { code: 'other'; message: string };

/** One problem: where in the document (`path`, "" for the document itself), what, and the value found there, if any. */
export interface FieldIssue<P = FieldProblem> {
  path: string;
  problem: P;
  /** The value at the path as JSON, cut short; absent when there is none or it is a whole object. */
  found?: string;
}

/** The fields of a zod issue this file reads (a zod issue, or a plain check's, which has only a message). */
interface CheckIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  expected?: string;
  values?: readonly unknown[];
  discriminator?: string;
  options?: readonly unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  keys?: readonly string[];
  params?: Record<string, unknown>;
}

/**
 * Every issue of a zod error (or a plain check's issues) as a FieldIssue: an unknown key is one
 * issue per key, at its own path. `input`, when given, is the checked value: it tells a missing
 * value from a wrong one and gives the value found. A custom check gives its code in
 * `params.problem` (see GuidelineProfile); `custom` maps that to its problem type.
 */
export function fieldIssues<P = never>(
  error: Issues,
  input?: unknown,
  custom: (problem: unknown) => P | undefined = () => undefined,
): FieldIssue<FieldProblem | P>[] {
  return error.issues.flatMap((raw) => {
    const issue = raw as CheckIssue;
    const one = issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.map((key) => ({ ...issue, path: [...issue.path, key] })) : [issue];
    return one.map((each) => {
      const value = valueAt(input, each.path);
      const own = each.code === 'custom' && each.params ? custom(each.params['problem']) : undefined;
      const problem = own ?? fieldProblemOf(each, value, input !== undefined);
      const showValue = value !== undefined && (value === null || typeof value !== 'object');
      return { path: formatPath(each.path), problem, ...(showValue ? { found: preview(value) } : {}) };
    });
  });
}

function fieldProblemOf(issue: CheckIssue, value: unknown, knowsInput: boolean): FieldProblem {
  const number = (n: number | bigint | undefined) => Number(n ?? 0);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected ?? 'nothing';
      return knowsInput && value === undefined ? { code: 'missing', expected } : { code: 'wrong-type', expected, found: kindOf(value) };
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map((v) => JSON.stringify(v));
      return knowsInput && value === undefined ? { code: 'missing-choice', allowed } : { code: 'not-allowed', allowed };
    }
    case 'invalid_union':
      if (issue.discriminator) return { code: 'unknown-kind', field: issue.discriminator, allowed: (issue.options ?? []).map(String) };
      break;
    case 'too_small':
      if (issue.origin === 'array') return { code: 'too-few', minimum: number(issue.minimum) };
      if (issue.origin === 'string') return { code: 'empty' };
      return { code: 'too-small', minimum: number(issue.minimum), inclusive: issue.inclusive ?? true };
    case 'too_big':
      if (issue.origin === 'array' && Array.isArray(value)) return { code: 'too-many', count: value.length, maximum: number(issue.maximum) };
      if (issue.origin === 'string' && typeof value === 'string') return { code: 'too-long', length: value.length, maximum: number(issue.maximum) };
      return { code: 'too-big', maximum: number(issue.maximum), inclusive: issue.inclusive ?? true };
    case 'unrecognized_keys':
      return { code: 'unknown-field' };
  }
  return { code: 'other', message: issue.message };
}

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/**
 * Issues as one technical line each ("reminders[0].dueOn: missing"), for errors that only reach a
 * log or a developer, never the teacher.
 */
export function issuesForLog(issues: readonly FieldIssue<unknown>[]): string {
  return issues.map((issue) => `${issue.path || '/'}: ${JSON.stringify(issue.problem)}${issue.found === undefined ? '' : ` = ${issue.found}`}`).join('; ');
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value at a path of an input, or undefined where the path leads nowhere. */
export function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** A value as JSON, cut to 60 characters: enough to recognise it in a bug report. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
