// @vitest-environment happy-dom
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../../lib/model';
import { readAsOverlay, readerFor } from './read-as-overlay';
import { ASOF, FIXTURES, fixtureHtml, fixturePages, loadFixture, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * Every fixture page against its golden reading (checked by hand when it was written), read
 * the way the overlay reads a page on a site no portal knows (read-as-overlay.ts).
 * To regenerate after a deliberate change: npx vitest run tests/unit/portals/generic-golden -u
 * and read the diff before committing it.
 */
describe('generic reader: golden readings', () => {
  it('has at least a dozen fixture pages, each saying at its top what it was modelled on', () => {
    expect(fixturePages.length).toBeGreaterThanOrEqual(12);
    for (const file of fixturePages) {
      expect(fixtureHtml(file).startsWith('<!-- Modelled page, not captured from any real portal.'), file).toBe(true);
    }
  });

  it.each(fixturePages)('%s', async (file) => {
    const result = readAsOverlay(readerFor(URL_ON_SOME_SITE), loadFixture(file), URL_ON_SOME_SITE, { asOf: ASOF });
    const golden = result.ok ? Reading.parse(result.reading) : { ok: false, missing: result.missing };
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot(
      join(FIXTURES, file.replace(/\.html$/, '.reading.json')),
    );
  });
});
