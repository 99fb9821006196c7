/**
 * The overlay acts only on events the browser itself produced from the teacher's input.
 *
 * Why: the portal page's own scripts (and other extensions on it) can call `button.click()` or
 * `dispatchEvent(new KeyboardEvent(...))` on anything they can reach, and they can reach the
 * document and every host element. An event they make has `isTrusted === false`; one made from a
 * real click, tap or key press has `isTrusted === true`, and no page script can forge that flag.
 * So every listener that opens, downloads, toggles or saves goes through here.
 */
export function isTrustedEvent(event: Event): boolean {
  return event.isTrusted === true;
}

/** Adds a listener that ignores every event the page made itself. */
export function onTrusted<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
): void {
  target.addEventListener(type, (event) => {
    if (!isTrustedEvent(event)) return;
    listener(event);
  });
}
