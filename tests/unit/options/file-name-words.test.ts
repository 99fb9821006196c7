import { describe, expect, it } from 'vitest';
import { fileNamePatternWords } from '../../../components/options/file-name-words';
import { OPTIONS_WORDS } from '../../../components/options/words';
import { translatorFor } from '../../../lib/i18n/translate';

/** The file-name pattern's problems as the options page words them; the tokens are written out by hand. */
describe('a file-name pattern’s problem, in nb, nn and en', () => {
  it('names the unknown field, the pattern and the fields there are', () => {
    expect(fileNamePatternWords(translatorFor(OPTIONS_WORDS, 'nb'), '{form}-{navn}')).toBe(
      'Ukjent felt «{navn}» i filnavnmønsteret «{form}-{navn}». Tillatte felt: {form}, {class}, {initials}, {date}.',
    );
    expect(fileNamePatternWords(translatorFor(OPTIONS_WORDS, 'nn'), '{form}-{navn}')).toBe(
      'Ukjent felt «{navn}» i filnamnmønsteret «{form}-{navn}». Tillatne felt: {form}, {class}, {initials}, {date}.',
    );
    expect(fileNamePatternWords(translatorFor(OPTIONS_WORDS, 'en'), '{form}-{navn}')).toBe(
      'Unknown field “{navn}” in the file name pattern “{form}-{navn}”. Allowed fields: {form}, {class}, {initials}, {date}.',
    );
  });

  it('says a brace is not part of a field, and nothing for a good pattern', () => {
    expect(fileNamePatternWords(translatorFor(OPTIONS_WORDS, 'nb'), '{form}-{date')).toBe(
      'Filnavnmønsteret «{form}-{date» har en krøllparentes som ikke hører til et felt. Tillatte felt: {form}, {class}, {initials}, {date}.',
    );
    expect(fileNamePatternWords(translatorFor(OPTIONS_WORDS, 'en'), '{form}-{date')).toBe(
      'The file name pattern “{form}-{date” has a brace that is not part of a field. Allowed fields: {form}, {class}, {initials}, {date}.',
    );
    expect(fileNamePatternWords(translatorFor(OPTIONS_WORDS, 'nb'), '{form}-{date}')).toBeNull();
  });
});
