import { vigilo } from '../lib/portals/vigilo';
import { registerReader } from '../lib/overlay/loaded-readers';

/** Vigilo's reader, injected by the background into a frame of its portal's pages (lib/overlay/loaded-readers.ts). */
export default defineUnlistedScript(() => registerReader(vigilo));
