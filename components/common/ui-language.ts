import browser from 'webextension-polyfill';
import { resolveLanguage, type UiLanguage } from '../../lib/i18n/translate';
import type { Language } from '../../lib/store/settings';

/** The language an extension page speaks: the teacher's choice, or the browser's for "auto". */
export function uiLanguageFor(setting: Language): UiLanguage {
  return resolveLanguage(setting, browser.i18n.getUILanguage());
}

/** Screen readers pick their voice from <html lang>, so it follows the UI language. */
export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
}
