import { scopedStudentKey } from '../../../lib/portals/student-scope';
import type { CaseStatus, ContentRequest } from '../../../lib/messaging/protocol';
import { caseStatusesFrom } from '../../../lib/messaging/from-background';

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

  /** Loads the statuses of `keys` that the page holds; true when any of `keys` changed. */
  async refresh(keys: string[], held: (key: string) => boolean, url: URL): Promise<boolean> {
    const before = JSON.stringify(keys.map((k) => this.statuses[k] ?? null));
    await this.load(keys.filter(held), url);
    const after = JSON.stringify(keys.map((k) => this.statuses[k] ?? null));
    return before !== after;
  }

  /** `keys` come from the current layout: only students this page's reading holds. */
  async load(keys: string[], url: URL): Promise<void> {
    if (keys.length === 0) return;
    const scoped = new Map(keys.map((key) => [scopedStudentKey(key, url), key]));
    const raw = await this.send({ type: 'getCaseStatus', studentKeys: [...scoped.keys()] });
    const answer = caseStatusesFrom(raw);
    if (!answer) return; // no reply: badges show what the page alone says (a locked vault answers with none)
    for (const [storedKey, status] of Object.entries(answer.statuses)) {
      const key = scoped.get(storedKey);
      if (key !== undefined) this.statuses[key] = status;
    }
  }
}
