import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
