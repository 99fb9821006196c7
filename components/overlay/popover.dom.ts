import type { Assessment } from '../../lib/model';
import type { Patterns } from '../../lib/patterns/types';
import { heatmapShade } from '../../lib/patterns/sparkline';
import type { OverlayTranslator } from './words';
import { popoverTranslator, type PopoverTranslator } from './popover-words';
import { LEVEL_LOOK } from './level-style';
import { formatDate, formatDateRange } from '../../lib/i18n/format';
import { isTrustedEvent, onTrusted } from '../../lib/overlay/trusted-event.dom';
import { createShadowHost } from './shadow-host.dom';
import { assessmentNoteWords, conditionWords, deadlineFromWords, deadlineRuleWords, triggerDetailWords } from './assessment-words';
import { noteKey } from '../../lib/model/trigger-detail';
import { patternFindingWords } from './pattern-words';
import { readerNoteLines } from './reader-note-words';
import type { PageNote } from '../../lib/portals/read-problem';
import { forecastBasisLine, forecastLine, forecastUncertaintyWords } from '../../lib/forecast/wording';

/**
 * The popover a badge opens: the guideline's next step in its own words, who is responsible, by
 * when, and why (every trigger that fired, with its numbers and source). Public, derived data only;
 * the teacher's notes open in the extension's own page ("Notater og skjema").
 *
 * The next step and the overdue list can depend on the teacher's private case record, so the shadow
 * root is closed (its reference stays in the content script), only trusted events act, and the
 * panel has a fixed size: a page script can neither read it, nor drive it, nor measure what it shows.
 */
export const POPOVER_TAG = 'naervaer-popover';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PopoverContent {
  studentName: string;
  /** The student's row key on the page: the reader's notes about this row carry it. */
  rowKey: string;
  assessment: Assessment;
  patterns: Patterns;
  profileName: string;
  /** Offer "Eksporter kartleggingsskjema" (the guideline's trigger for it has fired). */
  offerMappingForm: boolean;
  /** What the page's reader noticed and read around (the popover shows the page's and this student's). */
  readerNotes: readonly PageNote[];
}

export interface PopoverActions {
  openStudentPage(): void;
  exportMappingForm(): void;
}

const POPOVER_CSS = `
:host { all: initial; position: absolute; z-index: 2147483646; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; }
:host([hidden]) { display: none !important; }
.panel { box-sizing: border-box; width: min(420px, calc(100vw - 16px)); height: min(70vh, 640px); overflow: auto; background: #fff; border: 1px solid #94a3b8; border-radius: 8px; box-shadow: 0 8px 24px rgba(15, 23, 42, .25); padding: 12px 14px; }
header { display: flex; align-items: flex-start; gap: 8px; }
h2 { font-size: 16px; margin: 0; flex: 1; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: #334155; margin: 12px 0 4px; }
.level { display: inline-flex; align-items: center; gap: 4px; border: 1px solid; border-radius: 9px; padding: 0 6px; font-size: 12px; font-weight: 600; }
.level svg { width: 14px; height: 14px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #1e3a8a; background: #1e40af; color: #fff; padding: 6px 10px; }
button.secondary { background: #fff; color: #1e3a8a; }
button.close { background: transparent; color: #0f172a; border: 1px solid transparent; padding: 0 6px; font-size: 20px; line-height: 1; }
button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.step-title { font-weight: 700; margin: 0; }
blockquote { margin: 4px 0; padding: 4px 8px; border-inline-start: 3px solid #64748b; background: #f8fafc; font-style: italic; }
.meta { margin: 2px 0; }
.overdue { color: #991b1b; font-weight: 700; }
.source { font-size: 12px; color: #475569; margin: 2px 0 0; }
ul { margin: 0; padding-inline-start: 18px; }
li { margin: 4px 0; }
.unknown { font-size: 12px; color: #475569; }
.period { font-size: 12px; margin: 4px 0 0; padding: 2px 6px; background: #f1f5f9; border-radius: 4px; }
.own-default { font-size: 12px; border-inline-start: 3px solid #64748b; padding-inline-start: 6px; color: #334155; }
table { border-collapse: collapse; font-size: 12px; margin-top: 4px; }
th, td { border: 1px solid #cbd5e1; padding: 2px 5px; text-align: center; min-width: 18px; }
td.green { background: #dcfce7; }
td.yellow { background: #fef08a; }
td.red { background: #fecaca; font-weight: 700; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
`;

