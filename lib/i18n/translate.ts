import { ALL_MESSAGES, type MessageKey } from './catalogue';
import type { MessageTable } from './message-table';

/**
 * The UI's words in the teacher's chosen language. Guideline quotes are not translated: they stay
 * in their source's words.
 */
export type UiLanguage = 'nb' | 'nn' | 'en';
export type { MessageKey };

export function translate(language: UiLanguage, key: MessageKey, ...substitutions: Array<string | number>): string {
  const entry = (ALL_MESSAGES as MessageTable)[key];
  const template = entry ? entry[language] || entry.nb : key;
  return template.replace(/\$(\d)/g, (_, index: string) => String(substitutions[Number(index) - 1] ?? ''));
}

/** "auto" follows the browser's UI language: nynorsk for nn, bokmål for nb/no, English otherwise. */
export function resolveLanguage(setting: 'auto' | UiLanguage, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  const lang = browserLanguage.toLowerCase();
  if (lang.startsWith('nn')) return 'nn';
  if (lang.startsWith('nb') || lang.startsWith('no')) return 'nb';
  return 'en';
}

/** A translate function bound to one language. */
export type Translator = (key: MessageKey, ...substitutions: Array<string | number>) => string;

export function translatorFor(language: UiLanguage): Translator {
  return (key, ...subs) => translate(language, key, ...subs);
}
