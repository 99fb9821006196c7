import type { TaughtMapping } from '../../../lib/portals/adapter';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { mappingFromClicks } from '../../../lib/portals/teach-mapping';
import { isTrustedEvent } from '../../../lib/overlay/trusted-event.dom';
import type { OverlayTranslator } from '../words';
import { teachProblemWords } from '../../common/page-problem-words';
import { pageReadingMessages } from '../../../lib/i18n/messages/page-reading';
import { teachMessages } from '../../../lib/i18n/messages/teach';
import { translatorFor } from '../../../lib/i18n/translate';
import { BADGE_TAG } from '../badge.dom';
import { createTeachBanner } from '../teach-banner.dom';
import type { Guard } from './environment';
import { isOwn } from './own-elements.dom';

export interface TeachModeEnd {
  /** Teach mode is over (taught or cancelled): the page's clicks are the page's again. */
  ended(): void;
  /** The teacher clicked a name cell and the absence cells, and the mapping reads the page. */
  taught(mapping: TaughtMapping): void;
}

/**
 * Teach mode on a page no adapter knows: the teacher clicks the name column once and the absence
 * column(s), the banner's "done" turns the clicks into a mapping for this site.
 */
export function runTeachMode(doc: Document, t: OverlayTranslator, guard: Guard, end: TeachModeEnd): void {
  let nameCell: Element | null = null;
  const absenceCells: Element[] = [];
  const marks: Array<{ element: HTMLElement; outline: string }> = [];
  const mark = (element: Element) => {
    if (element instanceof HTMLElement) {
      marks.push({ element, outline: element.style.outline });
      element.style.outline = '3px solid #1d4ed8';
    }
  };
  const finish = () => {
    doc.removeEventListener('click', onClick, true);
    for (const m of marks) m.element.style.outline = m.outline;
    banner.remove();
    end.ended();
  };
  const onClick = (event: MouseEvent) => {
    if (!isTrustedEvent(event)) return; // the page's scripts must not teach a mapping of their choosing
    const target = event.target;
    if (!(target instanceof Element) || target.closest(`${BADGE_TAG}, naervaer-teach`) || isOwn(target)) return;
    const cell = target.closest('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]');
    if (!cell) return;
    event.preventDefault();
    event.stopPropagation();
    if (!nameCell) {
      nameCell = cell;
      mark(cell);
      banner.setStep('absence');
    } else {
      absenceCells.push(cell);
      mark(cell);
    }
  };
  const banner = createTeachBanner(
    doc,
    // The banner's words: teach mode's own, carried by this script, not the content script.
    translatorFor(teachMessages, t.language),
    () =>
      guard.run('teachDone', () => {
        if (!nameCell) return;
        const mapping = mappingFromClicks(doc, nameCell, absenceCells);
        if (isCouldNotRead(mapping)) {
          // Why the clicks did not make a mapping: words this script carries, not the content script.
          const readingWords = translatorFor(pageReadingMessages, t.language);
          banner.setStep('error', mapping.missing.map((problem) => teachProblemWords(readingWords, problem)).join('; '));
          return;
        }
        finish();
        end.taught(mapping);
      }),
    () => finish(),
  );
  banner.setStep('name');
  doc.addEventListener('click', onClick, true);
}
