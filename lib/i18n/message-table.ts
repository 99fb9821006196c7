/**
 * UI words, one table per area of the extension, every key in all three languages side by side
 * (so a missing translation is visible in review and caught by a test). The build writes them
 * into the browser's _locales/<lang>/messages.json (see wxt.config.ts), so the manifest and
 * browser.i18n see the same words; the UI itself uses translate() so that the teacher can choose
 * the language in options regardless of the browser's language.
 */
export interface Translations {
  nb: string;
  nn: string;
  en: string;
}

export type MessageTable = Record<string, Translations>;
