import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ALL_MESSAGES } from '../../lib/i18n/catalogue';
import { translatorFor, type Translator, type UiLanguage } from '../../lib/i18n/translate';

/** The UI language of the extension's own pages, chosen once at the top of each page. */
const TranslatorContext = createContext<Translator>(translatorFor(ALL_MESSAGES, 'nb'));

export function TranslatorProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const t = useMemo(() => translatorFor(ALL_MESSAGES, language), [language]);
  return <TranslatorContext value={t}>{children}</TranslatorContext>;
}

export function useT(): Translator {
  return useContext(TranslatorContext);
}
