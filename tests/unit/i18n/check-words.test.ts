import { describe, expect, it } from 'vitest';
import { checkProblemWords, documentIssueWords, fieldIssueWords, type AnyCheckProblem } from '../../../components/common/field-problem-words';
import { checkMessages } from '../../../lib/i18n/messages/checks';
import { translatorFor, type UiLanguage } from '../../../lib/i18n/translate';
import { itWordsEveryCode } from './worded-codes';
import type { ProfileIssue } from '../../../lib/guidelines/load-profile';

const words = (language: UiLanguage, problem: AnyCheckProblem) => checkProblemWords(translatorFor(checkMessages, language), problem);

/** One sample per code, with the parameters each must show. The Record makes a new code without a sample a type error. */
const SAMPLES: { [C in AnyCheckProblem['code']]: { problem: Extract<AnyCheckProblem, { code: C }>; shows: string[] } } = {
  missing: { problem: { code: 'missing', expected: 'array' }, shows: [] },
  'wrong-type': { problem: { code: 'wrong-type', expected: 'number', found: 'NaN' }, shows: ['NaN'] },
  'missing-choice': { problem: { code: 'missing-choice', allowed: ['"or"', '"and"'] }, shows: ['"or", "and"'] },
  'not-allowed': { problem: { code: 'not-allowed', allowed: ['"watch"'] }, shows: ['"watch"'] },
  'unknown-kind': { problem: { code: 'unknown-kind', field: 'kind', allowed: ['absenceTotal', 'lateness'] }, shows: ['kind', 'absenceTotal, lateness'] },
  'too-few': { problem: { code: 'too-few', minimum: 1 }, shows: ['1'] },
  empty: { problem: { code: 'empty' }, shows: [] },
  'too-small': { problem: { code: 'too-small', minimum: 5, inclusive: true }, shows: ['5'] },
  'too-many': { problem: { code: 'too-many', count: 201, maximum: 200 }, shows: ['201', '200'] },
  'too-long': { problem: { code: 'too-long', length: 10001, maximum: 10000 }, shows: ['10001', '10000'] },
  'too-big': { problem: { code: 'too-big', maximum: 480, inclusive: true }, shows: ['480'] },
  'unknown-field': { problem: { code: 'unknown-field' }, shows: [] },
  other: { problem: { code: 'other', message: 'Invalid date' }, shows: ['Invalid date'] },
  'not-an-id': { problem: { code: 'not-an-id' }, shows: ['a–z'] },
  'duplicate-id': { problem: { code: 'duplicate-id', id: 'kontakt', list: 'steps', first: 2 }, shows: ['kontakt', 'steps[2]'] },
  'missing-step': { problem: { code: 'missing-step', stepId: 'mote' }, shows: ['mote', 'steps'] },
  'unknown-form': { problem: { code: 'unknown-form', form: 'x', known: ['samarbeidsavtale', 'oppfolgingsplan'] }, shows: ['x', 'samarbeidsavtale, oppfolgingsplan'] },
  'next-loop': { problem: { code: 'next-loop', backTo: 's1' }, shows: ['next', 's1'] },
  'deadline-needs-n': { problem: { code: 'deadline-needs-n', kind: 'weeks' }, shows: ['weeks', '(n)'] },
  'needs-limit': { problem: { code: 'needs-limit', kind: 'longWindow', fields: ['daysOver', 'percentOver'] }, shows: ['longWindow', 'daysOver', 'percentOver'] },
  'one-of': { problem: { code: 'one-of', fields: ['daysOver', 'daysAtLeast'] }, shows: ['daysOver', 'daysAtLeast'] },
  'warning-above-limit': { problem: { code: 'warning-above-limit' }, shows: [] },
  'file-too-large': { problem: { code: 'file-too-large', chars: 1000013, maximum: 1000000 }, shows: ['1000013', '1000000'] },
  'file-too-deep': { problem: { code: 'file-too-deep', depth: 200000, maximum: 32 }, shows: ['200000', '32'] },
  'file-unreadable': { problem: { code: 'file-unreadable', error: 'RangeError' }, shows: ['RangeError'] },
  'not-json': { problem: { code: 'not-json', at: { line: 3, column: 5, problem: { code: 'comma-before-close', close: '}' } } }, shows: ['JSON', '3', '5', '}'] },
  'more-problems': { problem: { code: 'more-problems', count: 10 }, shows: ['10'] },
  'not-a-site': { problem: { code: 'not-a-site' }, shows: ['https://'] },
  'built-in-id': { problem: { code: 'built-in-id', id: 'trondelag-vgs' }, shows: ['trondelag-vgs'] },
  'unknown-guideline': { problem: { code: 'unknown-guideline', id: 'finnes-ikke', known: ['raelingen-grunnskole'] }, shows: ['finnes-ikke', 'raelingen-grunnskole'] },
  'unknown-portal': { problem: { code: 'unknown-portal', known: ['vigilo', 'visma-inschool'] }, shows: ['vigilo, visma-inschool'] },
};

