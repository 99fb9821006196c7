/**
 * Checks of a value's shape without a validation library, for the content script: what it reads
 * from the page (a reader's rows, a portal's embedded JSON) is checked where it is read, and the
 * script every portal page loads should not carry zod for that (docs/DECISIONS.md, "The content
 * script carries no zod"). The extension's own side keeps the zod schemas; where a check here
 * stands for one of them, a test holds the two to the same answers.
 *
 * A check takes the value and where it is, records what is wrong, and returns the value as it is
 * to be used: objects keep only the keys their shape names, and defaults fill what is missing.
 */
export interface ShapeIssue {
  path: PropertyKey[];
  message: string;
}

/** Where a value is, built only when something is wrong there. */
interface At {
  parent: At | null;
  key: PropertyKey;
}

export type Check<T> = (value: unknown, at: At | null, issues: ShapeIssue[]) => T;

/** The type a check gives. */
export type CheckedBy<C> = C extends Check<infer T> ? T : never;

export type ShapeResult<T> = { success: true; data: T } | { success: false; issues: ShapeIssue[] };

export function runCheck<T>(check: Check<T>, value: unknown): ShapeResult<T> {
  const issues: ShapeIssue[] = [];
  const data = check(value, null, issues);
  return issues.length === 0 ? { success: true, data } : { success: false, issues };
}

function pathOf(at: At | null): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let node = at; node; node = node.parent) path.unshift(node.key);
  return path;
}

function fail(issues: ShapeIssue[], at: At | null, message: string): never {
  issues.push({ path: pathOf(at), message });
  return undefined as never;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function string(minLength = 0, message = `expected at least ${minLength} character(s)`): Check<string> {
  return (value, at, issues) => {
    if (typeof value !== 'string') return fail(issues, at, 'expected a string');
    return value.length < minLength ? fail(issues, at, message) : value;
  };
}

export function matching(pattern: RegExp, message: string): Check<string> {
  return (value, at, issues) => (typeof value === 'string' && pattern.test(value) ? value : fail(issues, at, message));
}

/** The check, then a rule over its result. */
export function refined<T>(check: Check<T>, holds: (value: T) => boolean, message: string): Check<T> {
  return (value, at, issues) => {
    const before = issues.length;
    const checked = check(value, at, issues);
    return issues.length > before || holds(checked) ? checked : fail(issues, at, message);
  };
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A finite number (as zod's z.number()), within the rule's bounds (both included). */
export function number(rule: NumberRule = {}): Check<number> {
  return (value, at, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(issues, at, 'expected a number');
    if (rule.integer && !Number.isSafeInteger(value)) return fail(issues, at, 'expected a whole number');
    if (rule.min !== undefined && value < rule.min) return fail(issues, at, `expected at least ${rule.min}`);
    if (rule.max !== undefined && value > rule.max) return fail(issues, at, `expected at most ${rule.max}`);
    return value;
  };
}

export const boolean: Check<boolean> = (value, at, issues) => (typeof value === 'boolean' ? value : fail(issues, at, 'expected true or false'));

export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (value, at, issues) =>
    typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fail(issues, at, `expected one of ${values.join(', ')}`);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, at, issues) => (value === null ? null : check(value, at, issues));
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, at, issues) => (value === undefined ? undefined : check(value, at, issues));
}

/** Missing (undefined) becomes a fresh default. */
export function withDefault<T>(check: Check<T>, make: () => T): Check<T> {
  return (value, at, issues) => (value === undefined ? make() : check(value, at, issues));
}

export function array<T>(check: Check<T>, maxLength = Infinity): Check<T[]> {
  return (value, at, issues) => {
    if (!Array.isArray(value)) return fail(issues, at, 'expected a list');
    if (value.length > maxLength) return fail(issues, at, `expected at most ${maxLength} items`);
    const out: T[] = new Array<T>(value.length);
    for (let index = 0; index < value.length; index += 1) out[index] = check(value[index], { parent: at, key: index }, issues);
    return out;
  };
}

export function either<A, B>(first: Check<A>, second: Check<B>, message: string): Check<A | B> {
  return (value, at, issues) => {
    const own: ShapeIssue[] = [];
    const a = first(value, at, own);
    if (own.length === 0) return a;
    own.length = 0;
    const b = second(value, at, own);
    return own.length === 0 ? b : fail(issues, at, message);
  };
}

/** A rule over the whole object, checked once its fields are right; `key` names the field it is about. */
export interface Refinement<T> {
  holds: (value: T) => boolean;
  message: string;
  key?: string;
}

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** An object with these fields (others are left out of the result), then the refinements in order. */
export function object<S extends Shape>(shape: S, ...refinements: Array<Refinement<Checked<S>>>): Check<Checked<S>> {
  const keys = Object.keys(shape);
  return (value, at, issues) => {
    if (!isRecord(value)) return fail(issues, at, 'expected an object');
    const before = issues.length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const checked = shape[key]!(value[key], { parent: at, key }, issues);
      if (checked !== undefined) out[key] = checked;
    }
    if (issues.length > before) return out as Checked<S>;
    for (const refinement of refinements) {
      if (!refinement.holds(out as Checked<S>)) {
        fail(issues, refinement.key === undefined ? at : { parent: at, key: refinement.key }, refinement.message);
      }
    }
    return out as Checked<S>;
  };
}
