// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { StudentList } from '../../../components/student/StudentList';
import { PASS, record, testVault } from '../store/fake-idb';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function settle(times = 20) {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

/** Retention deletes nothing unasked: the teacher confirms it when it happens. */
describe('the student list and the retention rule', () => {
  it('lists closed cases past the months as due, keeps them until the teacher confirms, then deletes them', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    // Closed 2024-06-20: with 12 months, due on 2025-06-20, long before 2026-11-23.
    await vault.putStudent(record('visma:old', { displayName: 'Gammel Sak', closedAt: '2024-06-20' }));
    await vault.putStudent(record('visma:open', { displayName: 'Åpen Sak' }));
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<StudentList vault={vault} today="2026-11-23" retentionMonths={12} />));
    await settle();
    expect(container.textContent).toContain('1 avsluttede saker er eldre enn 12 måneder og skal slettes etter innstillingene: Gammel Sak.');
    expect(await vault.getStudent('visma:old')).toBeDefined();
    expect(container.textContent).toContain('Gammel Sak');

    await act(async () => container.querySelector<HTMLButtonElement>('[data-testid="retention-confirm"]')!.click());
    await settle();
    expect(await vault.getStudent('visma:old')).toBeUndefined();
    expect(await vault.getStudent('visma:open')).toBeDefined();
    expect(container.textContent).toContain('1 avsluttede saker eldre enn 12 måneder er slettet');
    await act(async () => root.unmount());
    await vault.close();
  });
});
