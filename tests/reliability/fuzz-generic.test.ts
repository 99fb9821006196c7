import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../lib/portals/generic';
import { ADAPTERS, closeWindow, expectAnAnswer, FIXTURE_PAGES, fuzzMutatedPages, parsePage, PLAN, SEED, summary } from './fuzz-harness';
import { generatedTable } from './page-mutations';

/**
 * The generic reader is the one that meets pages nobody designed for: mutated fixture pages, and
 * whole tables generated from header words and hostile cells — each of those read by all four
 * readers, since a portal adapter can meet a stray table too. See fuzz-adapters.test.ts.
 */
let distinctPages = 0;

describe('the generic reader, and every reader on generated tables', () => {
  afterAll(async () => {
    console.info(summary('generic and generated', distinctPages));
    await closeWindow();
  });

  it(`generic: ${PLAN.mutatedGeneric} mutated pages`, async () => {
    const pages = await fuzzMutatedPages(genericAdapter, 'generic', PLAN.mutatedGeneric, SEED + 10);
    distinctPages += pages;
    expect(pages).toBe(PLAN.mutatedGeneric);
  });

  it(`every reader: ${PLAN.generatedTables} generated tables, each read by all four`, async () => {
    let pages = 0;
    await fc.assert(
      fc.asyncProperty(generatedTable, fc.constantFrom(...FIXTURE_PAGES.map((page) => page.url)), async (html, url) => {
        pages += 1;
        for (const { adapter } of ADAPTERS) {
          // A fresh parse per reader: one reader's answer must not depend on another's.
          expectAnAnswer(adapter, await parsePage(html), new URL(url));
        }
      }),
      { seed: SEED + 11, numRuns: PLAN.generatedTables },
    );
    distinctPages += pages;
    expect(pages).toBe(PLAN.generatedTables);
  });
});
