import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PORTALS } from '../../../lib/portals/portal-list';
import { readerContentScripts } from '../../../lib/portals/hosts';

/**
 * The content script carries no page reader: each reader is a script of its own, `reader-<id>.js`,
 * built from `entrypoints/reader-<id>.ts`. A portal's reader is declared in the manifest as a
 * content script on its portal's pages; the background injects a reader wherever the page needs one
 * that is not there. A registered portal without that script, or without its declaration, would
 * leave its pages unread or read late, so every reader has one, and every such script belongs to a
 * reader.
 */
const readerIds = [...PORTALS.map((portal) => portal.id), 'generic'];

describe('the page readers', () => {
  it.each(readerIds)('%s has its reader script, registering that reader', (id) => {
    const path = `entrypoints/reader-${id}.ts`;
    expect(existsSync(path), `${path} is missing: copy entrypoints/reader-vigilo.ts`).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(/defineUnlistedScript\(\(\) => registerReader\(\w+\)\)/);
  });

  it('has no reader script for a reader that is not registered', () => {
    const scripts = readdirSync('entrypoints').flatMap((name) => /^reader-(.+)\.ts$/.exec(name)?.[1] ?? []);
    expect(scripts.sort()).toEqual([...readerIds].sort());
  });

  it.each(PORTALS.map((portal) => [portal.id, portal] as const))(
    "the store build declares %s's reader on exactly its portal's pages, in every frame, as the core content script runs",
    (id, portal) => {
      const declared = readerContentScripts(false).filter((script) => script.js.includes(`reader-${id}.js`));
      expect(declared).toEqual([{ matches: [...portal.matches], js: [`reader-${id}.js`], run_at: 'document_idle', all_frames: true, match_about_blank: true }]);
    },
  );

  it('the store build declares no other reader: the generic one comes with the sites the teacher enables, or from the background', () => {
    expect(readerContentScripts(false).flatMap((script) => script.js)).toEqual(PORTALS.map((portal) => `reader-${portal.id}.js`));
  });

  it("the test build adds the loopback pages that name a portal in their path, and the generic reader on every loopback page", () => {
    const vigilo = readerContentScripts(true).find((script) => script.js.includes('reader-vigilo.js'))!;
    expect(vigilo.matches).toEqual([
      'https://web-school.prod.vigilo-oas.no/*',
      'http://127.0.0.1/vigilo/*',
      'http://127.0.0.1/*/vigilo/*',
      'http://localhost/vigilo/*',
      'http://localhost/*/vigilo/*',
    ]);
    expect(readerContentScripts(true).find((script) => script.js.includes('reader-generic.js'))?.matches).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });
});