export interface PopoverHandle {
  host: HTMLElement;
  /** Shows `content` beside `anchor`, worded in the language of `words` (the page's at the time of this opening). */
  show(anchor: HTMLElement, content: PopoverContent, actions: PopoverActions, returnFocus: HTMLElement, words: OverlayTranslator): void;
  hide(): void;
  isOpen(): boolean;
}

/**
 * Made once per page and kept; the teacher may change the language between two openings, so it
 * takes its words at each opening, as the badge and the indicator do.
 */
export function createPopover(doc: Document): PopoverHandle {
  const { host, root } = createShadowHost(doc, POPOVER_TAG, { css: POPOVER_CSS, hidden: true });
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-labelledby', 'nr-title');
  panel.tabIndex = -1;
  root.append(panel);
  let returnTo: HTMLElement | null = null;

  const hide = () => {
    if (host.hidden) return;
    host.hidden = true;
    returnTo?.setAttribute('aria-expanded', 'false');
    returnTo?.focus();
    returnTo = null;
  };

  panel.addEventListener('keydown', (event) => {
    if (!isTrustedEvent(event)) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      hide();
    } else if (event.key === 'Tab') {
      // Keep Tab inside the popover while it is open; Esc leaves it.
      const focusables = [...panel.querySelectorAll<HTMLElement>('button')];
      if (focusables.length === 0) return;
      const first = focusables[0]!;
      const last = focusables[focusables.length - 1]!;
      const active = root.activeElement;
      if (event.shiftKey && active === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });

  return {
    host,
    isOpen: () => !host.hidden,
    hide,
    show(anchor, content, actions, returnFocus, words) {
      if (!host.isConnected) doc.body.append(host);
      returnTo?.setAttribute('aria-expanded', 'false');
      returnTo = returnFocus;
      returnTo.setAttribute('aria-expanded', 'true');
      panel.replaceChildren(...renderContent(doc, content, actions, popoverTranslator(words), hide));
      host.hidden = false;
      position(host, anchor, doc);
      panel.querySelector<HTMLElement>('button.close')?.focus();
    },
  };
}

function position(host: HTMLElement, anchor: HTMLElement, doc: Document): void {
  const view = doc.defaultView;
  const rect = anchor.getBoundingClientRect();
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  const width = Math.min(420, (view?.innerWidth ?? 800) - 16);
  const left = Math.max(8, Math.min(rect.left, (view?.innerWidth ?? 800) - width - 8));
  host.style.left = `${left + scrollX}px`;
  host.style.top = `${rect.bottom + scrollY + 6}px`;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderContent(doc: Document, content: PopoverContent, actions: PopoverActions, t: PopoverTranslator, close: () => void): Node[] {
  const { assessment, patterns } = content;
  const look = LEVEL_LOOK[assessment.level];
  const nodes: Node[] = [];

  const header = el(doc, 'header');
  const title = el(doc, 'h2', content.studentName);
  title.id = 'nr-title';
  const level = el(doc, 'span', undefined, 'level');
  level.style.color = look.foreground;
  level.style.background = look.background;
  level.style.borderColor = look.border;
  // Built node by node, like the badge's icon: no HTML string is ever parsed into the portal's page.
  const icon = doc.createElementNS(SVG_NS, 'svg');
  icon.setAttribute('viewBox', '0 0 16 16');
  icon.setAttribute('aria-hidden', 'true');
  const iconPath = doc.createElementNS(SVG_NS, 'path');
  iconPath.setAttribute('fill', 'currentColor');
  iconPath.setAttribute('d', look.iconPath);
  icon.append(iconPath);
  level.append(icon);
  level.append(doc.createTextNode(t(look.labelKey)));
  const closeButton = el(doc, 'button', '×', 'close');
  closeButton.type = 'button';
  closeButton.setAttribute('aria-label', t('popoverClose'));
  onTrusted(closeButton, 'click', close);
  header.append(title, level, closeButton);
  nodes.push(header);
  nodes.push(el(doc, 'p', t('popoverProfile', content.profileName), 'source'));
  // A register or list showing less than the term: every figure below is about that window only.
  const shown = patterns.shownWindow;
  if (shown) nodes.push(el(doc, 'p', t('popoverPeriod', formatDateRange(t.language, shown.from, shown.to), String(shown.schoolDays)), 'period'));

  nodes.push(el(doc, 'h3', t('popoverNextStep')));
  const step = assessment.nextStep;
  if (step) {
    nodes.push(el(doc, 'p', step.title, 'step-title'));
    const quote = el(doc, 'blockquote', step.quote);
    quote.lang = 'nb';
    nodes.push(quote);
    nodes.push(el(doc, 'p', t('popoverResponsible', step.responsible), 'meta'));
    const deadline = el(doc, 'p', undefined, step.overdue ? 'meta overdue' : 'meta');
    // One sentence: the source's words, the date, and what it counts from where that is not plain.
    const when = step.deadline ? `${formatDate(t.language, step.deadline)}${step.deadlineFrom ? ` (${deadlineFromWords(t, step.deadlineFrom)})` : ''}` : '';
    deadline.textContent = step.deadline
      ? t(step.overdue ? 'popoverDeadlineOverdue' : 'popoverDeadline', deadlineRuleWords(t, step.deadlineRule), when)
      : t('popoverNoDeadline');
    nodes.push(deadline);
    if (step.condition) nodes.push(el(doc, 'p', t('popoverConditional', conditionWords(t, step.condition)), 'meta condition'));
    nodes.push(el(doc, 'p', t('popoverSource', `${step.source.publisher}: ${step.source.document}`, step.source.section), 'source'));
  } else {
    const none = assessment.level === 'ok' ? 'popoverNoStepOk' : assessment.level === 'unknown' ? 'popoverNoStepUndecided' : 'popoverNoStepClosed';
    nodes.push(el(doc, 'p', t(none)));
  }

  if (assessment.overdue.length > 0) {
    nodes.push(el(doc, 'h3', t('popoverOverdue')));
    const list = el(doc, 'ul');
    for (const item of assessment.overdue) list.append(el(doc, 'li', `${item.title} (${formatDate(t.language, item.deadline)})`, 'overdue'));
    nodes.push(list);
  }

  nodes.push(el(doc, 'h3', t('popoverWhy')));
  if (assessment.fired.length === 0) {
    nodes.push(el(doc, 'p', t('popoverNothingFired')));
  } else {
    const list = el(doc, 'ul');
    for (const fired of assessment.fired) {
      const item = el(doc, 'li');
      item.append(el(doc, 'strong', triggerDetailWords(t, fired.detail)));
      const quote = el(doc, 'blockquote', fired.quote);
      quote.lang = 'nb';
      item.append(quote, el(doc, 'p', t('popoverSource', `${fired.source.publisher}: ${fired.source.document}`, fired.source.section), 'source'));
      // Ours, not the guideline's: said apart from the quote box, never inside it.
      if (fired.ownDefault) item.append(el(doc, 'p', t('popoverOwnDefault', fired.ownDefault.why), 'own-default'));
      list.append(item);
    }
    nodes.push(list);
  }
  if (assessment.undecided.length > 0) {
    nodes.push(el(doc, 'h3', t('popoverUndecided')));
    const list = el(doc, 'ul', undefined, 'undecided');
    for (const item of assessment.undecided) list.append(el(doc, 'li', assessmentNoteWords(t, item.reason)));
    nodes.push(list);
  }
  const reasons = new Set(assessment.undecided.map((u) => noteKey(u.reason)));
  const caveats = assessment.unknown.filter((u) => !reasons.has(noteKey(u)));
  if (caveats.length > 0) {
    const list = el(doc, 'ul', undefined, 'unknown');
    for (const unknown of caveats) list.append(el(doc, 'li', assessmentNoteWords(t, unknown)));
    nodes.push(list);
  }

  // Where the figures above come from: what the reader could not read in this student's row, or on the page.
  const readerNotes = readerNoteLines(t.language, content.readerNotes, { row: content.rowKey, name: content.studentName });
  if (readerNotes.length > 0) {
    nodes.push(el(doc, 'h3', t('popoverReaderNotes')));
    const list = el(doc, 'ul', undefined, 'reader-notes');
    for (const line of readerNotes) list.append(el(doc, 'li', line));
    nodes.push(list);
  }

  nodes.push(...renderForecast(doc, assessment, t));

  if (patterns.findings.length > 0) {
    nodes.push(el(doc, 'h3', t('popoverPatterns')));
    const list = el(doc, 'ul');
    for (const finding of patterns.findings) list.append(el(doc, 'li', patternFindingWords(t, finding)));
    nodes.push(list);
  }

  if (patterns.heatmap) nodes.push(...renderHeatmap(doc, patterns.heatmap, t, patterns.shownWindow));

  const buttons = el(doc, 'div', undefined, 'actions');
  const notes = el(doc, 'button', t('popoverOpenNotes'));
  notes.type = 'button';
  onTrusted(notes, 'click', () => actions.openStudentPage());
  buttons.append(notes);
  if (content.offerMappingForm) {
    const exportButton = el(doc, 'button', t('popoverExportMapping'), 'secondary');
    exportButton.type = 'button';
    onTrusted(exportButton, 'click', () => actions.exportMappingForm());
    buttons.append(exportButton);
  }
  nodes.push(buttons);
  return nodes;
}

/** "Hvis tempoet holder": when each rule not yet passed is expected to be, and what that rests on. */
function renderForecast(doc: Document, assessment: Assessment, t: PopoverTranslator): Node[] {
  const nodes: Node[] = [el(doc, 'h3', t('forecastTitle'))];
  if (assessment.forecast.length === 0) {
    nodes.push(el(doc, 'p', t('forecastNone'), 'unknown'));
    return nodes;
  }
  const list = el(doc, 'ul', undefined, 'forecast');
  for (const forecast of assessment.forecast) {
    const item = el(doc, 'li');
    item.append(el(doc, 'strong', forecastLine(forecast, t)));
    const care = forecastUncertaintyWords(forecast, t);
    item.append(el(doc, 'p', [forecastBasisLine(forecast, t), ...care].join('; '), 'source'));
    list.append(item);
  }
  nodes.push(list, el(doc, 'p', t('forecastOurs'), 'source'));
  return nodes;
}

const WEEKDAY_KEYS = ['weekdayMon', 'weekdayTue', 'weekdayWed', 'weekdayThu', 'weekdayFri'] as const;

function renderHeatmap(doc: Document, heatmap: NonNullable<Patterns['heatmap']>, t: PopoverTranslator, shown: Patterns['shownWindow']): Node[] {
  const heading = el(doc, 'h3', t('popoverHeatmap'));
  const table = el(doc, 'table');
  const caption = el(
    doc,
    'caption',
    shown ? t('popoverHeatmapCaptionPeriod', formatDateRange(t.language, shown.from, shown.to)) : t('popoverHeatmapCaption'),
  );
  caption.style.captionSide = 'bottom';
  caption.style.fontSize = '11px';
  table.append(caption);
  const head = el(doc, 'tr');
  head.append(el(doc, 'th', ''));
  for (let lesson = 1; lesson <= heatmap.lessonsPerDay; lesson++) {
    const th = el(doc, 'th', String(lesson));
    th.scope = 'col';
    head.append(th);
  }
  table.append(head);
  heatmap.counts.forEach((row, weekdayIndex) => {
    const tr = el(doc, 'tr');
    const th = el(doc, 'th', t(WEEKDAY_KEYS[weekdayIndex] ?? 'weekdayMon'));
    th.scope = 'row';
    tr.append(th);
    for (const count of row) tr.append(el(doc, 'td', String(count), heatmapShade(count, heatmap.max)));
    table.append(tr);
  });
  return [heading, table];
}
