import type { UiLanguage } from '../../lib/i18n/translate';
import { indicatorTranslator, type IndicatorView } from './indicator-words';
import { onTrusted } from '../../lib/overlay/trusted-event.dom';
import { createShadowHost } from './shadow-host.dom';

/**
 * The one small, quiet sign that the extension could not read the page, or some students on it: a
 * pill in the corner that opens to say what was missing and why, with the anonymised snapshot and
 * teach mode at hand. The students' names in it are the page's own.
 * Closed root and trusted clicks only: a page script must not start downloads or teach mode.
 */
export const INDICATOR_TAG = 'naervaer-indicator';

const INDICATOR_CSS = `
:host { all: initial; position: fixed; inset-block-end: 12px; inset-inline-end: 12px; z-index: 2147483645; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; }
:host([hidden]) { display: none !important; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #334155; background: #fff; color: #0f172a; padding: 4px 8px; }
button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.pill { border-radius: 14px; background: #f1f5f9; }
.box { margin-top: 6px; width: 300px; background: #fff; border: 1px solid #94a3b8; border-radius: 8px; padding: 10px; box-shadow: 0 4px 16px rgba(15,23,42,.2); }
.box[hidden] { display: none; }
ul { margin: 4px 0 8px; padding-inline-start: 18px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
`;

export interface IndicatorActions {
  saveSnapshot(): void;
  startTeachMode(): void;
}

export interface IndicatorHandle {
  host: HTMLElement;
  /** Shows `view`; the indicator's own words (the box's title, its buttons) in `language`, the page's at the time. */
  show(view: IndicatorView, language: UiLanguage): void;
  hide(): void;
}

export function createIndicator(doc: Document, actions: IndicatorActions): IndicatorHandle {
  const { host, root } = createShadowHost(doc, INDICATOR_TAG, { css: INDICATOR_CSS, hidden: true });
  const pill = doc.createElement('button');
  pill.type = 'button';
  pill.className = 'pill';
  pill.setAttribute('aria-expanded', 'false');
  const box = doc.createElement('div');
  box.className = 'box';
  box.hidden = true;
  box.setAttribute('role', 'region');
  const intro = doc.createElement('p');
  const list = doc.createElement('ul');
  const rowsIntro = doc.createElement('p');
  const rowList = doc.createElement('ul');
  const buttons = doc.createElement('div');
  buttons.className = 'actions';
  const snapshot = doc.createElement('button');
  snapshot.type = 'button';
  onTrusted(snapshot, 'click', () => actions.saveSnapshot());
  const teach = doc.createElement('button');
  teach.type = 'button';
  onTrusted(teach, 'click', () => actions.startTeachMode());
  buttons.append(snapshot, teach);
  box.append(intro, list, rowsIntro, rowList, buttons);
  root.append(pill, box);
  const item = (text: string) => {
    const li = doc.createElement('li');
    li.textContent = text;
    return li;
  };
  onTrusted(pill, 'click', () => {
    box.hidden = !box.hidden;
    pill.setAttribute('aria-expanded', String(!box.hidden));
  });
  return {
    host,
    show(view, language) {
      const t = indicatorTranslator(language);
      box.setAttribute('aria-label', t('indicatorTitle'));
      intro.textContent = t('indicatorIntro');
      snapshot.textContent = t('indicatorSnapshot');
      teach.textContent = t('indicatorTeach');
      pill.textContent = view.pill;
      intro.hidden = list.hidden = view.pageLines.length === 0;
      list.replaceChildren(...view.pageLines.map(item));
      rowsIntro.hidden = rowList.hidden = view.rowsIntro === null;
      rowsIntro.textContent = view.rowsIntro ?? '';
      rowList.replaceChildren(...view.rowLines.map(item));
      if (!host.isConnected) doc.body.append(host);
      host.hidden = false;
    },
    hide() {
      host.hidden = true;
    },
  };
}
