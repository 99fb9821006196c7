// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeBadge } from '../../../components/overlay/controller/student-slots.dom';
import type { BadgeHandle } from '../../../components/overlay/badge.dom';

/** A student's slot with the badge host to place: placeBadge reads only these two. */
function placed(anchor: Element): HTMLElement {
  const host = document.createElement('naervaer-badge');
  placeBadge({ slot: { key: 'k', anchor, elements: [anchor] }, badge: { host } as unknown as BadgeHandle });
  return host;
}

describe('where a badge goes', () => {
  it('goes at the end of the element that names the student', () => {
    document.body.innerHTML = '<table><tr><td id="name">Kari Moe</td><td>3</td></tr></table>';
    const host = placed(document.getElementById('name') as Element);
    expect(host.parentElement?.id).toBe('name');
    expect(host.previousSibling?.textContent).toBe('Kari Moe');
  });

  it('goes just before the <br> that ends a line of text naming the student, on that line', () => {
    document.body.innerHTML = '<div>Nora Berg: 3 dager<br>Ola Lie: 1 dag<br></div>';
    const [first] = Array.from(document.querySelectorAll('br'));
    const host = placed(first as Element);
    expect(host.previousSibling?.textContent).toBe('Nora Berg: 3 dager');
    expect(host.nextSibling).toBe(first);
  });
});
