import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Translations } from '../../lib/i18n/message-table';
import { translatorFor, type Translator, type UiLanguage } from '../../lib/i18n/translate';
import type { LevelLabelKey } from '../overlay/level-style';

/**
 * The UI language of the extension's own pages, chosen once at the top of each page, with the
 * words that page carries. Each page names its own tables (components/<page>/words.ts), so the
 * options page does not load the student page's words, nor the other way round; a key outside a
 * page's tables is a type error in that page's components.
 *
 * The shared components (LevelTag) word only the level labels, which every page's words include.
 */
const TranslatorContext = createContext<Translator<string> | null>(null);

export interface PageTranslation<K extends string> {
  TranslatorProvider: (props: { language: UiLanguage; children: ReactNode }) => ReactNode;
  useT: () => Translator<K>;
}

export function pageTranslation<K extends string>(words: Record<K | LevelLabelKey, Translations>): PageTranslation<K | LevelLabelKey> {
  const fallback = translatorFor(words, 'nb');
  function TranslatorProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
    const t = useMemo(() => translatorFor(words, language), [language]);
    return <TranslatorContext value={t as Translator<string>}>{children}</TranslatorContext>;
  }
  // The context holds this page's translator: the provider above is the only one the page mounts.
  const useT = (): Translator<K | LevelLabelKey> => (useContext(TranslatorContext) as Translator<K | LevelLabelKey> | null) ?? fallback;
  return { TranslatorProvider, useT };
}

/** The translator of the page a shared component is in, for the level labels every page carries. */
export function useLevelT(): Translator<LevelLabelKey> {
  const t = useContext(TranslatorContext);
  if (!t) throw new Error('a shared component was rendered outside a page’s TranslatorProvider');
  return t;
}
