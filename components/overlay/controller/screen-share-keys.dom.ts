import { isTrustedEvent } from '../../../lib/overlay/trusted-event.dom';
import type { Guard } from './environment';

export interface KeyActions {
  toggleScreenShare(): void;
  /** Closes the popover if it is open. */
  closePopover(): void;
}

/**
 * The same shortcut as the browser command (Alt+Shift+S), for browsers that deliver it to the page,
 * and Escape for the popover. Returns the function that removes the listener.
 */
export function listenForKeys(doc: Document, guard: Guard, actions: KeyActions): () => void {
  const onKeydown = (event: KeyboardEvent) =>
    guard.run('keydown', () => {
      // A page script can dispatch a synthetic Alt+Shift+S; only the teacher's own key press counts.
      if (!isTrustedEvent(event)) return;
      if (event.altKey && event.shiftKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's')) {
        event.preventDefault();
        actions.toggleScreenShare();
      } else if (event.key === 'Escape') {
        actions.closePopover();
      }
    });
  doc.addEventListener('keydown', onKeydown, true);
  return () => doc.removeEventListener('keydown', onKeydown, true);
}
