import { vismaInSchool } from '../lib/portals/visma-inschool';
import { registerReader } from '../lib/overlay/loaded-readers';

/** Visma InSchool's reader, injected by the background into a frame of its portal's pages (lib/overlay/loaded-readers.ts). */
export default defineUnlistedScript(() => registerReader(vismaInSchool));
