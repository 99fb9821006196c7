import { createIndicator } from '../components/overlay/indicator.dom';
import { indicatorView } from '../components/overlay/indicator-words';
import { registerPart } from '../components/overlay/controller/loaded-parts';

/**
 * The quiet "could not read" indicator, with the words of why, injected by the background into a
 * frame whose page, or some of whose students, could not be read (lib/overlay/overlay-parts.ts).
 */
export default defineUnlistedScript(() => registerPart('indicator', { createIndicator, indicatorView }));