describe('a checked document\'s problems in words', () => {
  itWordsEveryCode(SAMPLES, words);

  it('says which place and what is wrong, in the chosen language', () => {
    const issue = { path: 'triggers[2].daysOver', problem: { code: 'wrong-type', expected: 'number', found: 'string' }, found: '"ti"' } as const;
    expect(fieldIssueWords(translatorFor(checkMessages, 'nb'), issue)).toBe('triggers[2].daysOver: forventet tall, fikk tekst (fant: "ti")');
    expect(fieldIssueWords(translatorFor(checkMessages, 'nn'), issue)).toBe('triggers[2].daysOver: venta tal, fekk tekst (fann: "ti")');
    expect(fieldIssueWords(translatorFor(checkMessages, 'en'), issue)).toBe('triggers[2].daysOver: expected number, got text (found: "ti")');
    const root = { path: '', problem: { code: 'missing', expected: 'object' } } as const;
    expect(fieldIssueWords(translatorFor(checkMessages, 'nb'), root)).toBe('(roten): mangler (forventet objekt)');
    expect(fieldIssueWords(translatorFor(checkMessages, 'nn'), root)).toBe('(rota): manglar (venta objekt)');
    expect(fieldIssueWords(translatorFor(checkMessages, 'en'), root)).toBe('(the root): missing (expected object)');
  });

  it('names the file first, and a JSON mistake by line, column and what was found', () => {
    const notJson = {
      file: 'kommune.json',
      path: '',
      problem: { code: 'not-json', at: { line: 4, column: 1, problem: { code: 'expected-comma-or', close: '}', found: null } } },
    } as const;
    expect(documentIssueWords(translatorFor(checkMessages, 'nb'), notJson)).toBe(
      'kommune.json: ikke gyldig JSON: linje 4, kolonne 1: forventet «,» eller «}», fant slutt på teksten',
    );
    expect(documentIssueWords(translatorFor(checkMessages, 'nn'), notJson)).toBe(
      'kommune.json: ikkje gyldig JSON: linje 4, kolonne 1: venta «,» eller «}», fann slutten på teksten',
    );
    expect(documentIssueWords(translatorFor(checkMessages, 'en'), notJson)).toBe(
      'kommune.json: not valid JSON: line 4, column 1: expected “,” or “}”, found the end of the text',
    );
    const limits: ProfileIssue = { file: 'kommune.json', path: 'triggers[1]', problem: { code: 'needs-limit', kind: 'absenceTotal', fields: ['daysOver', 'daysAtLeast', 'lessonsOver'] } };
    expect(documentIssueWords(translatorFor(checkMessages, 'en'), limits)).toBe(
      'kommune.json: triggers[1]: absenceTotal needs at least one limit: daysOver, daysAtLeast or lessonsOver',
    );
    expect(documentIssueWords(translatorFor(checkMessages, 'nn'), { file: '', path: 'guideline', problem: { code: 'unknown-guideline', id: 'x', known: ['a', 'b'] } })).toBe(
      'guideline: ukjend rettleiar «x»; kjende: a, b',
    );
  });
});
