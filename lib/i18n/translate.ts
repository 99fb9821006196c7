import type { MessageKey } from './catalogue';
import type { Translations } from './message-table';

/**
 * The UI's words in the teacher's chosen language, from the tables a part of the extension carries:
 * the content script only the overlay's, each page its own (so no part bundles another's words).
 * Guideline quotes are not translated: they stay in their source's words.
 */
export type UiLanguage = 'nb' | 'nn' | 'en';
export type { MessageKey };

/** A translate function bound to one language and one set of tables; it knows its language for formats. */
export interface Translator<K extends string = MessageKey> {
  (key: K, ...substitutions: Array<string | number>): string;
  readonly language: UiLanguage;
}

export function translatorFor<K extends string>(table: Record<K, Translations>, language: UiLanguage): Translator<K> {
  const t = (key: K, ...substitutions: Array<string | number>): string => {
    const entry = table[key];
    const template = entry ? entry[language] || entry.nb : key;
    return template.replace(/\$(\d)/g, (_, index: string) => String(substitutions[Number(index) - 1] ?? ''));
  };
  return Object.assign(t, { language });
}

/**
 * "auto" follows the browser's UI language: nynorsk for nn, bokmål for nb/no, English otherwise.
 * The browser's language is asked for only then: in a content script the first call costs a few
 * milliseconds on every portal page, and most teachers keep the default, bokmål.
 */
export function resolveLanguage(setting: 'auto' | UiLanguage, browserLanguage: () => string): UiLanguage {
  if (setting !== 'auto') return setting;
  const lang = browserLanguage().toLowerCase();
  if (lang.startsWith('nn')) return 'nn';
  if (lang.startsWith('nb') || lang.startsWith('no')) return 'nb';
  return 'en';
}
