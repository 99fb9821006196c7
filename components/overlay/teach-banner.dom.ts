import type { Translator } from '../../lib/i18n/translate';
import type { teachMessages } from '../../lib/i18n/messages/teach';
import { onTrusted } from '../../lib/overlay/trusted-event.dom';
import { createShadowHost } from './shadow-host.dom';

/**
 * Teach mode's banner: tells the teacher to click a student's name, then the absence column(s),
 * then "Ferdig". The clicks are interpreted by lib/portals/teach-mapping.ts. Closed root and
 * trusted clicks only: a page script must not be able to save a mapping of its choosing.
 */
export const TEACH_TAG = 'naervaer-teach';

const TEACH_CSS = `
:host { all: initial; position: fixed; inset-block-start: 0; inset-inline: 0; z-index: 2147483647; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.bar { display: flex; gap: 12px; align-items: center; background: #1e3a8a; color: #fff; padding: 8px 12px; }
.bar p { margin: 0; flex: 1; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #fff; background: #fff; color: #1e3a8a; padding: 4px 10px; }
button.ghost { background: transparent; color: #fff; }
button:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
`;

/** The banner's words: teach mode's own table, carried by teach mode's script. */
export type TeachTranslator = Translator<keyof typeof teachMessages>;

export interface TeachBannerHandle {
  host: HTMLElement;
  setStep(step: 'name' | 'absence' | 'error', detail?: string): void;
  remove(): void;
}

export function createTeachBanner(doc: Document, t: TeachTranslator, onDone: () => void, onCancel: () => void): TeachBannerHandle {
  const { host, root } = createShadowHost(doc, TEACH_TAG, { css: TEACH_CSS });
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  const text = doc.createElement('p');
  const done = doc.createElement('button');
  done.type = 'button';
  done.textContent = t('teachDone');
  done.disabled = true;
  onTrusted(done, 'click', onDone);
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.className = 'ghost';
  cancel.textContent = t('teachCancel');
  onTrusted(cancel, 'click', onCancel);
  bar.append(text, done, cancel);
  root.append(bar);
  doc.body.append(host);
  return {
    host,
    setStep(step, detail) {
      text.textContent =
        step === 'name' ? t('teachClickName') : step === 'absence' ? t('teachClickAbsence') : t('teachError', detail ?? '');
      done.disabled = step !== 'absence';
    },
    remove() {
      host.remove();
    },
  };
}
