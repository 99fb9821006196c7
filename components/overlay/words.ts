import { assessmentMessages } from '../../lib/i18n/messages/assessment';
import { forecastMessages } from '../../lib/i18n/messages/forecast';
import { levelMessages } from '../../lib/i18n/messages/level';
import { overlayMessages } from '../../lib/i18n/messages/overlay';
import { pageReadingMessages } from '../../lib/i18n/messages/page-reading';
import { translatorFor, type Translator, type UiLanguage } from '../../lib/i18n/translate';

/**
 * The only words the content script carries: the levels', the overlay's, the engine's findings,
 * the forecast's and why a page could not be read (its indicator and teach mode say it). The
 * extension pages' tables stay out of it, and so do a single student's reasons (the popup's) and
 * the popover's own words (popover-words.ts, in the popover's script), which keeps the script the
 * portal page loads small.
 */
export const OVERLAY_WORDS = { ...levelMessages, ...overlayMessages, ...assessmentMessages, ...forecastMessages, ...pageReadingMessages };
export type OverlayKey = keyof typeof OVERLAY_WORDS;
export type OverlayTranslator = Translator<OverlayKey>;

export function overlayTranslator(language: UiLanguage): OverlayTranslator {
  return translatorFor(OVERLAY_WORDS, language);
}
