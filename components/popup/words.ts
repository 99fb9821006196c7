import { forecastMessages } from '../../lib/i18n/messages/forecast';
import { levelMessages } from '../../lib/i18n/messages/level';
import { pageReadingMessages } from '../../lib/i18n/messages/page-reading';
import { policyMessages } from '../../lib/i18n/messages/policy';
import { popupMessages } from '../../lib/i18n/messages/popup';
import { readingMessages } from '../../lib/i18n/messages/reading';
import type { Translator } from '../../lib/i18n/translate';
import { pageTranslation } from '../common/i18n';

/**
 * The popup's words: its own, the policy notices, the class glance's forecast, the level names,
 * why the page could not be read and what its reader noted.
 */
export const POPUP_WORDS = { ...levelMessages, ...popupMessages, ...policyMessages, ...forecastMessages, ...pageReadingMessages, ...readingMessages };
export type PopupKey = keyof typeof POPUP_WORDS;
export type PopupTranslator = Translator<PopupKey>;

export const { TranslatorProvider, useT } = pageTranslation(POPUP_WORDS);
