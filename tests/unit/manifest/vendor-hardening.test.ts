import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VENDOR_PATCHES, applyVendorPatch, vendorHardening } from '../../../scripts/vendor-hardening';

/** Runs the build's patches over the installed library files, so a library update that moves the patched text fails here first. */
const INSTALLED = {
  zod: resolve('node_modules/zod/v4/core/util.js'),
  zodDoc: resolve('node_modules/zod/v4/core/doc.js'),
  reactDom: resolve('node_modules/react-dom/cjs/react-dom-client.production.js'),
  fontkit: resolve('node_modules/@pdf-lib/fontkit/dist/fontkit.es.js'),
};

type Transform = (code: string, id: string) => { code: string } | null;

function transform(code: string, id: string): { code: string } | null {
  const hook = vendorHardening().transform as unknown as Transform;
  return hook(code, id);
}

function patchedInstalled(file: string): string {
  return transform(readFileSync(file, 'utf8'), `${file}?commonjs-es-import`)!.code;
}

describe('vendor hardening', () => {
  it('has one patch for each installed file and none for any other module', () => {
    for (const file of Object.values(INSTALLED)) {
      expect(VENDOR_PATCHES.filter((patch) => patch.file.test(file))).toHaveLength(1);
    }
    expect(transform('export const x = 1;', resolve('lib/model/index.ts'))).toBeNull();
  });

  it("replaces zod's string-evaluation probe by its only answer under the extension CSP", () => {
    expect(readFileSync(INSTALLED.zod, 'utf8')).toContain('new F("")');
    const patched = patchedInstalled(INSTALLED.zod);
    expect(patched).not.toContain('new F("")');
    expect(patched).toMatch(/export const allowsEval = [^;]*cached\(\(\) => \{[\s\S]*?return false; \/\/ the extension CSP/);
  });

  it("replaces zod's code generator by an error", () => {
    const patched = patchedInstalled(INSTALLED.zodDoc);
    expect(patched).not.toMatch(/\bFunction\b/);
    expect(patched).toMatch(/compile\(\) \{\s*throw new Error\("zod code generation is not available in this extension"\);\s*\}/);
  });

  it("removes react-dom's only dynamic innerHTML writes", () => {
    const patched = patchedInstalled(INSTALLED.reactDom);
    expect(patched).not.toMatch(/\.innerHTML = (?!")/);
    expect(patched.split('dangerouslySetInnerHTML is not available in this extension')).toHaveLength(3);
  });

  it("removes fontkit's Function-built bind fallback and its reference to eval", () => {
    const patched = patchedInstalled(INSTALLED.fontkit);
    expect(patched).not.toMatch(/\bFunction\('binder'/);
    expect(patched).not.toMatch(/:\s*eval\b/);
    expect(patched).toContain('var functionBind = Function.prototype.bind;');
  });

  it('stops the build when a text it replaces is not there exactly as often as expected', () => {
    const zod = VENDOR_PATCHES.find((patch) => patch.file.test(INSTALLED.zod))!;
    const find = zod.replacements[0]!.find;
    expect(() => applyVendorPatch(zod, 'export const allowsEval = 1;', 'zod/v4/core/util.js')).toThrow(/expected 1 occurrence/);
    expect(() => applyVendorPatch(zod, find + find, 'zod/v4/core/util.js')).toThrow(/found 2/);
  });
});
