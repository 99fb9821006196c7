import { round } from './cpu-profile.ts';

/**
 * Entering absence, as the page runs it in any browser: `edits` changes typed into the register's
 * <select>s as a teacher does (value, then input and change events), one student at a time,
 * waiting two frames between edits. Each edit is timed in the page from just before the input
 * event to the return of the change event's dispatch: the overlay's listeners run inside that
 * dispatch, so this is the change → updated badge time. A MutationObserver's pending records on
 * the badge's host count the edits that changed its level: the badge's content is in a closed shadow
 * root the page cannot watch, and the host's `data-level` is written only when it differs, so the
 * count is how many edits moved a level, not a check that every edit reached its badge.
 */
export function editLoopSource(edits: number): string {
  return `(async () => {
    const codes = ['', 'G', 'U', 'UM', 'FS'];
    const rows = [...document.querySelectorAll('#register tbody tr')];
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const times = [];
    let updated = 0;
    for (let k = 0; k < ${edits}; k++) {
      const row = rows[k % rows.length];
      const selects = row.querySelectorAll('select');
      const select = selects[(k * 7) % selects.length];
      const next = codes[(codes.indexOf(select.value) + 1 + (k % 3)) % codes.length];
      const badge = row.querySelector('naervaer-badge');
      const watch = new MutationObserver(() => {});
      watch.observe(badge, { attributes: true });
      if (badge.shadowRoot) watch.observe(badge.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      select.value = next;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      times.push(performance.now() - start);
      if (watch.takeRecords().length > 0) updated++;
      watch.disconnect();
      await frame();
    }
    return { times, updated };
  })()`;
}

/** The p-th percentile by the nearest-rank method: the smallest value with at least p % of them at or below it. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!);
}

export interface EditTimes {
  edits: number;
  /** Edits after which the badge's host had changed (its level) when the change event returned. */
  badgeUpdated: number;
  p50: number;
  p95: number;
  max: number;
  perEditMs: number[];
}

export function editTimes(edits: number, result: { times: number[]; updated: number }): EditTimes {
  return {
    edits,
    badgeUpdated: result.updated,
    p50: percentile(result.times, 50),
    p95: percentile(result.times, 95),
    max: round(Math.max(...result.times)),
    perEditMs: result.times.map(round),
  };
}
