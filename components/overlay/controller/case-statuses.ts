import { scopedStudentKey } from '../../../lib/portals/student-scope';
import type { CaseStatus, ContentRequest } from '../../../lib/messaging/protocol';
import { caseStatusesFrom } from '../../../lib/messaging/from-background';

/**
 * How many students one request asks about. Sending a message copies it on the page's main
 * thread, in the same task as the keys are scoped: for a whole school's 20 000 students that was
 * one task of 50–70 ms in Firefox on the loaded bench machine, and a click waits for such a task.
 * A request of this size costs a few milliseconds; the next one is sent once its answer is back,
 * so the page gets its turn between them.
 */
export const CASE_STATUS_REQUEST_KEYS = 1_000;

/**
 * Case progress (step ids and dates) for the students this page lists, asked of the background
 * under their site-scoped keys; the background refuses keys of any other site.
 */
export class CaseStatuses {
  private readonly statuses: Record<string, CaseStatus> = {};

  constructor(private readonly send: (request: ContentRequest) => Promise<unknown>) {}

  get(key: string): CaseStatus | undefined {
    return this.statuses[key];
  }

  /**
   * `keys` come from the current layout: only students this page's reading holds. Asked
   * CASE_STATUS_REQUEST_KEYS at a time; a locked vault answers none, so nothing more is asked
   * once it says it is locked. True when any status changed.
   */
  async load(keys: string[], url: URL): Promise<boolean> {
    let changed = false;
    for (let from = 0; from < keys.length; from += CASE_STATUS_REQUEST_KEYS) {
      const part = keys.slice(from, from + CASE_STATUS_REQUEST_KEYS);
      const scoped = new Map(part.map((key) => [scopedStudentKey(key, url), key]));
      const answer = caseStatusesFrom(await this.send({ type: 'getCaseStatus', studentKeys: [...scoped.keys()] }));
      if (!answer) return changed; // no reply: badges show what the page alone says
      for (const [storedKey, status] of Object.entries(answer.statuses)) {
        const key = scoped.get(storedKey);
        if (key === undefined) continue;
        if (JSON.stringify(this.statuses[key]) !== JSON.stringify(status)) changed = true;
        this.statuses[key] = status;
      }
      if (answer.locked) return changed;
    }
    return changed;
  }
}
