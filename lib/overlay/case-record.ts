import type { CaseRecord, IsoDate } from '../model';
import type { CaseStatus } from '../messaging/protocol';

/**
 * The engine takes a CaseRecord; the page only ever receives a CaseStatus (step ids and dates).
 * This turns the one into the other without inventing anything private.
 */
export function caseRecordFromStatus(studentKey: string, profileId: string, status: CaseStatus | undefined): CaseRecord | undefined {
  if (!status) return undefined;
  return {
    studentKey,
    profileId,
    openedOn: status.openedOn,
    steps: status.steps.map((s) => ({ stepId: s.stepId, doneOn: s.doneOn })),
    ...(status.agreementSignedOn ? { agreementSignedOn: status.agreementSignedOn } : {}),
    ...(status.closedOn ? { closed: { on: status.closedOn as IsoDate, outcome: 'avsluttetOppfolging' as const } } : {}),
  };
}
