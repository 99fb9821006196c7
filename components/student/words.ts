import { assessmentMessages } from '../../lib/i18n/messages/assessment';
import { forecastMessages } from '../../lib/i18n/messages/forecast';
import { levelMessages } from '../../lib/i18n/messages/level';
import { manifestMessages } from '../../lib/i18n/messages/manifest';
import { overlayMessages } from '../../lib/i18n/messages/overlay';
import { patternMessages } from '../../lib/i18n/messages/patterns';
import { studentMessages } from '../../lib/i18n/messages/student';
import type { Translator } from '../../lib/i18n/translate';
import { storeMessages } from '../../lib/i18n/messages/store';
import { checkMessages } from '../../lib/i18n/messages/checks';
import { pageTranslation } from '../common/i18n';

/**
 * The student page's words: its own, the overlay's and the engine's findings (the same reasons and
 * patterns the popover shows), the forecast's, the note store's problems, the extension's name and the level names.
 */
export const STUDENT_WORDS = { ...levelMessages, ...studentMessages, ...overlayMessages, ...patternMessages, ...assessmentMessages, ...forecastMessages, ...manifestMessages, ...storeMessages, ...checkMessages };
export type StudentKey = keyof typeof STUDENT_WORDS;
export type StudentTranslator = Translator<StudentKey>;

export const { TranslatorProvider, useT } = pageTranslation(STUDENT_WORDS);
