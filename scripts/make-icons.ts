/**
 * Draws the extension's icons (public/icon/<size>.png, which WXT lists in the manifest) from the
 * SVG sources in scripts/icon/, rendered by the headless Chromium already used for the E2E tests.
 * No network, no image library: the browser rasterises each size itself, so every size gets its
 * own anti-aliasing instead of a blurry downscale.
 *
 *   npx node scripts/make-icons.ts        (the Node that npm installs runs .ts directly)
 *
 * The PNGs are committed; run this again only after changing an SVG.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/support/browsers.ts';

interface IconSpec {
  size: number;
  /** Below 32 px the detailed drawing turns to mush; the small variant is drawn on the 16 px grid. */
  source: 'radar-small.svg' | 'radar.svg';
  /**
   * Transparent margin per side. The Chrome Web Store asks for the 128 px icon's artwork to be
   * 96×96 with 16 px of transparent padding per side; the smaller sizes use the whole square.
   */
  padding: number;
}

const ICONS: readonly IconSpec[] = [
  { size: 16, source: 'radar-small.svg', padding: 0 },
  { size: 32, source: 'radar.svg', padding: 0 },
  { size: 48, source: 'radar.svg', padding: 0 },
  { size: 96, source: 'radar.svg', padding: 0 },
  { size: 128, source: 'radar.svg', padding: 16 },
];

const sourceDir = resolve('scripts/icon');
const outDir = resolve('public/icon');

function page(svg: string, spec: IconSpec): string {
  const inner = spec.size - 2 * spec.padding;
  const sized = svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; background: transparent; }
    div { width: ${spec.size}px; height: ${spec.size}px; padding: ${spec.padding}px; box-sizing: border-box; }
    svg { display: block; }
  </style></head><body><div>${sized}</div></body></html>`;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const spec of ICONS) {
      const svg = readFileSync(join(sourceDir, spec.source), 'utf8');
      const context = await browser.newContext({ viewport: { width: spec.size, height: spec.size }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      await tab.setContent(page(svg, spec));
      const file = join(outDir, `${spec.size}.png`);
      await tab.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: spec.size, height: spec.size } });
      await context.close();
      console.log(`${file} (${spec.source})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
