import { describe, expect, it } from 'vitest';
import { caseStatusFor, portalCaseStatusFor } from '../../../lib/store/case-status';
import { record } from './fake-idb';

const withCase = record('visma:1', {
  displayName: 'Åse Ødegård',
  freeText: 'Hemmelig notat om familien',
  contactLog: [{ id: 'c1', date: '2026-10-06', withWhom: 'barnevern', agreed: 'Drøftet anonymt', updatedAt: '2026-10-06T10:00:00.000Z' }],
  caseRecord: {
    studentKey: 'visma:1',
    profileId: 'raelingen',
    openedOn: '2026-10-01',
    steps: [
      { stepId: 'samtale-elev', doneOn: '2026-10-03', doneBy: 'Kari Lærer' },
      { stepId: 'kontakt-foresatte', doneOn: '2026-10-02', doneBy: 'Kari Lærer' },
      { stepId: 'kontakt-foresatte', doneOn: '2026-10-05' },
    ],
    agreementSignedOn: '2026-10-10',
  },
});

describe('caseStatusFor', () => {
  it('gives step ids, the signing day and whether the case is closed — nothing else', () => {
    const status = caseStatusFor(withCase);
    expect(status).toEqual({ doneStepIds: ['kontakt-foresatte', 'samtale-elev'], agreementSignedOn: '2026-10-10', closed: false });
    expect(Object.keys(status).sort()).toEqual(['agreementSignedOn', 'closed', 'doneStepIds']);
  });

  it('carries no text the teacher typed', () => {
    const sent = JSON.stringify([caseStatusFor(withCase), portalCaseStatusFor(withCase)]);
    for (const secret of ['Åse', 'Hemmelig', 'barnevern', 'Drøftet', 'Kari', 'raelingen']) expect(sent).not.toContain(secret);
  });

  it('is closed when the case or the file is closed, and empty without a case', () => {
    expect(caseStatusFor({ ...withCase, caseRecord: { ...withCase.caseRecord!, closed: { on: '2026-11-01', outcome: 'henvist' } } }).closed).toBe(true);
    expect(caseStatusFor({ ...withCase, closedAt: '2026-11-01' }).closed).toBe(true);
    expect(caseStatusFor(record('visma:2'))).toEqual({ doneStepIds: [], closed: false });
  });
});

describe('portalCaseStatusFor', () => {
  it('gives steps with dates and the case days, or null without a case', () => {
    expect(portalCaseStatusFor({ ...withCase, closedAt: '2026-11-01' })).toEqual({
      steps: [
        { stepId: 'samtale-elev', doneOn: '2026-10-03' },
        { stepId: 'kontakt-foresatte', doneOn: '2026-10-02' },
        { stepId: 'kontakt-foresatte', doneOn: '2026-10-05' },
      ],
      openedOn: '2026-10-01',
      agreementSignedOn: '2026-10-10',
      closedOn: '2026-11-01',
    });
    expect(portalCaseStatusFor(record('visma:2'))).toBeNull();
  });
});
