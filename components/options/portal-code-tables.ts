import type { AbsenceCodeTable } from '../../lib/portals/absence-code';
import { PORTALS } from '../../lib/portals/registry';

/**
 * The portals whose absence-code table the teacher can override, with each portal's own table
 * taken from the portal's file (lib/portals/registry.ts lists them). The id is the key of
 * settings.codeOverrides, the same id the background hands the portal tab its overrides by.
 */
export interface PortalCodeTable {
  portalId: string;
  portalName: string;
  defaults: AbsenceCodeTable;
}

export const PORTAL_CODE_TABLES: readonly PortalCodeTable[] = PORTALS.map((portal) => ({
  portalId: portal.id,
  portalName: portal.name,
  defaults: portal.codes,
}));
