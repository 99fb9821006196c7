/** What a zod error and the content script's plain checks (shape-check.ts) both list. */
export interface Issues {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

/**
 * A zod error (or a plain check's issues) as lines a person can act on: which file, which field,
 * what is wrong, and the value that was there. Used for imported profiles, settings, backups and
 * portal readings.
 */
export function describeIssues(error: Issues, where: string, input?: unknown): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const value = valueAt(input, issue.path);
    const shown = value === undefined ? '' : ` (fant: ${preview(value)})`;
    return `${where}: ${path || '(roten)'}: ${issue.message}${shown}`;
  });
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
