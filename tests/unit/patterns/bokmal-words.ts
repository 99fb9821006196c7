import { patternFindingWords } from '../../../components/overlay/pattern-words';
import { patternMessages } from '../../../lib/i18n/messages/patterns';
import { translatorFor } from '../../../lib/i18n/translate';
import type { PatternFinding } from '../../../lib/patterns';

const t = translatorFor(patternMessages, 'nb');

/** A finding as the popover and the student page show it in bokmål; undefined when there is none. */
export function nb(finding: PatternFinding | undefined): string | undefined {
  return finding && patternFindingWords(t, finding);
}
