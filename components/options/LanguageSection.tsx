import { useId } from 'react';
import type { OptionsKey } from './words';
import { Language, type Settings } from '../../lib/store/settings';
import { useT } from './words';
import { Section } from '../common/Section';
import type { SettingsEdit } from './settings-edit';

const LANGUAGE_KEY: Record<Language, OptionsKey> = {
  auto: 'optLanguageAuto',
  nb: 'optLanguageNb',
  nn: 'optLanguageNn',
  en: 'optLanguageEn',
};

/**
 * Section 3: the UI language. Each language is named in its own words (and marked with its lang),
 * so a teacher finds theirs whatever language the page is in now.
 */
export function LanguageSection({ settings, save }: { settings: Settings; save: (edit: SettingsEdit) => Promise<boolean> }) {
  const t = useT();
  const name = useId();
  return (
    <Section id="sprak" title={t('optLanguageTitle')}>
      <fieldset>
        <legend>{t('optLanguageLegend')}</legend>
        {Language.options.map((language) => (
          <div className="radio" key={language}>
            <input
              type="radio"
              id={`${name}-${language}`}
              name={name}
              value={language}
              checked={settings.language === language}
              onChange={() => void save({ type: 'language', language })}
            />
            <label htmlFor={`${name}-${language}`} lang={language === 'auto' ? undefined : language}>
              {t(LANGUAGE_KEY[language])}
            </label>
          </div>
        ))}
      </fieldset>
    </Section>
  );
}
