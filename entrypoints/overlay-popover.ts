import { createPopover } from '../components/overlay/popover.dom';
import { registerPart } from '../components/overlay/controller/loaded-parts';

/**
 * The popover a badge opens, with its own words, injected by the background into a frame at its
 * first badge click (lib/overlay/overlay-parts.ts).
 */
export default defineUnlistedScript(() => registerPart('popover', { createPopover }));
