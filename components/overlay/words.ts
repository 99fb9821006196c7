import { assessmentMessages } from '../../lib/i18n/messages/assessment';
import { forecastMessages } from '../../lib/i18n/messages/forecast';
import { levelMessages } from '../../lib/i18n/messages/level';
import { overlayMessages } from '../../lib/i18n/messages/overlay';
import { translatorFor, type Translator, type UiLanguage } from '../../lib/i18n/translate';

/**
 * The only words the content script carries: the levels', the overlay's, the engine's findings and
 * the forecast's. The extension pages' tables stay out of it, and so do a single student's reasons
 * (the popup's), the popover's own words (popover-words.ts) and why a page could not be read
 * (indicator-words.ts, teach mode): the scripts of those parts carry them, loaded when needed. That
 * keeps the script the portal page loads small.
 */
export const OVERLAY_WORDS = { ...levelMessages, ...overlayMessages, ...assessmentMessages, ...forecastMessages };
export type OverlayKey = keyof typeof OVERLAY_WORDS;
export type OverlayTranslator = Translator<OverlayKey>;

export function overlayTranslator(language: UiLanguage): OverlayTranslator {
  return translatorFor(OVERLAY_WORDS, language);
}
