import { anonymisedSnapshot } from '../lib/portals/snapshot';
import { runTeachMode } from '../components/overlay/controller/teach-mode.dom';
import { registerPart } from '../components/overlay/controller/loaded-parts';
import { snapshotWords } from '../components/overlay/snapshot-words';

/**
 * Teach mode and the anonymised snapshot, injected by the background into a frame whose teacher
 * starts one of them (lib/overlay/overlay-parts.ts).
 */
export default defineUnlistedScript(() => registerPart('teach', { runTeachMode, anonymisedSnapshot, snapshotWords }));
