import type { pageReadingMessages } from '../../lib/i18n/messages/page-reading';
import type { Translator, UiLanguage } from '../../lib/i18n/translate';
import type { PageProblem, PortalPart, ReadStep } from '../../lib/portals/read-problem';
import type { TeachProblem } from '../../lib/portals/teach-mapping';
import { formatAndList } from '../../lib/i18n/format';

/** The words a page's reasons need: the page-reading table, which the content script and the popup carry. */
export type PageReadingTranslator = Translator<keyof typeof pageReadingMessages>;

/**
 * A page's own word, quoted the way the language quotes: «Fravær» in Norwegian, "Fravær" in
 * English. A text longer than a line (a cell's paragraph, an icon painted from a data URL) is
 * shortened to its start: the teacher finds it on the page by that, and a reason stays a line.
 */
export function quoted(language: UiLanguage, text: string): string {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return language === 'en' ? `"${shown}"` : `«${shown}»`;
}

/** The most characters of a page's text a reason quotes. */
const MAX_QUOTED = 60;

const quotedAll = (language: UiLanguage, texts: readonly string[]) => texts.map((text) => quoted(language, text));

const PART_KEY = { overview: 'readPartOverview', list: 'readPartList', register: 'readPartRegister' } as const satisfies Record<
  PortalPart,
  keyof typeof pageReadingMessages
>;

const STEP_KEY = { url: 'readStepUrl', locate: 'readStepLocate', readStudent: 'readStepStudent' } as const satisfies Record<
  ReadStep,
  keyof typeof pageReadingMessages
>;

/** Why a page could not be read, in the teacher's language. Every code has its words (TypeScript checks the switch). */
export function pageProblemWords(t: PageReadingTranslator, problem: PageProblem): string {
  const { language } = t;
  switch (problem.code) {
    case 'no-table':
      return t('readNoTable');
    case 'no-student-table':
      return t('readNoStudentTable');
    case 'no-name-column':
      return t('readNoNameColumn');
    case 'no-absence-column':
      return problem.columns && problem.columns.length > 0
        ? t('readNoAbsenceColumnOf', quotedAll(language, problem.columns).join(', '))
        : t('readNoAbsenceColumn');
    case 'no-student-names':
      return t('readNoStudentNames');
    case 'dates-ahead':
      return t('readDatesAhead');
    case 'rows-not-loaded':
      return t('readRowsNotLoaded');
    case 'page-shows-error':
      return t('readPageShowsError');
    case 'taught-table-missing':
      return t('readTaughtTableMissing', problem.table, problem.tables);
    case 'taught-mapping-incomplete':
      return t('readTaughtIncomplete');
    case 'taught-column-missing':
      return t('readTaughtColumnMissing', problem.table, problem.column);
    case 'taught-column-undated':
      return t('readTaughtColumnUndated', problem.column, quoted(language, problem.header));
    case 'no-headings':
      return t('readNoHeadings', quotedAll(language, problem.headings).join(', '));
    case 'no-table-with': {
      const columns = formatAndList(language, quotedAll(language, problem.columns));
      return (
        t(problem.columns.length === 1 ? 'readNoTableWithColumn' : 'readNoTableWithColumns', columns) +
        (problem.oneOf && problem.oneOf.length > 0 ? t('readAndOneOf', quotedAll(language, problem.oneOf).join(', ')) : '') +
        (problem.figures ? t('readAndFigures') : '')
      );
    }
    case 'no-column':
      return t('readNoColumnIn', quoted(language, problem.column), t(PART_KEY[problem.part]));
    case 'no-students':
      return t('readNoStudentsIn', t(PART_KEY[problem.part]));
    case 'no-student-id':
      return t('readNoStudentId', problem.attribute);
    case 'no-student-name':
      return t('readNoStudentName');
    case 'no-page-date':
      return t('readNoPageDate', quoted(language, problem.field));
    case 'no-date-columns':
      return t('readNoDateColumns', quoted(language, problem.example));
    case 'embedded-data-not-json':
      return t('readEmbeddedNotJson');
    case 'embedded-data-unexpected':
      return t('readEmbeddedUnexpected', problem.detail);
    case 'reader-not-loaded':
      return t('readReaderNotLoaded');
    case 'other-reader':
      return t('readOtherReader');
    case 'unexpected-error':
      return stepError(t, problem.step, problem.message);
  }
}

/** "finding the students: unexpected error (…)": the step that threw, and the error's own text. */
export function stepError(t: PageReadingTranslator, step: ReadStep, message: string): string {
  return t('readUnexpectedError', t(STEP_KEY[step]), message);
}

const TEACH_KEY = {
  'name-not-in-cell': 'teachNameNotInCell',
  'name-not-in-table': 'teachNameNotInTable',
  'no-absence-clicked': 'teachNoAbsenceClicked',
  'name-column-unknown': 'teachNameColumnUnknown',
  'absence-in-other-table': 'teachAbsenceInOtherTable',
  'absence-column-unknown': 'teachAbsenceColumnUnknown',
  'absence-in-name-column': 'teachAbsenceInNameColumn',
} as const satisfies Record<TeachProblem['code'], keyof typeof pageReadingMessages>;

/** Why teach mode could not use the teacher's clicks. */
export function teachProblemWords(t: PageReadingTranslator, problem: TeachProblem): string {
  return t(TEACH_KEY[problem.code]);
}
