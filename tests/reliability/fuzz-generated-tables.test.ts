import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS, closeWindow, expectAnAnswer, FIXTURE_PAGES, parsePage, PLAN, SEED, summary } from './fuzz-harness';
import { generatedTable } from './page-mutations';

/**
 * Whole tables generated from header words and hostile cells, each read by all four readers: the
 * generic reader meets such pages, and a portal adapter can meet a stray table too. A file of its
 * own (not beside fuzz-generic.test.ts's mutated pages), so that vitest's two workers can run the
 * two at the same time.
 */
let distinctPages = 0;

describe('every reader on generated tables', () => {
  afterAll(async () => {
    console.info(summary('generated', distinctPages));
    await closeWindow();
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
