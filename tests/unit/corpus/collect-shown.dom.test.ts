// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { COLLECT_SHOWN, type Shown } from '../../e2e/support/corpus';

/**
 * What the corpus runner reads off a page for each badge (tests/e2e/support/corpus.ts): the text
 * of the row it sits in, by which the badge is matched to a student. The pages are made up; each
 * badge's row is read off the markup by hand.
 */
function shown(html: string): Shown {
  document.body.innerHTML = html;
  // happy-dom lays nothing out: every element counts as rendered here.
  for (const element of Array.from(document.querySelectorAll('*'))) Object.assign(element, { checkVisibility: () => true });
  return (0, eval)(COLLECT_SHOWN) as Shown;
}

describe('the row a badge outside a table sits in', () => {
  it('is the element it is in', () => {
    const { badges } = shown('<p>Kari Moe – 3 dager<naervaer-badge data-level="ok"></naervaer-badge></p>');
    expect(badges.map((badge) => badge.rowText)).toEqual(['Kari Moe – 3 dager']);
  });

  it('is the line it ends, for a badge just before the <br> that ends a line of text', () => {
    const { badges } = shown(`<div>Fravær i 9D:<br>• Nora Berg: 3 dager<naervaer-badge data-level="unknown"></naervaer-badge><br>• Ola Lie: 1 dag<naervaer-badge data-level="ok"></naervaer-badge><br>Hilsen skolen</div>`);
    expect(badges.map((badge) => [badge.level, badge.rowText])).toEqual([
      ['unknown', '• Nora Berg: 3 dager'],
      ['ok', '• Ola Lie: 1 dag'],
    ]);
  });
});

describe('badges in a document an <embed> shows', () => {
  it('are found through the window frame whose frameElement the <embed> is, as it has no contentDocument', () => {
    // happy-dom opens no document in an <embed>: one is made here and put among the window's frames
    // as a browser does, with the <embed> as its frameElement.
    document.body.innerHTML = '<nav>Rapporter</nav><embed type="text/html" src="rapport.html">';
    const embed = document.querySelector('embed') as Element;
    const inner = document.implementation.createHTMLDocument('Rapport');
    inner.body.innerHTML = '<table><tr><td>Kari Moe</td><td>3<naervaer-badge data-level="unknown"></naervaer-badge></td></tr></table><naervaer-indicator></naervaer-indicator>';
    for (const element of Array.from(inner.querySelectorAll('*'))) Object.assign(element, { checkVisibility: () => true });
    // A document made so has no window of its own; the runner asks one for computed styles.
    Object.defineProperty(inner, 'defaultView', { value: window });
    Object.defineProperty(window, 'length', { value: 1, configurable: true });
    Object.defineProperty(window, 0, { value: { frameElement: embed, document: inner }, configurable: true });
    try {
      const found = (0, eval)(COLLECT_SHOWN) as Shown;
      expect(found.badges.map((badge) => [badge.level, badge.rowText])).toEqual([['unknown', 'Kari Moe 3']]);
      expect(found.indicator).toBe(true);
    } finally {
      Reflect.deleteProperty(window, 0);
      Reflect.deleteProperty(window, 'length');
    }
  });
});
