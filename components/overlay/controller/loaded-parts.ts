import type { OverlayPartName } from '../../../lib/overlay/overlay-parts';
import type { anonymisedSnapshot } from '../../../lib/portals/snapshot';
import type { runTeachMode } from './teach-mode.dom';
import type { snapshotWords } from '../snapshot-words';
import type { createPopover } from '../popover.dom';
import type { analysePatterns } from '../../../lib/patterns/analyse';
import type { createIndicator } from '../indicator.dom';
import type { indicatorView } from '../indicator-words';

/**
 * The overlay's parts loaded into this frame on demand (lib/overlay/overlay-parts.ts says which and
 * why). Each part's script registers what it exports here when the background injects it; a global
 * of the content script's isolated world is the one thing the scripts share.
 */
export interface OverlayParts {
  teach: { runTeachMode: typeof runTeachMode; anonymisedSnapshot: typeof anonymisedSnapshot; snapshotWords: typeof snapshotWords };
  popover: { createPopover: typeof createPopover; analysePatterns: typeof analysePatterns };
  indicator: { createIndicator: typeof createIndicator; indicatorView: typeof indicatorView };
}

const PARTS = '__naervaerOverlayParts';

type WithParts = typeof globalThis & { [PARTS]?: Partial<OverlayParts> };

function loadedParts(): Partial<OverlayParts> {
  const world = globalThis as WithParts;
  world[PARTS] ??= {};
  return world[PARTS];
}

/** Called by a part's script when it is injected. */
export function registerPart<N extends OverlayPartName>(name: N, part: OverlayParts[N]): void {
  loadedParts()[name] = part;
}

/** The part, if it is loaded into this frame. */
export function loadedPart<N extends OverlayPartName>(name: N): OverlayParts[N] | undefined {
  return loadedParts()[name];
}

/**
 * Loads parts through `load` (the background injects the script) and hands them out: a part loads
 * once per frame, callers asking while it loads share the one request, and a failed load is tried
 * again the next time it is needed. Rejects when the part could not be loaded.
 */
export class PartLoader {
  private readonly pending = new Map<OverlayPartName, Promise<unknown>>();

  constructor(private readonly load: (name: OverlayPartName) => Promise<void>) {}

  async get<N extends OverlayPartName>(name: N): Promise<OverlayParts[N]> {
    const have = loadedPart(name);
    if (have) return have;
    let loading = this.pending.get(name) as Promise<OverlayParts[N]> | undefined;
    if (!loading) {
      loading = this.load(name).then(() => {
        const part = loadedPart(name);
        if (!part) throw new Error(`overlay part ${name} did not register`);
        return part;
      });
      this.pending.set(name, loading);
      loading.catch(() => this.pending.delete(name));
    }
    return loading;
  }
}
