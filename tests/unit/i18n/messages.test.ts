import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_MESSAGES, MESSAGE_TABLES, localeFile } from '../../../lib/i18n/catalogue';
import type { MessageTable } from '../../../lib/i18n/message-table';
import { resolveLanguage, translatorFor, type UiLanguage } from '../../../lib/i18n/translate';

const translate = (language: UiLanguage, key: keyof typeof ALL_MESSAGES, ...subs: Array<string | number>) =>
  translatorFor(ALL_MESSAGES, language)(key, ...subs);

const LANGUAGES = ['nb', 'nn', 'en'] as const;
const tables = Object.entries(MESSAGE_TABLES as Record<string, MessageTable>);
const entries = tables.flatMap(([area, table]) => Object.entries(table).map(([key, t]) => ({ area, key, t })));

/** The placeholders a template uses, e.g. "$1 av $2" → ["$1", "$2"]. */
function placeholders(template: string): string[] {
  return [...new Set(template.match(/\$\d/g) ?? [])].sort();
}

describe('message tables', () => {
  it.each(entries.map((e) => [`${e.area}.${e.key}`, e] as const))('%s has non-empty nb, nn and en', (_, { t }) => {
    for (const language of LANGUAGES) expect(t[language].trim(), language).not.toBe('');
  });

  it('no key appears in two tables', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { area, key } of entries) {
      const first = seen.get(key);
      if (first) duplicates.push(`${key} (${first}, ${area})`);
      else seen.set(key, area);
    }
    expect(duplicates).toEqual([]);
    // And so the merged catalogue lost nothing to a later table's spread.
    expect(Object.keys(ALL_MESSAGES)).toHaveLength(entries.length);
  });

  it.each(entries.map((e) => [`${e.area}.${e.key}`, e] as const))('%s uses the same substitutions in every language', (_, { t }) => {
    expect(placeholders(t.nn), 'nn').toEqual(placeholders(t.nb));
    expect(placeholders(t.en), 'en').toEqual(placeholders(t.nb));
  });

  // Words that exist in bokmål but not in nynorsk: a nynorsk string holding one was not translated.
  const BOKMAL_ONLY = /(^|[^\p{L}])(ikke|hva|hvor|hvis|hvordan|hvilke|jeg|noen|mye|fravær|veileder|skole|skolen|siden|dager|uker|navn|innstillinger|hjemmet)(?=$|[^\p{L}])/iu;

  it.each(entries.map((e) => [`${e.area}.${e.key}`, e] as const))(
    '%s: the nynorsk text is nynorsk',
    (_, { t }) => {
      // Addresses ("https://skole.visma.com") are not words.
      expect(t.nn.replace(/\S+:\/\/\S+/g, '')).not.toMatch(BOKMAL_ONLY);
    },
  );
});

describe('translate', () => {
  it('fills the substitutions in order', () => {
    expect(translate('nn', 'optNumberBetween', 1, 480)).toBe('Skriv eit heilt tal frå 1 til 480.');
    expect(translate('en', 'optRemoveFor', 'https://skole.visma.com')).toBe('Remove https://skole.visma.com');
  });

  it('follows the browser for "auto": nynorsk for nn, bokmål for nb and no, English otherwise', () => {
    expect(resolveLanguage('auto', () => 'nn-NO')).toBe('nn');
    expect(resolveLanguage('auto', () => 'nb')).toBe('nb');
    expect(resolveLanguage('auto', () => 'no')).toBe('nb');
    expect(resolveLanguage('auto', () => 'de-DE')).toBe('en');
    expect(resolveLanguage('nn', () => 'en-US')).toBe('nn');
  });

  it('asks the browser for its language only when the setting follows it', () => {
    const asked: string[] = [];
    const browserLanguage = () => (asked.push('asked'), 'nn-NO');
    expect(resolveLanguage('nb', browserLanguage)).toBe('nb');
    expect(resolveLanguage('en', browserLanguage)).toBe('en');
    expect(asked).toEqual([]);
    expect(resolveLanguage('auto', browserLanguage)).toBe('nn');
    expect(asked).toEqual(['asked']);
  });

  it('writes every key into each _locales file', () => {
    for (const language of LANGUAGES) {
      const file = localeFile(language);
      expect(Object.keys(file).sort()).toEqual(Object.keys(ALL_MESSAGES).sort());
      expect(file.optPageTitle?.message).toBe(translate(language, 'optPageTitle'));
    }
  });
});

describe('every message is used', () => {
  // A key the code never names is a word nobody sees, still carried by every part that loads its
  // table. Keys are named literally (t('key'), labelKey: 'key', __MSG_key__), so a plain search finds them.
  const codeFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return codeFiles(path);
      return /\.(ts|tsx|html|json)$/.test(name) ? [path] : [];
    });
  const code = [...codeFiles('lib'), ...codeFiles('components'), ...codeFiles('entrypoints'), 'wxt.config.ts']
    .filter((path) => !path.startsWith(join('lib', 'i18n', 'messages')))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');

  it.each(entries.map((e) => [`${e.area}.${e.key}`, e.key] as const))('%s is named in the code', (_, key) => {
    expect(new RegExp(`(?<![A-Za-z0-9])${key}(?![A-Za-z0-9])`).test(code)).toBe(true);
  });
});
