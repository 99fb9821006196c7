import { describe, expect, it } from 'vitest';
import { BADGE_CHUNK, BadgeBatches, rowsBetween, visibleFirst } from '../../../components/overlay/controller/badge-batches';

/** Rows 20 px high at these tops (viewport coordinates), in page order. */
const rows = (tops: number[]) => tops.map((top, index) => ({ index, top, bottom: top + 20 }));
const order = (result: { order: Array<{ index: number }> }) => result.order.map((item) => item.index);

describe('visibleFirst', () => {
  it('puts the rows inside the viewport first, the others after them in page order, and counts them', () => {
    // Viewport 120 px: row 1 ends at -30 (above), rows 2–4 (0–20, 50–70, 100–120) are inside, row 5 starts at 900.
    const result = visibleFirst(rows([-100, -50, 0, 50, 100, 900, 950]), (r) => r, 120);
    expect(order(result)).toEqual([2, 3, 4, 0, 1, 5, 6]);
    expect(result.visible).toBe(3);
  });

  it('keeps the page order when every row, or none, is inside the viewport', () => {
    expect(visibleFirst(rows([0, 30, 60]), (r) => r, 500)).toMatchObject({ visible: 3 });
    expect(order(visibleFirst(rows([0, 30, 60]), (r) => r, 500))).toEqual([0, 1, 2]);
    expect(order(visibleFirst(rows([-300, -200, -100]), (r) => r, 500))).toEqual([0, 1, 2]);
    expect(visibleFirst(rows([-300, -200, -100]), (r) => r, 500).visible).toBe(0);
    expect(order(visibleFirst(rows([600, 700]), (r) => r, 500))).toEqual([0, 1]);
    expect(visibleFirst(rows([600, 700]), (r) => r, 500).visible).toBe(0);
    expect(visibleFirst(rows([0, 30]), (r) => r, 0)).toMatchObject({ visible: 0 });
  });

  it('measures a long list a few dozen times, not once per row', () => {
    // 20 000 rows of 20 px, scrolled to row 10 000; a 900 px viewport shows 45 rows.
    const items = Array.from({ length: 20_000 }, (_, index) => ({ index, top: (index - 10_000) * 20, bottom: (index - 10_000) * 20 + 20 }));
    let measured = 0;
    const result = visibleFirst(items, (r) => (measured++, r), 900);
    expect(order(result).slice(0, 45)).toEqual(Array.from({ length: 45 }, (_, i) => 10_000 + i));
    expect(result.visible).toBe(45);
    expect(result.order).toHaveLength(20_000);
    expect(new Set(result.order).size).toBe(20_000);
    expect(measured).toBeLessThan(15 + 46 + 5); // the binary search, the visible rows and the first row below
  });
});

describe('rowsBetween', () => {
  it('finds the rows that reach into a band around the viewport, with a margin above and below', () => {
    // Rows 20 px high from -100 to 220; the band from -30 to 150 takes in rows reaching past -30 (from -40) and starting before 150.
    const items = rows([-100, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220]);
    expect(rowsBetween(items, (r) => r, -30, 150)).toEqual({ start: 3, end: 13 });
    expect(rowsBetween(items, (r) => r, 500, 900)).toEqual({ start: 17, end: 17 });
    expect(rowsBetween(items, (r) => r, -900, -500)).toEqual({ start: 0, end: 0 });
    expect(visibleFirst(items, (r) => r, 120, 30).visible).toBe(10); // -30 … 150 again, as the viewport plus a margin
  });
});

describe('BadgeBatches', () => {
  it('puts the visible rows’ badges in once all of them are read, and the rest in chunks', () => {
    const batches = new BadgeBatches<string>();
    batches.begin(3); // three students on screen, read first
    expect(batches.batching).toBe(true);
    batches.defer('a');
    batches.defer('b');
    expect(batches.due(2)).toEqual([]); // the third visible student is not read yet
    batches.defer('c');
    batches.defer('d');
    expect(batches.due(4)).toEqual(['a', 'b', 'c', 'd']); // every badge read so far, in one layout
    batches.defer('e');
    expect(batches.due(5)).toEqual([]);
    batches.defer('f');
    expect(batches.due(6)).toEqual([]); // fewer than a chunk: no layout per slice
    expect(batches.end()).toEqual(['e', 'f']);
    expect(batches.batching).toBe(false);
  });

  it('hands over the rows below the viewport a chunk at a time, never more than a slice’s worth past a chunk', () => {
    const batches = new BadgeBatches<number>();
    batches.begin(2);
    batches.defer(0);
    batches.defer(1);
    expect(batches.due(2)).toEqual([0, 1]);
    // 2 500 more students, read 300 per slice: a batch leaves once 1 000 are waiting.
    const handed: number[][] = [];
    let read = 2;
    while (read < 2_502) {
      for (let i = 0; i < 300 && read < 2_502; i += 1) batches.defer(read++);
      const due = batches.due(read);
      if (due.length > 0) handed.push(due);
    }
    expect(handed.map((batch) => batch.length)).toEqual([1_200, 1_200]);
    expect(handed.every((batch) => batch.length >= BADGE_CHUNK)).toBe(true);
    expect(batches.end()).toEqual(Array.from({ length: 100 }, (_, i) => 2_402 + i));
  });

  it('a run may hand over smaller chunks (a very long list, whose badges go in undisplayed)', () => {
    const batches = new BadgeBatches<number>();
    batches.begin(0, 200);
    const handed: number[] = [];
    for (let read = 0; read < 1_000; read += 50) {
      for (let i = read; i < read + 50; i += 1) batches.defer(i);
      handed.push(batches.due(read + 50).length);
    }
    expect(handed).toEqual([0, 0, 0, 200, 0, 0, 0, 200, 0, 0, 0, 200, 0, 0, 0, 200, 0, 0, 0, 200]);
    batches.begin(0); // the next run: chunks of BADGE_CHUNK again
    for (let i = 0; i < 999; i += 1) batches.defer(i);
    expect(batches.due(999)).toEqual([]);
    batches.defer(999);
    expect(batches.due(1_000)).toHaveLength(BADGE_CHUNK);
  });

  it('with no row on screen, holds the badges until a chunk is ready or the run ends', () => {
    const batches = new BadgeBatches<string>();
    batches.begin(0);
    batches.defer('a');
    expect(batches.due(1)).toEqual([]);
    batches.defer('b');
    expect(batches.due(2)).toEqual([]);
    expect(batches.end()).toEqual(['a', 'b']);
  });

  it('hands over every waiting badge when the run ends, and then stops holding badges', () => {
    const batches = new BadgeBatches<string>();
    batches.begin(5);
    batches.defer('a');
    batches.begin(5); // a new reading of the page takes over: nothing waiting is dropped
    batches.defer('b');
    expect(batches.end()).toEqual(['a', 'b']);
    expect(batches.batching).toBe(false);
    expect(batches.end()).toEqual([]);
  });

  it('a new run puts its own visible rows in first again', () => {
    const batches = new BadgeBatches<string>();
    batches.begin(1);
    batches.defer('a');
    expect(batches.due(1)).toEqual(['a']);
    batches.begin(1);
    batches.defer('b');
    expect(batches.due(1)).toEqual(['b']);
  });
});
