import { createShadowHost } from './shadow-host.dom';

/**
 * A short notice the overlay shows when something the teacher asked for could not be opened (a part
 * of the overlay that could not be loaded): beside the badge that was clicked, or at the top of the
 * page. It says so instead of doing nothing, and goes away by itself. Closed root, like the rest.
 */
export const NOTICE_TAG = 'naervaer-notice';
const SHOWN_MS = 8000;

const NOTICE_CSS = `
:host { all: initial; position: absolute; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
p { box-sizing: border-box; margin: 0; max-width: min(360px, calc(100vw - 16px)); padding: 6px 10px; background: #fff; color: #0f172a; border: 1px solid #991b1b; border-radius: 6px; box-shadow: 0 4px 16px rgba(15, 23, 42, .2); }
`;

export function showNotice(doc: Document, text: string, anchor: HTMLElement | null): void {
  doc.querySelector(NOTICE_TAG)?.remove();
  const { host, root } = createShadowHost(doc, NOTICE_TAG, { css: NOTICE_CSS });
  const message = doc.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  root.append(message);
  const view = doc.defaultView;
  const rect = anchor?.getBoundingClientRect();
  host.style.left = `${Math.max(8, rect?.left ?? 8) + (view?.scrollX ?? 0)}px`;
  host.style.top = `${(rect ? rect.bottom + 6 : 8) + (view?.scrollY ?? 0)}px`;
  doc.body.append(host);
  setTimeout(() => host.remove(), SHOWN_MS);
}
