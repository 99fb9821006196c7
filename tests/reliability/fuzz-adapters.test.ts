import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS, closeWindow, fuzzMutatedPages, PLAN, PLANNED_TOTAL, SEED, summary } from './fuzz-harness';

/**
 * Every portal adapter runs inside pages it does not control, so whatever a page holds it must
 * answer with a valid Reading or a "could not read" that says why — never throw into the page.
 *
 * Here: each portal adapter over its fixture pages, mutated (rows and cells deleted, duplicated,
 * shuffled; hostile, huge, right-to-left, emoji and zero-width text; headers removed and renamed;
 * ids duplicated; tables nested; embedded JSON garbled). fuzz-generic.test.ts does the same for
 * the generic reader, and fuzz-generated-tables.test.ts reads generated tables with all four; the
 * files run side by side, one per worker.
 */
let distinctPages = 0;

describe('portal adapters on mutated fixture pages', () => {
  afterAll(async () => {
    console.info(summary('portal adapters', distinctPages));
    await closeWindow();
  });

  it('the suites together fuzz at least 10 000 pages', () => {
    expect(PLANNED_TOTAL).toBeGreaterThanOrEqual(10_000 * Number(process.env.FUZZ_SCALE ?? 1));
  });

  for (const [i, { adapter, portal }] of ADAPTERS.filter(({ portal }) => portal !== 'generic').entries()) {
    it(`${adapter.id}: ${PLAN.mutatedPerPortalAdapter} mutated pages`, async () => {
      const pages = await fuzzMutatedPages(adapter, portal, PLAN.mutatedPerPortalAdapter, SEED + i);
      distinctPages += pages;
      expect(pages).toBe(PLAN.mutatedPerPortalAdapter);
    });
  }
});
