// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageWatcher } from '../../../components/overlay/controller/page-watcher.dom';

/**
 * The page watcher's part in a table the page shows or hides: a "Vis fravær" button that removes
 * `hidden`, a tab that changes a class, a <details> opened. What it tells the overlay is counted
 * by hand from the changes each test makes.
 */
function watch(html: string) {
  // A browser's own style sheet hides [hidden]; happy-dom's has no such rule, so the page states it.
  document.body.innerHTML = `<style>[hidden]{display:none}</style>${html}`;
  const calls: Array<{ dirty: string[]; structural: boolean }> = [];
  const guard = { run: (_: string, action: () => void) => action(), runAsync: async (_: string, action: () => Promise<void>) => action() };
  const watcher = new PageWatcher(
    document,
    {
      paused: () => false,
      keyFor: (node) => ((node instanceof Element ? node : node.parentElement)?.closest('tr[data-key]')?.getAttribute('data-key') ?? undefined),
      mutated: (dirty, structural) => calls.push({ dirty: [...dirty], structural }),
      edited: () => undefined,
    },
    guard,
  );
  watcher.start(null);
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { watcher, calls, settled };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

const TABLE = '<table><tr><th>Elev</th><th>Dager</th></tr><tr data-key="kari"><td>Kari Moe</td><td>4</td></tr></table>';

describe('PageWatcher: parts of the page shown and hidden', () => {
  it('tells of a table shown by removing `hidden` from around it, and of it hidden again', async () => {
    const { watcher, calls, settled } = watch(`<button>Vis fravær</button><section id="fravaer" hidden>${TABLE}</section>`);
    stop = () => watcher.stop();
    document.getElementById('fravaer')!.hidden = false;
    await settled();
    document.getElementById('fravaer')!.hidden = true;
    await settled();
    expect(calls).toEqual([
      { dirty: [], structural: true },
      { dirty: [], structural: true },
    ]);
  });

  it('tells of a tab shown by a class, and of a <details> opened', async () => {
    const { watcher, calls, settled } = watch(`<style>.inactive{display:none}</style>
      <div id="panel" class="inactive">${TABLE}</div><details id="more"><summary>Fravær</summary>${TABLE}</details>`);
    stop = () => watcher.stop();
    document.getElementById('panel')!.className = '';
    await settled();
    (document.getElementById('more') as HTMLDetailsElement).open = true;
    await settled();
    expect(calls.map((call) => call.structural)).toEqual([true, true]);
  });

  it('does not locate again for a class or style that leaves the part as it was shown', async () => {
    // The first change to the wrapper is a reason (nothing is known of it yet); the next two
    // change neither its display nor its openness.
    const { watcher, calls, settled } = watch(`<div id="wrap" class="a">${TABLE}</div><div><p id="other">Oppdatert 10:02</p></div>`);
    stop = () => watcher.stop();
    const wrap = document.getElementById('wrap')!;
    wrap.className = 'b';
    await settled();
    wrap.className = 'c';
    await settled();
    wrap.style.color = 'red';
    await settled();
    // A part that holds no table, and a row's class (hovered): never a reason.
    document.getElementById('other')!.hidden = true;
    await settled();
    document.querySelector('tr[data-key]')!.className = 'hover';
    await settled();
    expect(calls.map((call) => call.structural)).toEqual([true, false, false, false, false]);
  });
});
