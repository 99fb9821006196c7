import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { overlayCss, tightenCss } from '../../../scripts/overlay-css';

describe("the build's tightening of the overlay's style sheets", () => {
  it('drops comments, line breaks and the spaces a rule does not need, and keeps values, quoted names and interpolations', () => {
    const css = `
:host { all: initial; font: 12px/1.2 system-ui, "Segoe UI", sans-serif; }
/* a reader's note */
:host([hidden]) { display: none !important; }
p { box-shadow: 0 4px 16px rgba(15, 23, 42, .2); width: \${WIDTH}px; }
`;
    expect(tightenCss(css)).toBe(
      ':host{all:initial;font:12px/1.2 system-ui,"Segoe UI",sans-serif}:host([hidden]){display:none !important}p{box-shadow:0 4px 16px rgba(15,23,42,.2);width:${WIDTH}px}',
    );
  });

  it('refuses a selector with a space after a colon, whose meaning the tightening would change', () => {
    expect(() => tightenCss('a : hover { color: red; }')).toThrow(/space after a colon/);
  });

  it("tightens only the overlay's *_CSS constants, and each of them parses to the same rules", () => {
    const plugin = overlayCss();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('const NOT_CSS_HERE = `a { b: c; }`;', '/x/lib/a.ts')).toBeNull();
    expect(transform('const A_CSS = `a { b: c; }`; const B = `d { e: f; }`;', '/x/components/overlay/a.dom.ts')?.code).toBe(
      'const A_CSS = `a{b:c}`; const B = `d { e: f; }`;',
    );
    // Every sheet of the overlay: the same declarations, in the same order, before and after.
    const declarations = (css: string) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split(/[{};]/)
        .map((part) => part.replace(/\s+/g, '').trim())
        .filter(Boolean);
    const files = readdirSync('components/overlay').filter((name) => name.endsWith('.ts'));
    let sheets = 0;
    for (const name of files) {
      for (const [, css] of readFileSync(`components/overlay/${name}`, 'utf8').matchAll(/const [A-Z_]+_CSS = `([^`]*)`/g)) {
        sheets += 1;
        expect(declarations(tightenCss(css!)), name).toEqual(declarations(css!));
      }
    }
    expect(sheets).toBeGreaterThanOrEqual(5);
  });
});
