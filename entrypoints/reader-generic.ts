import { genericAdapter } from '../lib/portals/generic';
import { registerReader } from '../lib/overlay/loaded-readers';

/**
 * The generic table reader (with the teacher's taught mapping), injected by the background into a
 * frame of a page no portal's reader knows (lib/overlay/loaded-readers.ts).
 */
export default defineUnlistedScript(() => registerReader(genericAdapter));
