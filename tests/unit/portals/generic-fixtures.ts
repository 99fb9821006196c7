import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadingRow } from '../../../lib/model';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';

/** The generic reader's fixture pages (tests/fixtures/portals/generic), parsed the way a browser would. */
export const FIXTURES = join(__dirname, '../../fixtures/portals/generic');
export const ASOF = '2026-11-23';
export const URL_ON_SOME_SITE = new URL('https://skole.example.no/fravaer/oversikt');

export const fixturePages = readdirSync(FIXTURES).filter((file) => file.endsWith('.html'));

export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

export function parsePage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom's parser does not apply <option selected> to the option's selectedness as a
  // browser's parser does; apply it, so the page is in the state a browser would show.
  for (const option of Array.from(doc.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
  return doc;
}

export function loadFixture(file: string): Document {
  return parsePage(fixtureHtml(file));
}

/** The rows the generic reader reads from an invented page as the overlay would, as of ASOF; a page it cannot read fails the test, saying what was missing. */
export function genericRows(html: string): ReadingRow[] {
  const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading.rows;
}
