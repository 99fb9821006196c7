import { describe, expect, it } from 'vitest';
import { BadgeBatches, visibleFirst } from '../../../components/overlay/controller/badge-batches';

/** Rows 20 px high at these tops (viewport coordinates), in page order. */
const rows = (tops: number[]) => tops.map((top, index) => ({ index, top, bottom: top + 20 }));
const order = (items: Array<{ index: number }>) => items.map((item) => item.index);

describe('visibleFirst', () => {
  it('puts the rows inside the viewport first, the others after them in page order', () => {
    // Viewport 120 px: row 1 ends at -30 (above), rows 2–4 (0–20, 50–70, 100–120) are inside, row 5 starts at 900.
    const items = rows([-100, -50, 0, 50, 100, 900, 950]);
    expect(order(visibleFirst(items, (r) => r, 120))).toEqual([2, 3, 4, 0, 1, 5, 6]);
  });

  it('keeps the page order when every row, or none, is inside the viewport', () => {
    expect(order(visibleFirst(rows([0, 30, 60]), (r) => r, 500))).toEqual([0, 1, 2]);
    expect(order(visibleFirst(rows([-300, -200, -100]), (r) => r, 500))).toEqual([0, 1, 2]);
    expect(order(visibleFirst(rows([600, 700]), (r) => r, 500))).toEqual([0, 1]);
    expect(order(visibleFirst(rows([0, 30]), (r) => r, 0))).toEqual([0, 1]);
  });

  it('measures a long list a few dozen times, not once per row', () => {
    // 20 000 rows of 20 px, scrolled to row 10 000; a 900 px viewport shows 45 rows.
    const items = Array.from({ length: 20_000 }, (_, index) => ({ index, top: (index - 10_000) * 20, bottom: (index - 10_000) * 20 + 20 }));
    let measured = 0;
    const result = visibleFirst(items, (r) => (measured++, r), 900);
    expect(order(result.slice(0, 45))).toEqual(Array.from({ length: 45 }, (_, i) => 10_000 + i));
    expect(result).toHaveLength(20_000);
    expect(new Set(result).size).toBe(20_000);
    expect(measured).toBeLessThan(15 + 46 + 5); // the binary search, the visible rows and the first row below
  });
});

describe('BadgeBatches', () => {
  it('lets the first batch in at once, then waits twice as long each time', () => {
    let now = 0;
    const batches = new BadgeBatches<string>(() => now);
    batches.begin();
    expect(batches.batching).toBe(true);
    batches.defer('a');
    expect(batches.due()).toEqual(['a']); // the first slice's badges show at once
    batches.defer('b');
    now = 50;
    expect(batches.due()).toEqual([]);
    now = 100;
    expect(batches.due()).toEqual(['b']); // 100 ms after the first
    batches.defer('c');
    now = 250;
    expect(batches.due()).toEqual([]);
    now = 300;
    expect(batches.due()).toEqual(['c']); // then 200 ms
    batches.defer('d');
    now = 650;
    expect(batches.due()).toEqual([]);
    now = 700;
    expect(batches.due()).toEqual(['d']); // then 400 ms
  });

  it('waits at least four times as long as the browser paused after a batch', () => {
    let now = 0;
    const batches = new BadgeBatches<string>(() => now);
    batches.begin();
    expect(batches.due()).toEqual([]);
    batches.pausedAfterBatch(500); // the layout of a long table
    batches.defer('a');
    now = 1_999;
    expect(batches.due()).toEqual([]);
    now = 2_000;
    expect(batches.due()).toEqual(['a']);
  });

  it('hands over every waiting badge when the run ends, and then stops holding badges', () => {
    let now = 0;
    const batches = new BadgeBatches<string>(() => now);
    batches.begin();
    batches.due();
    batches.defer('a');
    batches.begin(); // a new reading of the page takes over: nothing waiting is dropped
    batches.defer('b');
    now = 10;
    expect(batches.end()).toEqual(['a', 'b']);
    expect(batches.batching).toBe(false);
    expect(batches.end()).toEqual([]);
  });
});
