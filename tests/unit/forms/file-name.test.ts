import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILE_NAME_PATTERN,
  fileNamePatternProblem,
  formFileName,
  initials,
  transliterate,
} from '../../../lib/forms/file-name';

const parts = { formId: 'kartlegging-fravaersmonster', className: '9B', studentName: 'Ole Olsen', date: '2026-11-23' };

describe('formFileName', () => {
  it.each([
    [DEFAULT_FILE_NAME_PATTERN, parts, 'docx', 'kartlegging-9b-OO-2026-11-23.docx'],
    [DEFAULT_FILE_NAME_PATTERN, parts, 'pdf', 'kartlegging-9b-OO-2026-11-23.pdf'],
    [DEFAULT_FILE_NAME_PATTERN, { ...parts, formId: 'evaluering-samarbeidsavtale' }, 'pdf', 'evaluering-9b-OO-2026-11-23.pdf'],
    [DEFAULT_FILE_NAME_PATTERN, { ...parts, className: undefined }, 'pdf', 'kartlegging-OO-2026-11-23.pdf'],
    [DEFAULT_FILE_NAME_PATTERN, { ...parts, className: 'Vg2 Helse/Oppvekst' }, 'pdf', 'kartlegging-vg2-helse-oppvekst-OO-2026-11-23.pdf'],
    [DEFAULT_FILE_NAME_PATTERN, { ...parts, formId: 'egen-kartlegging' }, 'pdf', 'egen-kartlegging-9b-OO-2026-11-23.pdf'],
    ['{date}_{initials}_{form}', { ...parts, studentName: 'Åse Marie Ødegård' }, 'docx', '2026-11-23_AO_kartlegging.docx'],
    ['Fravær {class} {date}', { ...parts, className: '10Å' }, 'pdf', 'Fravaer-10a-2026-11-23.pdf'],
  ] as const)('%s with %j → %s', (pattern, p, ext, expected) => {
    expect(formFileName(pattern, p, ext)).toBe(expected);
  });

  it('rejects an unknown token, naming it, and a stray brace', () => {
    expect(() => formFileName('{form}-{navn}', parts, 'pdf')).toThrow('file name pattern: unknown-fields');
    expect(fileNamePatternProblem('{form}-{navn}-{navn}-{klasse}')).toEqual({ code: 'unknown-fields', fields: ['navn', 'klasse'] });
    expect(fileNamePatternProblem('{form}-{date')).toEqual({ code: 'stray-brace' });
    expect(fileNamePatternProblem(DEFAULT_FILE_NAME_PATTERN)).toBeNull();
  });

  it('never contains the full name and only safe characters, whatever the name (property)', () => {
    const name = fc
      .array(fc.constantFrom('Åse', 'Ørjan', 'Ænes', 'Ole', 'Kari', 'Nordmann', 'Bjørnstad', 'Ødegård', 'José', 'Anne-Lise'), {
        minLength: 2,
        maxLength: 4,
      })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(name, fc.constantFrom('9B', '10Å', 'Vg2 Helse/Oppvekst', ''), (studentName, className) => {
        const file = formFileName(DEFAULT_FILE_NAME_PATTERN, { ...parts, studentName, className }, 'pdf');
        expect(file).toMatch(/^[A-Za-z0-9._-]+\.pdf$/);
        for (const word of studentName.split(/[ -]/)) {
          expect(file.toLowerCase()).not.toContain(transliterate(word).toLowerCase());
        }
      }),
    );
  });
});

describe('initials', () => {
  it.each([
    ['Ole Olsen', 'OO'],
    ['Åse Marie Ødegård', 'AO'],
    ['Anne-Lise Berg', 'AB'],
    ['Ærlig Ås', 'AA'],
    ['Madonna', 'M'],
    ['  ', ''],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
