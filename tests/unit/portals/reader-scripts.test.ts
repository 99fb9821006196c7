import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PORTALS } from '../../../lib/portals/portal-list';

/**
 * The content script carries no page reader: the background injects `reader-<id>.js` into the frame
 * that needs it, built from `entrypoints/reader-<id>.ts`. A registered portal without that script
 * would leave its pages unread, so every reader has one, and every such script belongs to a reader.
 */
const readerIds = [...PORTALS.map((portal) => portal.id), 'generic'];

describe('the page readers loaded on demand', () => {
  it.each(readerIds)('%s has its reader script, registering that reader', (id) => {
    const path = `entrypoints/reader-${id}.ts`;
    expect(existsSync(path), `${path} is missing: copy entrypoints/reader-vigilo.ts`).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(/defineUnlistedScript\(\(\) => registerReader\(\w+\)\)/);
  });

  it('has no reader script for a reader that is not registered', () => {
    const scripts = readdirSync('entrypoints').flatMap((name) => /^reader-(.+)\.ts$/.exec(name)?.[1] ?? []);
    expect(scripts.sort()).toEqual([...readerIds].sort());
  });
});
