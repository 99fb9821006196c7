import { afterAll, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../lib/portals/generic';
import { closeWindow, fuzzMutatedPages, PLAN, SEED, summary } from './fuzz-harness';

/**
 * The generic reader is the one that meets pages nobody designed for: here, mutated fixture pages;
 * in fuzz-generated-tables.test.ts, whole tables generated from header words and hostile cells,
 * read by all four readers. See fuzz-adapters.test.ts.
 */
let distinctPages = 0;

describe('the generic reader on mutated fixture pages', () => {
  afterAll(async () => {
    console.info(summary('generic', distinctPages));
    await closeWindow();
  });

  it(`generic: ${PLAN.mutatedGeneric} mutated pages`, async () => {
    const pages = await fuzzMutatedPages(genericAdapter, 'generic', PLAN.mutatedGeneric, SEED + 10);
    distinctPages += pages;
    expect(pages).toBe(PLAN.mutatedGeneric);
  });
});
