import type { PageNote } from '../../../lib/portals/read-problem';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate, Reading } from '../../../lib/model';
import type { ReadOptions } from '../../../lib/portals/adapter';
import { readAsOverlay, readerFor } from './read-as-overlay';

/** The day every fixture page is read on: the pages show the school year 2026/27 up to this Monday. */
export const AS_OF: IsoDate = '2026-11-23';

// A path, not a URL: the happy-dom environment replaces the global URL with its own.
export const FIXTURES = join(import.meta.dirname, '../../fixtures/portals/');

export function fixturePath(portal: string, file: string): string {
  return `${FIXTURES}${portal}/${file}`;
}

/** A fixture page parsed the way a browser would parse it (needs the happy-dom environment). */
export function loadFixture(portal: string, page: string): Document {
  const html = readFileSync(fixturePath(portal, `${page}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  selectAsBrowsersDo(doc);
  return doc;
}

/**
 * happy-dom 21 parses <select><option/><option/><option selected/></select> with the second
 * option chosen; browsers choose the one marked `selected`. The adapters read `select.value`
 * (what the teacher has chosen now), so the test environment is put right the way a browser
 * would have parsed the page.
 */
function selectAsBrowsersDo(doc: Document): void {
  for (const select of doc.querySelectorAll('select')) {
    const marked = [...select.options].filter((o) => o.hasAttribute('selected')).pop();
    select.value = marked ? marked.value : (select.options[0]?.value ?? '');
  }
}

/**
 * Reads a page at its address as the overlay would (the registry picks the reader) and fails
 * loudly (with what was missing) when it cannot.
 */
export function readFixture(doc: Document, url: string, options: Partial<ReadOptions> = {}): Reading {
  const address = new URL(url);
  const result = readAsOverlay(readerFor(address), doc, address, { asOf: AS_OF, ...options });
  if (!result.ok) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading;
}

/** What the reader noticed on a page it could read, and why the students it could not read were not, as codes. */
export function notesOf(doc: Document, url: string, options: Partial<ReadOptions> = {}): PageNote[] {
  const address = new URL(url);
  const result = readAsOverlay(readerFor(address), doc, address, { asOf: AS_OF, ...options });
  if (!result.ok) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.notes;
}

/**
 * The golden reading stored beside a fixture page. Run with UPDATE_GOLDEN=1 to write it afresh;
 * a written golden must then be checked by hand against the page before it is committed.
 */
export function golden(portal: string, page: string, actual: Reading): unknown {
  const path = fixturePath(portal, `${page}.reading.json`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(path)) throw new Error(`no golden reading at ${path}: run with UPDATE_GOLDEN=1, then check it by hand`);
  return JSON.parse(readFileSync(path, 'utf8'));
}
