import type { Assessment } from '../../../lib/model';

/** An assessment with every rule checked and none fired, and nothing to do: the plainest badge. */
export const okAssessment: Assessment = {
  profileId: 'kearney-forskning',
  asOf: '2026-11-20',
  level: 'ok',
  fired: [],
  nextStep: null,
  doneSteps: [],
  overdue: [],
  undecided: [],
  unknown: [],
  forecast: [],
};
