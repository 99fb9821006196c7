import type { Level } from '../../lib/model';
import type { WeekPoint } from '../../lib/patterns/types';
import { sparklineGeometry } from '../../lib/patterns/sparkline';
import { LEVEL_LOOK } from './level-style';
import { formatNumber } from '../../lib/i18n/format';
import type { OverlayTranslator } from './words';
import { onTrusted } from '../../lib/overlay/trusted-event.dom';
import { attachClosedRoot, createShadowHost } from './shadow-host.dom';

/**
 * The badge beside a student's name: a host element that stays in the page DOM with
 * data-level and data-student (a documented contract), and everything visible inside its shadow
 * root, so the portal's styles cannot break it and it cannot break the portal's.
 *
 * The shadow root is closed and its reference stays in the content script: the badge can show a
 * step that is overdue by the teacher's private case record, and the page's scripts must not be
 * able to read that (docs/SECURITY.md). Only a trusted click opens it.
 *
 * Plain DOM rather than React: a class page has 30 of these and a school overview 1 000, and the
 * content script must stay small and fast (see docs/DECISIONS.md).
 */
export const BADGE_TAG = 'naervaer-badge';

const SPARK_WIDTH = 56;
const SPARK_HEIGHT = 16;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface BadgeView {
  level: Level;
  /** The main reason, used as accessible name and tooltip. */
  reason: string;
  series: WeekPoint[] | null;
  /** An overdue step, e.g. "Evaluering av samarbeidsavtale: frist passert" (badge shows it short). */
  overdue: string | null;
  /** "16.11–20.11" when the page shows less than the term so far: the sparkline's label says so. */
  period?: string;
  /** "På vei": the forecast line for a rule expected to fire within three school weeks (the level stays). */
  onCourse: string | null;
}

export interface BadgeHandle {
  host: HTMLElement;
  /** The badge's button (made now if its inside was deferred). */
  readonly button: HTMLButtonElement;
  /**
   * Shows `view` in the words of `t`: the page's translator at the time, so that a badge made
   * before the teacher changed the language speaks the new one at its next update.
   */
  update(view: BadgeView, t: OverlayTranslator): void;
  /** Makes the inside of a badge created with `deferInside`, showing its last update; else nothing. */
  reveal(): void;
}

// `data-far`: a very long list's badge whose row is far from the viewport (controller/far-badges.dom.ts).
// (Comments stay out of the sheet's text: the content script carries every byte of it.)
const BADGE_CSS = `
:host { all: initial; display: inline-flex; align-items: center; gap: 4px; margin-inline-start: 6px; vertical-align: middle; font: 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
:host([hidden]), :host([data-far]) { display: none !important; }
button { all: unset; position: relative; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; padding: 1px 6px 1px 4px; border: 1px solid; border-radius: 9px; cursor: pointer; font: inherit; font-weight: 600; white-space: nowrap; }
button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
svg.icon { width: 14px; height: 14px; flex: none; }
svg.icon path { fill: currentColor; }
.overdue { position: absolute; inset-block-start: 1px; inset-inline-end: 1px; width: 5px; height: 5px; border-radius: 50%; background: #991b1b; box-shadow: 0 0 0 1px #fff; }
.on-course { padding: 0 5px; border: 1px dashed #475569; border-radius: 9px; color: #1e293b; background: #fff; font-weight: 600; white-space: nowrap; }
.overdue[hidden], svg.spark[hidden], .on-course[hidden] { display: none; }
svg.spark { width: ${SPARK_WIDTH}px; height: ${SPARK_HEIGHT}px; flex: none; overflow: visible; }
svg.spark path { fill: none; stroke: #334155; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
svg.spark line { stroke: #cbd5e1; }
`;

/**
 * Each level's colours and icon, as rules for the button's class: a badge's first paint (and a
 * change of level) sets one class instead of three inline colours and the icon's two attributes, a
 * thousand times over in a school overview. The class is the overlay's own, inside the closed
 * root, not the host's data-level, which the page can rewrite.
 */
const LEVELS_CSS = Object.entries(LEVEL_LOOK)
  .map(([level, look]) => `button.${level}{color:${look.foreground};background:${look.background};border-color:${look.border}}.${level} path{d:path("${look.iconPath}")}`)
  .join('');

/**
 * One constructed style sheet shared by every badge of a document: a thousand badges then share
 * one parsed sheet instead of each parsing and matching its own <style>. `null` where the content
 * script cannot adopt a constructed sheet into a shadow root (Firefox's content scripts reach the
 * page's DOM through Xray wrappers, and adopting a sheet made there fails): badges then carry
 * their own <style>, as before.
 */
const sharedSheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedBadgeSheet(doc: Document): CSSStyleSheet | null {
  if (sharedSheets.has(doc)) return sharedSheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const view = doc.defaultView;
    if (view && typeof view.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in view.ShadowRoot.prototype) {
      const made = new view.CSSStyleSheet();
      made.replaceSync(BADGE_CSS + LEVELS_CSS);
      // Try it once on a root of our own: some content-script worlds accept the assignment but
      // keep nothing, or throw.
      const probe = createShadowHost(doc, BADGE_TAG).root;
      probe.adoptedStyleSheets = [made];
      if (probe.adoptedStyleSheets.length === 1 && probe.adoptedStyleSheets[0] === made) sheet = made;
    }
  } catch {
    sheet = null;
  }
  sharedSheets.set(doc, sheet);
  return sheet;
}

/**
 * The badge's parts, made once per document and cloned per badge. Only the button is in every
 * badge; the overdue mark, the on-course mark and the sparkline are cloned in when a badge first
 * shows one: most badges of a school overview show none of them, and each element a badge does
 * not carry is one less to clone, style and lay out, a thousand times over.
 */
interface BadgeTemplate {
  /** [<style>,] the button: icon and label. */
  inside: DocumentFragment;
  overdue: HTMLSpanElement;
  onCourse: HTMLSpanElement;
  spark: SVGSVGElement;
}

const templates = new WeakMap<Document, BadgeTemplate>();

function badgeTemplate(doc: Document, withStyle: boolean): BadgeTemplate {
  const cached = templates.get(doc);
  if (cached) return cached;
  const inside = doc.createDocumentFragment();
  if (withStyle) {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS + LEVELS_CSS;
    inside.append(style);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const icon = doc.createElementNS(SVG_NS, 'svg');
  icon.setAttribute('class', 'icon');
  icon.setAttribute('viewBox', '0 0 16 16');
  icon.setAttribute('aria-hidden', 'true');
  icon.append(doc.createElementNS(SVG_NS, 'path'));
  button.append(icon, doc.createElement('span'));
  inside.append(button);
  // The overdue mark comes from the private case record. It is absolutely positioned inside the
  // button's padding, so showing it never changes the host's size: a page script that measures the
  // badge learns nothing from it.
  const overdue = doc.createElement('span');
  overdue.className = 'overdue';
  const spark = doc.createElementNS(SVG_NS, 'svg');
  spark.setAttribute('class', 'spark');
  spark.setAttribute('viewBox', `0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`);
  spark.setAttribute('role', 'img');
  const baseline = doc.createElementNS(SVG_NS, 'line');
  baseline.setAttribute('x1', '0');
  baseline.setAttribute('x2', String(SPARK_WIDTH));
  baseline.setAttribute('y1', String(SPARK_HEIGHT - 0.5));
  baseline.setAttribute('y2', String(SPARK_HEIGHT - 0.5));
  spark.append(baseline, doc.createElementNS(SVG_NS, 'path'));
  // Beside the badge, not part of its level; its words are in the button's accessible name.
  const onCourse = doc.createElement('span');
  onCourse.className = 'on-course';
  onCourse.setAttribute('aria-hidden', 'true');
  const template = { inside, overdue, onCourse, spark };
  templates.set(doc, template);
  return template;
}

export interface BadgeOptions {
  /**
   * Leave the badge's inside unmade until `reveal()`: the host and its data-level are there,
   * nothing else, not even the shadow root (attached, closed, at `reveal()`). For the badges of a
   * very long list that wait undisplayed (controller/far-badges.dom.ts): 20 000 badges' insides
   * would more than double such a page's DOM, and the browser's garbage and cycle collectors walk
   * all of it, holding the page meanwhile; in Firefox 20 000 shadow roots alone made one cycle
   * collection of about 21 000 suspected objects with a 135 ms pause.
   */
  deferInside?: boolean;
}

export function createBadge(
  doc: Document,
  studentKey: string,
  onActivate: (handle: BadgeHandle) => void,
  options: BadgeOptions = {},
): BadgeHandle {
  // A deferred badge gets its shadow root with its inside: until then it is a bare element, one
  // DOM node instead of two, with no style sheet to adopt (see BadgeOptions.deferInside).
  let root: ShadowRoot | null = null;
  let element: HTMLElement;
  if (options.deferInside) element = doc.createElement(BADGE_TAG);
  else ({ host: element, root } = createShadowHost(doc, BADGE_TAG));
  element.setAttribute('data-student', studentKey);
  // Until its first update: a badge not evaluated yet has checked nothing, so it is never 'ok'.
  element.setAttribute('data-level', 'unknown');
  let inside: BadgeInside | null = null;
  let last: { view: BadgeView; t: OverlayTranslator } | null = null;
  const made = (): BadgeInside => {
    if (!inside) {
      // Attached to the host created above: the tag's element, with its attributes, stays the same.
      root ??= attachClosedRoot(element);
      const sheet = sharedBadgeSheet(doc);
      if (sheet) root.adoptedStyleSheets = [sheet];
      inside = makeInside(doc, root, sheet === null, () => onActivate(handle));
      if (last) paint(inside, last.view, last.t);
    }
    return inside;
  };

  const handle: BadgeHandle = {
    host: element,
    get button() {
      return made().button;
    },
    update(view, t) {
      // Most edits leave the level as it was: writing it again would still be a mutation in the page.
      if (element.dataset.level !== view.level) element.dataset.level = view.level;
      last = { view, t };
      if (inside) paint(inside, view, t);
    },
    reveal() {
      made();
    },
  };
  if (!options.deferInside) made();
  return handle;
}

interface BadgeInside {
  template: BadgeTemplate;
  button: HTMLButtonElement;
  text: HTMLSpanElement;
  /** The parts a badge gets when it first shows them (BadgeTemplate): null until then. */
  overdue: HTMLSpanElement | null;
  spark: SVGSVGElement | null;
  onCourse: HTMLSpanElement | null;
  /** What the inside shows now, so that an update writes only what changed. */
  shown: ShownParts | null;
}

/**
 * What a painted badge shows, as written into its DOM. A teacher's edit mostly leaves the level,
 * the words and often the sparkline as they were; writing them again would still be DOM work
 * (style changes, attribute mutations) on every edit.
 */
interface ShownParts {
  /** The level and the language its label is in. */
  look: string;
  /** The accessible name, with whether the overdue and "på vei" marks show. */
  words: string;
  /** The period and weekly values the sparkline was drawn from; '' for no sparkline. */
  series: string;
}

function makeInside(doc: Document, root: ShadowRoot, withStyle: boolean, activate: () => void): BadgeInside {
  // One template per document, cloned per badge: a school overview has a thousand of them. Its
  // parts are taken by position in the clone ([style], button: icon, label) rather than looked
  // for with selectors.
  const template = badgeTemplate(doc, withStyle);
  const clone = template.inside.cloneNode(true) as DocumentFragment;
  const button = clone.lastChild as HTMLButtonElement;
  const icon = button.firstChild as SVGSVGElement;
  root.append(clone);
  onTrusted(button, 'click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    activate();
  });
  return {
    template,
    button,
    text: icon.nextSibling as HTMLSpanElement,
    overdue: null,
    spark: null,
    onCourse: null,
    shown: null,
  };
}

