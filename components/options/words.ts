import { levelMessages } from '../../lib/i18n/messages/level';
import { optionsMessages } from '../../lib/i18n/messages/options';
import { policyMessages } from '../../lib/i18n/messages/policy';
import { popupMessages } from '../../lib/i18n/messages/popup';
import type { Translator } from '../../lib/i18n/translate';
import { storeMessages } from '../../lib/i18n/messages/store';
import { checkMessages } from '../../lib/i18n/messages/checks';
import { pageTranslation } from '../common/i18n';

/**
 * The options page's words: its own, the school owner's policy notices, the screen-share switch's
 * (the same words as in the popup), the note store's problems and the level names.
 */
export const OPTIONS_WORDS = { ...levelMessages, ...optionsMessages, ...policyMessages, ...popupMessages, ...storeMessages, ...checkMessages };
export type OptionsKey = keyof typeof OPTIONS_WORDS;
export type OptionsTranslator = Translator<OptionsKey>;

export const { TranslatorProvider, useT } = pageTranslation(OPTIONS_WORDS);
