/**
 * The moments the bench build marks on the page's performance timeline (tests/bench/wxt.bench.config.ts).
 * Both are one-line scripts of their own in the bench build's manifest, one ahead of every content
 * script (the page's reader and portal.js) and one just after portal.js, so the shipped content
 * scripts are not changed by a byte.
 * The window's performance timeline is the page's own, whichever world marks it, so the page (and
 * the bench's probe in it) reads the marks with `performance.getEntriesByName`.
 */
export const MARK = {
  /** The browser starts injecting the extension's content scripts: before the page's reader and portal.js are parsed and compiled. */
  scriptStart: 'naervaer:script-start',
  /** portal.js's top level has run (its synchronous part, up to its first wait). */
  scriptEvaluated: 'naervaer:script-evaluated',
} as const;

const markOnce = (name: string) => `if (!performance.getEntriesByName(${JSON.stringify(name)}).length) performance.mark(${JSON.stringify(name)});\n`;

export const BENCH_MARK_SCRIPTS = {
  start: { file: 'content-scripts/bench-start.js', source: markOnce(MARK.scriptStart) },
  evaluated: { file: 'content-scripts/bench-evaluated.js', source: markOnce(MARK.scriptEvaluated) },
} as const;
