import type { PageLayout } from '../../../lib/portals/adapter';
import type { Guard } from './environment';
import { isOwn } from './own-elements.dom';
import { TABLE_SELECTOR } from '../../../lib/portals/table';

export interface PageChanges {
  /** Whether the watcher should ignore the page for now (teach mode, stopped). */
  paused(): boolean;
  /** The student whose elements hold this node. */
  keyFor(node: Node): string | undefined;
  /** DOM changes: the students they touched, and whether rows or tables came or went. */
  mutated(dirty: Set<string>, structural: boolean): void;
  /** The teacher typed or picked in a student's field. */
  edited(key: string): void;
}

/**
 * The one watcher of the page: a single MutationObserver on the document (and on open shadow
 * roots that hold the table), plus `input`/`change` listeners in the capture phase — typing into a
 * field changes a property, not the DOM. Observer callbacks run as microtasks, so an updated badge
 * is painted in the same frame as the teacher's edit.
 */
export class PageWatcher {
  private observer: MutationObserver | null = null;
  private readonly observedRoots = new WeakSet<ShadowRoot>();
  /** How each element that showed or hid a part was last displayed (SHOWS). */
  private readonly shown = new WeakMap<Element, string>();
  private readonly onInput = (event: Event) => this.guard.run('input', () => this.handleInput(event));

  constructor(
    private readonly doc: Document,
    private readonly changes: PageChanges,
    private readonly guard: Guard,
  ) {}

  start(layout: PageLayout | null): void {
    this.observer = new MutationObserver((records) => this.guard.run('mutation', () => this.handleMutations(records)));
    this.observer.observe(this.doc.documentElement, OBSERVED);
    if (layout) this.observeShadowRoots(layout);
    for (const type of EDITS) this.doc.addEventListener(type, this.onInput, true);
  }

  stop(): void {
    this.observer?.disconnect();
    for (const type of EDITS) this.doc.removeEventListener(type, this.onInput, true);
  }

  /** Tables inside open shadow roots: the document's observer does not see into them. */
  observeShadowRoots(layout: PageLayout): void {
    const first = layout.slots[0]?.anchor;
    const root = first?.getRootNode();
    if (!this.observer || !root || !(root instanceof ShadowRoot) || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, OBSERVED);
    for (const type of EDITS) root.addEventListener(type, this.onInput, true);
  }

  private handleMutations(records: MutationRecord[]): void {
    if (this.changes.paused()) return;
    const dirty = new Set<string>();
    let structural = false;
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (record.type === 'childList' && onlyOwnNodes(record)) continue;
      if (SHOWS.includes(record.attributeName as string)) {
        // A part shown or hidden (a "Vis fravær" button, a tab, a <details>) that holds a table:
        // what the page shows of its students changed, so they are located again. Only when its
        // display or openness changed: a class or style set on every scroll is no reason.
        // (Asked of its parent, so a table that hides itself counts too.)
        const target = record.target as HTMLDetailsElement;
        const shown = target.parentElement?.querySelector(TABLE_SELECTOR) && getComputedStyle(target).display + target.open;
        if (shown && this.shown.get(target) !== shown) {
          structural = true;
          this.shown.set(target, shown);
        }
        continue;
      }
      const key = this.changes.keyFor(record.target);
      if (key) {
        dirty.add(key);
        if (record.type === 'childList' && someNode(record, isRow)) structural = true;
      } else if (record.type === 'childList' && someNode(record, (node) => node instanceof Element && !isOwn(node))) {
        structural = true;
      }
    }
    this.changes.mutated(dirty, structural);
  }

  private handleInput(event: Event): void {
    if (this.changes.paused()) return;
    const target = event.composedPath()[0] ?? event.target; // inside a web component's shadow root
    if (!(target instanceof Element)) return;
    // A <select> fires both input and change for one pick: read once, on change.
    if (event.type === 'input' && target instanceof HTMLSelectElement) return;
    const key = this.changes.keyFor(target);
    if (key) this.changes.edited(key);
  }
}

/** The events a teacher's typing or picking in a field fires. */
const EDITS = ['input', 'change'];

/** Attributes that show or hide a part of the page. */
const SHOWS = ['hidden', 'open', 'style', 'class'];

const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['value', 'data-code', 'data-value', 'aria-checked', 'aria-selected', 'checked', 'selected', 'title', ...SHOWS],
};

/**
 * Whether any node the record added or removed passes `test`, read in place: a first render puts a
 * badge into each of a thousand rows, one record each, and copying every record's lists cost more
 * than the check.
 */
function someNode(record: MutationRecord, test: (node: Node) => boolean): boolean {
  for (const nodes of [record.addedNodes, record.removedNodes]) for (let i = 0; i < nodes.length; i++) if (test(nodes[i]!)) return true;
  return false;
}

function onlyOwnNodes(record: MutationRecord): boolean {
  return record.addedNodes.length + record.removedNodes.length > 0 && !someNode(record, (node) => !isOwn(node));
}

/** A row added or removed inside a student's elements (e.g. an event list grew). */
const isRow = (node: Node) => node instanceof Element && (node.tagName === 'TR' || node.getAttribute('role') === 'row');
