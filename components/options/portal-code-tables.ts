import type { AbsenceCodeTable } from '../../lib/portals/absence-code';
import { VISMA_FLYT_SKOLE } from '../../lib/portals/visma-flyt-skole';

/**
 * The portals whose absence-code table the teacher can override, with each portal's own table
 * taken from the data object at the top of its adapter.
 */
export interface PortalCodeTable {
  portalId: string;
  portalName: string;
  defaults: AbsenceCodeTable;
}

export const PORTAL_CODE_TABLES: readonly PortalCodeTable[] = [
  { portalId: VISMA_FLYT_SKOLE.id, portalName: VISMA_FLYT_SKOLE.name, defaults: VISMA_FLYT_SKOLE.codes },
];
