import type { AbsenceCodeTable } from '../../lib/portals/absence-code';
import { VIGILO } from '../../lib/portals/vigilo';
import { VISMA_FLYT_SKOLE } from '../../lib/portals/visma-flyt-skole';
import { VISMA_INSCHOOL } from '../../lib/portals/visma-inschool';

/**
 * The portals whose absence-code table the teacher can override, with each portal's own table
 * taken from the data object at the top of its adapter. The id is the key of
 * settings.codeOverrides, the same id the background hands the portal tab its overrides by.
 */
export interface PortalCodeTable {
  portalId: string;
  portalName: string;
  defaults: AbsenceCodeTable;
}

export const PORTAL_CODE_TABLES: readonly PortalCodeTable[] = [VISMA_FLYT_SKOLE, VISMA_INSCHOOL, VIGILO].map((portal) => ({
  portalId: portal.id,
  portalName: portal.name,
  defaults: portal.codes,
}));
