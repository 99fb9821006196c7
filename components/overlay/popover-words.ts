import { patternMessages } from '../../lib/i18n/messages/patterns';
import { popoverMessages } from '../../lib/i18n/messages/popover';
import { translatorFor, type Translator } from '../../lib/i18n/translate';
import type { OverlayKey, OverlayTranslator } from './words';

const POPOVER_OWN_WORDS = { ...popoverMessages, ...patternMessages };
type PopoverOwnKey = keyof typeof POPOVER_OWN_WORDS;
export type PopoverTranslator = Translator<OverlayKey | PopoverOwnKey>;

const isPopoverOwn = (key: string): key is PopoverOwnKey => Object.hasOwn(POPOVER_OWN_WORDS, key);

/**
 * The popover's words: its own tables, the popover's and the pattern findings' (which only the
 * popover's script carries, loaded at the first badge click), and the overlay's, which the content
 * script hands it in the teacher's language.
 */
export function popoverTranslator(t: OverlayTranslator): PopoverTranslator {
  const own = translatorFor(POPOVER_OWN_WORDS, t.language);
  const words = (key: OverlayKey | PopoverOwnKey, ...substitutions: Array<string | number>) =>
    isPopoverOwn(key) ? own(key, ...substitutions) : t(key, ...substitutions);
  return Object.assign(words, { language: t.language });
}
