import { ContentRequest, ExtensionPageRequest, type CaseStatusResponse, type PageConfig, type TabMessage } from './protocol';
import { classifySender, type SenderFacts, type SenderPolicy } from './sender-policy';
import { formatPath } from '../model/validation';
import type { TaughtMapping } from '../portals/adapter';
import type { ReadingRow, IsoDate, ShownPeriod } from '../model';
import { keyBelongsToSender } from '../portals/student-scope';
import type { OverlayPartName } from '../overlay/overlay-parts';

/**
 * The background's message handling, with the browser APIs behind an interface so that the
 * refusal rules (who may ask what) are unit-tested without a browser.
 */
export interface BackgroundServices {
  pageConfig(portal: string, siteKey: string): Promise<PageConfig>;
  /**
   * Injects the reader for `pageUrl` into the asking frame unless it is among `loaded`; names it,
   * and sends the page configuration for that reader and page with it, so that the overlay's
   * first read waits for one round trip, not two.
   */
  loadReader(pageUrl: URL, loaded: string[], frame: { tabId: number; frameId: number }): Promise<{ reader: string; config: PageConfig }>;
  /** Injects the overlay's part `part` into the asking frame. */
  loadOverlayPart(part: OverlayPartName, frame: { tabId: number; frameId: number }): Promise<{ ok: true }>;
  caseStatuses(studentKeys: string[]): Promise<CaseStatusResponse>;
  openStudentPage(request: {
    portal: string;
    profileId: string;
    school?: string;
    intent: 'notes' | 'exportMappingForm';
    asOf: IsoDate;
    row: ReadingRow;
    shownPeriod?: ShownPeriod;
    tabId?: number;
  }): Promise<void>;
  setScreenShare(on: boolean): Promise<void>;
  saveTaughtMapping(siteKey: string, mapping: TaughtMapping): Promise<void>;
  saveSnapshot(html: string): Promise<void>;
  broadcast(message: TabMessage): Promise<void>;
  touchVault(): Promise<void>;
  log(message: string, detail?: unknown): void;
}

export type RouteResult = unknown | { refused: true; reason: string };

export async function routeMessage(
  message: unknown,
  sender: SenderFacts & { tabId?: number; frameId?: number },
  policy: SenderPolicy,
  services: BackgroundServices,
): Promise<RouteResult> {
  const kind = classifySender(sender, policy);
  if (typeof kind === 'object') return refuse(services, kind.refused, message);

  if (kind === 'extensionPage') {
    const page = ExtensionPageRequest.safeParse(message);
    if (page.success) {
      switch (page.data.type) {
        case 'broadcast':
          await services.broadcast(page.data.message);
          return { ok: true };
        case 'setScreenShare':
          await services.setScreenShare(page.data.on);
          return { ok: true };
        case 'vaultActivity':
          await services.touchVault();
          return { ok: true };
      }
    }
  }

  const parsed = ContentRequest.safeParse(message);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
    return refuse(services, `invalid message: ${where.join('; ')}`, message);
  }
  const request = parsed.data;
  // A content script asks only about students of its own site (see lib/portals/student-scope.ts).
  if (kind === 'portalTab' && (request.type === 'getCaseStatus' || request.type === 'openStudentPage')) {
    const keys = request.type === 'getCaseStatus' ? request.studentKeys : [request.row.student.key];
    const senderUrl = new URL(sender.url as string);
    const foreign = keys.find((key) => !keyBelongsToSender(key, senderUrl, policy.isPortalPage(senderUrl)));
    if (foreign !== undefined) return refuse(services, `student key not of the sender's site ${senderUrl.host}: ${foreign.slice(0, 80)}`, message);
  }
  switch (request.type) {
    case 'getPageConfig':
      return services.pageConfig(request.portal, request.siteKey);
    case 'loadReader': {
      // Only a content script in a portal tab has a frame to load a reader into.
      if (kind !== 'portalTab' || sender.tabId === undefined || sender.frameId === undefined) return refuse(services, 'loadReader: no frame', message);
      if (!URL.canParse(request.url)) return refuse(services, 'loadReader: bad url', message);
      return services.loadReader(new URL(request.url), request.loaded, { tabId: sender.tabId, frameId: sender.frameId });
    }
    case 'loadOverlayPart': {
      if (kind !== 'portalTab' || sender.tabId === undefined || sender.frameId === undefined) return refuse(services, 'loadOverlayPart: no frame', message);
      return services.loadOverlayPart(request.part, { tabId: sender.tabId, frameId: sender.frameId });
    }
    case 'getCaseStatus':
      return services.caseStatuses(request.studentKeys);
    case 'openStudentPage':
      await services.openStudentPage({ ...request, ...(sender.tabId !== undefined ? { tabId: sender.tabId } : {}) });
      return { ok: true };
    case 'setScreenShare':
      await services.setScreenShare(request.on);
      return { ok: true };
    case 'saveTaughtMapping':
      await services.saveTaughtMapping(request.siteKey, request.mapping);
      return { ok: true };
    case 'saveSnapshot':
      await services.saveSnapshot(request.html);
      return { ok: true };
  }
}

function refuse(services: BackgroundServices, reason: string, message: unknown): { refused: true; reason: string } {
  const type = typeof message === 'object' && message !== null ? describeType((message as { type?: unknown }).type) : typeof message;
  services.log(`refused message (${type.slice(0, 40)}): ${reason.slice(0, 300)}`);
  return { refused: true, reason };
}

/** The message's type for the log, whatever the sender put there (never throws). */
function describeType(type: unknown): string {
  return typeof type === 'string' ? type : typeof type;
}
