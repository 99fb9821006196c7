import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDaysIso } from '../../../lib/model';
import { deletionDate, retentionPlan } from '../../../lib/store/retention';

describe('retentionPlan', () => {
  const closed = (studentKey: string, closedAt?: string) => ({ studentKey, ...(closedAt ? { closedAt } : {}) });

  it.each([
    // [closedAt, asOf, expected]
    ['2025-11-23', '2026-11-23', 'delete'], // exactly 12 months: due today
    ['2025-11-24', '2026-11-23', 'warn'], // one day left
    ['2025-11-22', '2026-11-23', 'delete'], // a day overdue
    ['2025-12-23', '2026-11-23', 'warn'], // 30 days left: the last warned day
    ['2025-12-24', '2026-11-23', 'none'], // 31 days left: not yet
    ['2026-11-01', '2026-11-23', 'none'],
  ] as const)('closed %s, as of %s → %s', (closedAt, asOf, expected) => {
    const plan = retentionPlan([closed('k', closedAt)], asOf);
    expect(plan.toDelete.length > 0 ? 'delete' : plan.toWarn.length > 0 ? 'warn' : 'none').toBe(expected);
  });

  it('tells the deletion day in each warning', () => {
    expect(retentionPlan([closed('k', '2025-12-01')], '2026-11-23')).toEqual({
      toDelete: [],
      toWarn: [{ key: 'k', deleteOn: '2026-12-01' }],
    });
  });

  it('never plans an open file for deletion', () => {
    expect(retentionPlan([closed('open'), closed('old', '2020-01-01')], '2026-11-23')).toEqual({
      toDelete: ['old'],
      toWarn: [],
    });
  });

  it('clamps month ends and leap days', () => {
    expect(deletionDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(deletionDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(retentionPlan([closed('k', '2024-02-29')], '2025-02-28').toDelete).toEqual(['k']);
    expect(retentionPlan([closed('k', '2024-02-29')], '2025-02-27').toWarn).toEqual([{ key: 'k', deleteOn: '2025-02-28' }]);
  });

  it('honours other periods', () => {
    expect(retentionPlan([closed('k', '2026-05-23')], '2026-11-23', 6).toDelete).toEqual(['k']);
    expect(retentionPlan([closed('k', '2026-05-24')], '2026-11-23', 6, 0)).toEqual({ toDelete: [], toWarn: [] });
  });

  it('puts every closed file in at most one list, and deletes only after the period', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDaysIso('2022-01-01', n));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), day), { maxLength: 20 }), day, (files, asOf) => {
        const records = files.map(([isClosed, at], i) => closed(`k${i}`, isClosed ? at : undefined));
        const plan = retentionPlan(records, asOf);
        const warned = plan.toWarn.map((w) => w.key);
        expect(plan.toDelete.filter((key) => warned.includes(key))).toEqual([]);
        for (const key of [...plan.toDelete, ...warned]) {
          const rec = records.find((r) => r.studentKey === key)!;
          expect(rec.closedAt).toBeDefined();
        }
        for (const key of plan.toDelete) {
          const rec = records.find((r) => r.studentKey === key)!;
          expect(deletionDate(rec.closedAt!, 12) <= asOf).toBe(true);
        }
      }),
    );
  });
});
