import type { Plugin } from 'vite';

/**
 * Build-time removal of capabilities that bundled libraries carry but this extension never uses,
 * so that the shipped code cannot do them at all (and Mozilla's add-on linter, which reads the
 * bundles, has nothing to warn about). docs/STORE.md explains each choice.
 *
 * - zod probes whether `new Function` works, to compile faster object parsers when it does.
 *   The extension's pages and content scripts run under the MV3 content security policy, which
 *   forbids string evaluation in both Chrome and Firefox, so the probe can only fail (and leaves a
 *   CSP violation report behind). The probe is replaced by its only possible answer, `false`; zod
 *   then always takes its ordinary, interpreted path, the one it already took at run time, and the
 *   code generator only that faster path used is replaced by an error.
 * - react-dom writes `innerHTML` only for the `dangerouslySetInnerHTML` prop. No component uses it
 *   (tests/unit/manifest/no-html-injection.test.ts keeps it that way), so the assignment is
 *   replaced by an error: HTML strings can never reach the DOM through React.
 * - @pdf-lib/fontkit bundles two old ECMAScript shims. function-bind falls back to a
 *   `Function(…)`-built binder when `Function.prototype.bind` is missing, which it never is in a
 *   browser that runs MV3; get-intrinsic keeps a reference to `eval` in its table of built-ins,
 *   which nothing in fontkit asks for. The fallback and the reference are removed.
 *
 * Each replacement names the exact text it replaces and how often it occurs; if a library update
 * changes that text, the build fails here instead of silently shipping the original code.
 */
interface Replacement {
  find: string;
  replace: string;
  occurrences: number;
}

export interface VendorPatch {
  library: string;
  /** Matches the module's resolved file path (forward slashes, query removed). */
  file: RegExp;
  replacements: Replacement[];
}

export const VENDOR_PATCHES: readonly VendorPatch[] = [
  {
    library: 'zod',
    file: /\/node_modules\/zod\/v4\/core\/util\.js$/,
    replacements: [
      {
        find: [
          '    try {',
          '        const F = Function;',
          '        new F("");',
          '        return true;',
          '    }',
          '    catch (_) {',
          '        return false;',
          '    }',
        ].join('\n'),
        replace: '    return false; // the extension CSP forbids string evaluation (scripts/vendor-hardening.ts)',
        occurrences: 1,
      },
    ],
  },
  {
    // The code generator behind that faster path, reached only when the probe said yes: gone too,
    // so that no string-to-code path is left in the bundle even as dead code.
    library: 'zod',
    file: /\/node_modules\/zod\/v4\/core\/doc\.js$/,
    replacements: [
      {
        find: [
          '        const F = Function;',
          '        const content = this?.content ?? [``];',
          '        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\\n${content.join("\\n")}\\n};`);',
          '        return factory(...Object.values(this.closed));',
        ].join('\n'),
        replace: '        throw new Error("zod code generation is not available in this extension");',
        occurrences: 1,
      },
    ],
  },
  {
    library: 'react-dom',
    file: /\/node_modules\/react-dom\/cjs\/react-dom-client\.production\.js$/,
    replacements: [
      {
        find: '(domElement.innerHTML = key);',
        replace: '(() => { throw Error("dangerouslySetInnerHTML is not available in this extension"); })();',
        occurrences: 2,
      },
    ],
  },
  {
    library: '@pdf-lib/fontkit',
    file: /\/node_modules\/@pdf-lib\/fontkit\/dist\/fontkit\.es\.js$/,
    replacements: [
      {
        find: 'var functionBind = Function.prototype.bind || implementation$1;',
        replace: 'var functionBind = Function.prototype.bind;',
        occurrences: 1,
      },
      {
        find: "bound = Function('binder', 'return function (' + boundArgs.join(',') + '){ return binder.apply(this,arguments); }')(binder);",
        replace: 'throw new TypeError("Function.prototype.bind is required");',
        occurrences: 1,
      },
      {
        find: "'%eval%': eval,",
        replace: "'%eval%': undefined$1,",
        occurrences: 1,
      },
    ],
  },
];

function countOf(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Applies a library's replacements to a module's source; throws when an expected text is not there exactly as often as expected. */
export function applyVendorPatch(patch: VendorPatch, code: string, id: string): string {
  let result = code;
  for (const replacement of patch.replacements) {
    const found = countOf(result, replacement.find);
    if (found !== replacement.occurrences) {
      throw new Error(
        `vendor-hardening (${patch.library}): expected ${replacement.occurrences} occurrence(s) of ${JSON.stringify(replacement.find.slice(0, 60))} in ${id}, found ${found}. ` +
          'The library changed: review the patch in scripts/vendor-hardening.ts and docs/STORE.md.',
      );
    }
    result = result.split(replacement.find).join(replacement.replace);
  }
  return result;
}

export function vendorHardening(): Plugin {
  return {
    name: 'naervaer-vendor-hardening',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      const patch = VENDOR_PATCHES.find((candidate) => candidate.file.test(path));
      if (!patch) return null;
      return { code: applyVendorPatch(patch, code, path), map: null };
    },
  };
}
