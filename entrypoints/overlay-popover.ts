import { createPopover } from '../components/overlay/popover.dom';
import { analysePatterns } from '../lib/patterns/analyse';
import { registerPart } from '../components/overlay/controller/loaded-parts';

/**
 * The popover a badge opens, with its own words and the analysis of the patterns it shows (the
 * badge draws only its sparkline), injected by the background into a frame at its first badge
 * click (lib/overlay/overlay-parts.ts).
 */
export default defineUnlistedScript(() => registerPart('popover', { createPopover, analysePatterns }));
