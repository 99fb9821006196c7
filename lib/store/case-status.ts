import type { IsoDate, StudentRecord } from '../model';

/**
 * The ONLY value derived from the teacher's private records that may leave the extension's origin
 * for the portal page (through lib/messaging, to draw "step done" marks on the overlay).
 *
 * Why this and nothing more: the host page is someone else's code. Whatever enters its DOM or its
 * message channel can be read by the portal's scripts, extensions with access to the page, and
 * screen recordings. Guideline step ids ("kontakt-foresatte"), a date and a yes/no are the same
 * public, generic facts the overlay already derives from the attendance page itself; they carry
 * no name, no note, no contact party and no text the teacher typed. Do not add fields here without
 * the same argument.
 */
export interface CaseStatusSummary {
  doneStepIds: string[];
  agreementSignedOn?: IsoDate;
  closed: boolean;
}

export function caseStatusFor(record: Pick<StudentRecord, 'caseRecord' | 'closedAt'>): CaseStatusSummary {
  const caseRecord = record.caseRecord;
  const doneStepIds = caseRecord ? [...new Set(caseRecord.steps.map((step) => step.stepId))].sort() : [];
  const closed = record.closedAt !== undefined || caseRecord?.closed !== undefined;
  return caseRecord?.agreementSignedOn !== undefined
    ? { doneStepIds, agreementSignedOn: caseRecord.agreementSignedOn, closed }
    : { doneStepIds, closed };
}

/**
 * The same facts in the shape the messaging protocol's CaseStatus carries (step ids with their
 * dates, the opening, signing and closing days), or null when the student has no case. Same rule:
 * ids and dates only.
 */
export interface PortalCaseStatus {
  steps: Array<{ stepId: string; doneOn: IsoDate }>;
  openedOn: IsoDate;
  agreementSignedOn?: IsoDate;
  closedOn?: IsoDate;
}

export function portalCaseStatusFor(record: Pick<StudentRecord, 'caseRecord' | 'closedAt'>): PortalCaseStatus | null {
  const caseRecord = record.caseRecord;
  if (!caseRecord) return null;
  const closedOn = caseRecord.closed?.on ?? record.closedAt;
  return {
    steps: caseRecord.steps.map(({ stepId, doneOn }) => ({ stepId, doneOn })),
    openedOn: caseRecord.openedOn,
    ...(caseRecord.agreementSignedOn !== undefined ? { agreementSignedOn: caseRecord.agreementSignedOn } : {}),
    ...(closedOn !== undefined ? { closedOn } : {}),
  };
}
