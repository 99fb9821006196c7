import { childFrameHoldsTables, holdsTables } from '../../../lib/overlay/frames.dom';
import type { PageSummary } from '../../../lib/messaging/protocol';

/** How long an unreadable top frame waits before answering the popup, so a framed register answers first. */
const FRAME_SUMMARY_DELAY_MS = 300;

/**
 * Whether this frame's overlay speaks about the page (indicator, teach mode): a frame inside
 * the page only when it shows a table; the top frame unless it shows none and a frame inside
 * it does (a menu around a framed register).
 */
export function speaksForPage(doc: Document, topFrame: boolean, readable: boolean): boolean {
  if (!topFrame) return readable || holdsTables(doc);
  return readable || holdsTables(doc) || !childFrameHoldsTables(doc);
}

/**
 * The popup asks every frame of the tab and takes the first answer: a frame that read students
 * answers at once, a frame inside the page that read nothing stays silent, and an unreadable top
 * frame answers a moment later, so that a framed register's summary wins.
 */
export function frameSummary(
  doc: Document,
  topFrame: boolean,
  readable: boolean,
  summary: () => PageSummary,
): PageSummary | Promise<PageSummary> | undefined {
  if (readable) return summary();
  if (!topFrame) return undefined;
  if (!childFrameHoldsTables(doc)) return summary();
  return new Promise((resolve) => setTimeout(() => resolve(summary()), FRAME_SUMMARY_DELAY_MS));
}
