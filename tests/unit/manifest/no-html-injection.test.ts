import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The source-side counterpart of Mozilla's add-on linter: no code of ours parses an HTML string
 * into a document or evaluates a string as code. The overlay runs inside the portal's page, and
 * the build (scripts/vendor-hardening.ts) removes React's dangerouslySetInnerHTML on the promise
 * that nothing uses it.
 */
const ROOTS = ['entrypoints', 'components', 'lib'];

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML/outerHTML assignment', pattern: /\.(inner|outer)HTML\s*(\+?=)(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'setHTMLUnsafe / createContextualFragment', pattern: /\b(setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)\s*\(/ },
  { name: 'eval', pattern: /(^|[^\w.])eval\s*\(/ },
  { name: 'Function constructor', pattern: /\bnew\s+Function\s*\(|(^|[^\w.])Function\s*\(\s*['"`]/ },
  { name: 'string timer', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Drops comments so that a comment explaining why something is not done does not count. */
function withoutComments(line: string): string {
  return line.replace(/\/\/.*$/, '').replace(/\/\*.*?\*\//g, '').replace(/^\s*\*.*$/, '');
}

function offenders(pattern: RegExp): string[] {
  const found: string[] = [];
  for (const root of ROOTS) {
    for (const file of sourceFiles(resolve(root))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (pattern.test(withoutComments(line))) found.push(`${relative(resolve('.'), file)}:${index + 1}: ${line.trim()}`);
        });
    }
  }
  return found;
}

describe('extension source', () => {
  it('has source files to check', () => {
    expect(ROOTS.flatMap((root) => sourceFiles(resolve(root))).length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN)('never uses $name', ({ pattern }) => {
    expect(offenders(pattern)).toEqual([]);
  });
});

describe('the patterns themselves', () => {
  const cases: [string, string, boolean][] = [
    ['innerHTML/outerHTML assignment', 'el.innerHTML = html;', true],
    ['innerHTML/outerHTML assignment', 'el.innerHTML += html;', true],
    ['innerHTML/outerHTML assignment', 'return root.outerHTML;', false],
    ['innerHTML/outerHTML assignment', 'if (el.innerHTML === "") {}', false],
    ['eval', 'eval(code)', true],
    ['eval', 'evaluate(history)', false],
    ['eval', 'page.eval(x)', false],
    ['Function constructor', 'new Function("return 1")', true],
    ['Function constructor', "Function('')", true],
    ['Function constructor', 'isFunction(x)', false],
    ['string timer', "setTimeout('tick()', 10)", true],
    ['string timer', 'setTimeout(tick, 10)', false],
  ];
  it.each(cases)('%s on %s → %s', (name, line, expected) => {
    const rule = FORBIDDEN.find((candidate) => candidate.name === name)!;
    expect(rule.pattern.test(line)).toBe(expected);
  });
});
