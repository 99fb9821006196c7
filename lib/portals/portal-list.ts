import type { Portal } from './portal';
import { vigilo } from './vigilo';
import { vismaFlytSkole } from './visma-flyt-skole';
import { vismaInSchool } from './visma-inschool';

/**
 * Every portal with its own reader, in the order their URLs are tried: the one place a portal is
 * registered. Everything else reads it through the registry (registry.ts).
 */
export const PORTALS: readonly Portal[] = [vismaFlytSkole, vismaInSchool, vigilo];
