import type { Assessment, IsoDate, ReadingRow } from '../../../lib/model';
import type { PageLayout } from '../../../lib/portals/adapter';
import { scopedStudentKey } from '../../../lib/portals/student-scope';
import type { PageProfile } from '../../../lib/guidelines/page-profile';
import type { ContentRequest } from '../../../lib/messaging/protocol';

const MAPPING_FORM_ID = 'kartlegging-fravaersmonster';

/** Whether the popover offers the kartleggingsskjema: a step that uses it is next or has fired. */
export function offersMappingForm(assessment: Assessment, profile: PageProfile): boolean {
  return (
    (assessment.nextStep?.forms.includes(MAPPING_FORM_ID) ?? false) ||
    assessment.fired.some((f) => profile.steps.find((s) => s.id === f.stepId)?.forms.includes(MAPPING_FORM_ID))
  );
}

export interface StudentPageContext {
  portal: string;
  profileId: string;
  asOf: IsoDate;
  layout: PageLayout | null;
  url: URL;
}

/** The request that opens the extension's own student page, under the student's site-scoped key. */
export function openStudentPageRequest(
  row: ReadingRow,
  intent: 'notes' | 'exportMappingForm',
  context: StudentPageContext,
): ContentRequest {
  return {
    type: 'openStudentPage',
    portal: context.portal,
    profileId: context.profileId,
    intent,
    asOf: context.asOf,
    ...(context.layout?.school ? { school: context.layout.school } : {}),
    ...(context.layout?.shownPeriod ? { shownPeriod: context.layout.shownPeriod } : {}),
    row: { ...row, student: { ...row.student, key: scopedStudentKey(row.student.key, context.url) } },
  };
}
