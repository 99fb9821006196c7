import type { Plugin } from 'vite';

/**
 * The overlay's style sheets are written readably in the source (`const BADGE_CSS = \`…\``, one
 * rule a line, in components/overlay/), and shipped without what only a reader of the source needs:
 * comments, line breaks, and the spaces around `{`, `}`, `;` and after a declaration's `:` and a comma. The
 * content script is injected into every portal page, so its bytes are a cost of every page view
 * (docs/bench/README.md, "Bundle budget"). Only template literals assigned to a constant whose name
 * ends in `_CSS` are touched, and in them only those characters: values (`0 0 0 1px`), quoted font
 * names and `${…}` interpolations are kept as written. A selector with a space after a colon would
 * change meaning, so the build fails on one rather than ship it changed.
 */
const CSS_CONSTANT = /(const [A-Z_]+_CSS = `)([^`]*)(`)/g;

export function tightenCss(css: string): string {
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\$\{[^}]*\}/g, '0')
    .replace(/\{[^}]*\}/g, '{}');
  if (/:\s/.test(selectors)) throw new Error(`overlay CSS: a selector has a space after a colon: ${css}`);
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/,\s+/g, ',')
    .replace(/;}/g, '}')
    .trim();
}

export function overlayCss(): Plugin {
  return {
    name: 'naervaer-overlay-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/components\/overlay\/[^/]+\.ts$/.test(id.split('?')[0]!) || !code.includes('_CSS = `')) return null;
      return { code: code.replace(CSS_CONSTANT, (_all, start: string, css: string, end: string) => `${start}${tightenCss(css)}${end}`), map: null };
    },
  };
}
