import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoClassPage } from './demo-class.ts';
import { demoIndexPage, DEMO_CSS } from './demo-index.ts';

/**
 * Writes the demo site to `root`: the modelled portal pages under their portal's id (as the test
 * build reads them on loopback), the synthetic class 9B, and the index that links them.
 * Used by `npm start` and by `npm run docs:screenshots`.
 */
export function writeDemoSite(root: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const portal of readdirSync(resolve('tests/fixtures/portals'))) {
    cpSync(resolve('tests/fixtures/portals', portal), join(root, portal), { recursive: true });
  }
  writeFileSync(join(root, 'demo-9b.html'), demoClassPage());
  writeFileSync(join(root, 'demo.css'), DEMO_CSS);
  writeFileSync(join(root, 'index.html'), demoIndexPage());
}
