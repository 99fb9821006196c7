import browser from 'webextension-polyfill';
import { resolveLanguage, type UiLanguage } from '../../lib/i18n/translate';
import { DEFAULT_SETTINGS, type Language, type Settings } from '../../lib/store/settings';

/** The language an extension page speaks: the teacher's choice, or the browser's for "auto". */
export function uiLanguageFor(setting: Language): UiLanguage {
  return resolveLanguage(setting, () => browser.i18n.getUILanguage());
}

/**
 * The language of a page whose settings may still be loading. Until they arrive it is the default
 * setting's, not the browser's: for a teacher who never changed it, words shown or worded before
 * the settings load are then in the same language as the page after.
 */
export function pageLanguage(settings: Settings | undefined): UiLanguage {
  return uiLanguageFor((settings ?? DEFAULT_SETTINGS).language);
}

/** Screen readers pick their voice from <html lang>, so it follows the UI language. */
export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
}
