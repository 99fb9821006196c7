import { vismaFlytSkole } from '../lib/portals/visma-flyt-skole';
import { registerReader } from '../lib/overlay/loaded-readers';

/** Visma Flyt Skole's reader, injected by the background into a frame of its portal's pages (lib/overlay/loaded-readers.ts). */
export default defineUnlistedScript(() => registerReader(vismaFlytSkole));