type OptionalPart = 'overdue' | 'onCourse' | 'spark';

/**
 * The badge's `name` part, cloned in the first time it is shown, in its place: the inside's order
 * is button (with the overdue mark in it), on-course mark, sparkline.
 */
function part<Name extends OptionalPart>(inside: BadgeInside, name: Name): NonNullable<BadgeInside[Name]> {
  if (!inside[name]) {
    const made = (inside[name] = inside.template[name].cloneNode(true) as BadgeInside[Name] & Element);
    if (name === 'overdue') inside.button.append(made);
    else if (name === 'onCourse') inside.button.after(made);
    else inside.button.parentNode!.append(made);
  }
  return inside[name]!;
}

function paint(inside: BadgeInside, view: BadgeView, t: OverlayTranslator): void {
  const { button, text } = inside;
  const was = inside.shown;
  const look = LEVEL_LOOK[view.level];
  const label = t(look.labelKey);
  const shownLook = `${t.language} ${view.level}`;
  if (was?.look !== shownLook) {
    button.className = view.level;
    text.textContent = label;
  }
  const name = [label, view.overdue, view.reason, view.onCourse ? t('onCourseName', view.onCourse) : null].filter(Boolean).join(' – ');
  const words = `${t.language} ${!view.overdue}${!view.onCourse}${name}`;
  if (was?.words !== words) {
    // A mark the badge never showed is not there to hide.
    if (view.overdue || inside.overdue) part(inside, 'overdue').hidden = !view.overdue;
    if (view.onCourse || inside.onCourse) {
      const onCourse = part(inside, 'onCourse');
      onCourse.textContent = view.onCourse ? t('onCourseMark') : '';
      onCourse.hidden = !view.onCourse;
    }
    button.setAttribute('aria-label', name);
    button.title = name;
  }
  const series = view.series?.length ? view.series : null;
  const drawn = series ? `${t.language} ${view.period}:${series.map((point) => point.dayEquivalents)}` : '';
  if (was?.series !== drawn) {
    if (series) {
      const spark = part(inside, 'spark');
      const values = series.map((point) => formatNumber(t.language, point.dayEquivalents)).join(', ');
      (spark.lastChild as SVGPathElement).setAttribute('d', sparklineGeometry(series, SPARK_WIDTH, SPARK_HEIGHT).path);
      spark.setAttribute('aria-label', view.period ? t('sparklineLabelPeriod', view.period, values) : t('sparklineLabel', values));
      spark.removeAttribute('hidden');
    } else if (inside.spark) {
      inside.spark.setAttribute('hidden', '');
      (inside.spark.lastChild as SVGPathElement).setAttribute('d', '');
    }
  }
  inside.shown = { look: shownLook, words, series: drawn };
}
