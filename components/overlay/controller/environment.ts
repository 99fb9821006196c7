import type { IsoDate } from '../../../lib/model';
import type { ContentRequest } from '../../../lib/messaging/protocol';
import type { PortalAdapter } from '../../../lib/portals/adapter';
import type { OverlayPartName } from '../../../lib/overlay/overlay-parts';

/** What the content script hands the overlay: the page, the clock, the way to the background. */
export interface OverlayEnvironment {
  doc: Document;
  currentUrl(): URL;
  /** Today in Europe/Oslo (the entrypoint reads the clock; lib/ never does). */
  asOf(): IsoDate;
  send(request: ContentRequest): Promise<unknown>;
  /**
   * The reader for the page at `url`, loaded into this frame (by the background: the content
   * script carries none, lib/overlay/loaded-readers.ts), null when none could be loaded; and the
   * page configuration the background sent with it, unchecked (undefined when none came).
   */
  loadReader(url: URL): Promise<{ reader: PortalAdapter | null; config: unknown }>;
  /**
   * The page configuration the background last gave for this portal and site, kept in the
   * extension's storage (lib/overlay/page-config-cache.ts), unchecked; undefined when none is kept.
   */
  keptConfig(portal: string, siteKey: string): Promise<unknown>;
  /**
   * Loads a part of the overlay the content script does not carry into this frame (by the
   * background, lib/overlay/overlay-parts.ts); rejects when it could not.
   */
  loadPart(name: OverlayPartName): Promise<void>;
  /** The browser's UI language, asked for only when the teacher's setting follows it. */
  browserLanguage(): string;
  /** Whether this overlay runs in the page's top frame (each frame of a framed portal has its own). */
  topFrame: boolean;
  log(message: string, detail?: unknown): void;
}

/**
 * Never throw into the host page: every callback the page, a timer or the background can trigger
 * runs through a guard, and a failure is logged instead.
 */
export interface Guard {
  run(where: string, action: () => void): void;
  runAsync(where: string, action: () => Promise<void>): Promise<void>;
}

export function guardWith(log: OverlayEnvironment['log']): Guard {
  return {
    run(where, action) {
      try {
        action();
      } catch (error) {
        log(`overlay error in ${where}`, error);
      }
    },
    async runAsync(where, action) {
      try {
        await action();
      } catch (error) {
        log(`overlay error in ${where}`, error);
      }
    },
  };
}
