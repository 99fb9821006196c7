import type { checkMessages } from '../../lib/i18n/messages/checks';
import type { Translator, UiLanguage } from '../../lib/i18n/translate';
import type { FieldIssue, FieldProblem, ValueKind } from '../../lib/model/validation';
import type { JsonSyntaxProblem } from '../../lib/guidelines/json-syntax';
import type { ProfileFileProblem, ProfileIssue } from '../../lib/guidelines/load-profile';
import type { ProfileRuleProblem } from '../../lib/guidelines/profile';
import type { PolicyIssue, PolicyProblem } from '../../lib/store/managed-policy';

/** The words a checked document's problems need: the checks table, which every page that shows one carries. */
export type CheckTranslator = Translator<keyof typeof checkMessages>;

/** Every problem a check of a document can report. */
export type AnyCheckProblem = FieldProblem | ProfileRuleProblem | ProfileFileProblem | PolicyProblem;

/** A document's own word (a field, an id, a character), quoted the way the language quotes. */
function quote(language: UiLanguage, text: string): string {
  return language === 'en' ? `“${text}”` : `«${text}»`;
}

function kindWords(t: CheckTranslator, kind: ValueKind): string {
  switch (kind) {
    case 'number':
      return t('chkKindNumber');
    case 'string':
      return t('chkKindString');
    case 'boolean':
      return t('chkKindBoolean');
    case 'array':
      return t('chkKindArray');
    case 'object':
      return t('chkKindObject');
    case 'nothing':
    case 'undefined':
      return t('chkKindNothing');
    default:
      // null, NaN and the kinds JSON has no word for are named as they are written.
      return kind;
  }
}

/** The character a JSON scanner found, quoted, or "the end of the text". */
function foundWords(t: CheckTranslator, found: string | null): string {
  return found === null ? t('chkJsonEnd') : quote(t.language, found);
}

export function jsonSyntaxWords(t: CheckTranslator, problem: JsonSyntaxProblem): string {
  const q = (text: string) => quote(t.language, text);
  switch (problem.code) {
    case 'after-value':
      return t('chkJsonAfterValue', foundWords(t, problem.found));
    case 'expected':
      return t('chkJsonExpected', q(problem.char), foundWords(t, problem.found));
    case 'ends-before-value':
      return t('chkJsonEndsBeforeValue');
    case 'unexpected':
      return t('chkJsonUnexpected', foundWords(t, problem.found));
    case 'expected-name':
      return t('chkJsonExpectedName', foundWords(t, problem.found));
    case 'comma-before-close':
      return t('chkJsonCommaBeforeClose', q(problem.close));
    case 'expected-comma-or':
      return t('chkJsonExpectedCommaOr', q(','), q(problem.close), foundWords(t, problem.found));
    case 'string-never-ends':
      return t('chkJsonStringNeverEnds');
    case 'newline-in-string':
      return t('chkJsonNewlineInString');
    case 'control-char-in-string':
      return t('chkJsonControlChar');
    case 'bad-unicode-escape':
      return t('chkJsonBadUnicode');
    case 'bad-escape':
      return t('chkJsonBadEscape', q('\\'));
    case 'bad-number':
      return t('chkJsonBadNumber');
  }
}

/** What is wrong, in the teacher's language. Every code has its words (TypeScript checks the switch). */
export function checkProblemWords(t: CheckTranslator, problem: AnyCheckProblem): string {
  const { language } = t;
  const q = (text: string) => quote(language, text);
  // Counts and limits as the file writes them (1000000), so they can be compared with it.
  const n = (value: number) => String(value);
  const list = (items: readonly string[]) => items.join(', ');
  const orList = (items: readonly string[]) => (items.length <= 1 ? list(items) : `${list(items.slice(0, -1))} ${t('chkOr')} ${items[items.length - 1]}`);
  switch (problem.code) {
    case 'missing':
      return t('chkMissing', kindWords(t, problem.expected));
    case 'wrong-type':
      return t('chkWrongType', kindWords(t, problem.expected), kindWords(t, problem.found));
    case 'missing-choice':
      return t('chkMissingChoice', list(problem.allowed));
    case 'not-allowed':
      return t('chkNotAllowed', list(problem.allowed));
    case 'unknown-kind':
      return t('chkUnknownKind', problem.field, list(problem.allowed));
    case 'too-few':
      return t('chkTooFew', n(problem.minimum));
    case 'empty':
      return t('chkEmpty');
    case 'too-small':
      return t(problem.inclusive ? 'chkAtLeast' : 'chkOver', n(problem.minimum));
    case 'too-many':
      return t('chkTooMany', n(problem.count), n(problem.maximum));
    case 'too-long':
      return t('chkTooLong', n(problem.length), n(problem.maximum));
    case 'too-big':
      return t(problem.inclusive ? 'chkAtMost' : 'chkUnder', n(problem.maximum));
    case 'unknown-field':
      return t('chkUnknownField');
    case 'other':
      // The checker's own (technical) message: a check with no code of its own.
      return problem.message;
    case 'not-an-id':
      return t('chkNotAnId');
    case 'duplicate-id':
      return t('chkDuplicateId', q(problem.id), `${problem.list}[${problem.first}]`);
    case 'missing-step':
      return t('chkMissingStep', q(problem.stepId));
    case 'unknown-form':
      return t('chkUnknownForm', q(problem.form), list(problem.known));
    case 'next-loop':
      return t('chkNextLoop', q('next'), q(problem.backTo));
    case 'deadline-needs-n':
      return t('chkDeadlineNeedsN', q(problem.kind));
    case 'needs-limit':
      return t('chkNeedsLimit', problem.kind, orList(problem.fields));
    case 'one-of':
      return t('chkOneOf', problem.fields[0], problem.fields[1]);
    case 'warning-above-limit':
      return t('chkWarningAboveLimit');
    case 'file-too-large':
      return t('chkFileTooLarge', n(problem.chars), n(problem.maximum));
    case 'file-too-deep':
      return t('chkFileTooDeep', n(problem.depth), n(problem.maximum));
    case 'file-unreadable':
      return t('chkFileUnreadable', problem.error);
    case 'not-json':
      return problem.at
        ? t('chkNotJsonAt', problem.at.line, problem.at.column, jsonSyntaxWords(t, problem.at.problem))
        : t('chkNotJson');
    case 'more-problems':
      return t('chkMoreProblems', n(problem.count));
    case 'not-a-site':
      return t('chkNotASite');
    case 'built-in-id':
      return t('chkBuiltInId', q(problem.id));
    case 'unknown-guideline':
      return t('chkUnknownGuideline', q(problem.id), list(problem.known));
    case 'unknown-portal':
      return t('chkUnknownPortal', list(problem.known));
  }
}

/** The problem and, where there is one, the value found: "expected number, got text (found: "ti")". */
export function problemWithValue(t: CheckTranslator, issue: FieldIssue<AnyCheckProblem>): string {
  const words = checkProblemWords(t, issue.problem);
  return issue.found === undefined ? words : t('chkFound', words, issue.found);
}

/** One issue as a line: where in the document, what is wrong, the value found. */
export function fieldIssueWords(t: CheckTranslator, issue: FieldIssue<AnyCheckProblem>): string {
  return t('chkAt', issue.path || t('chkRoot'), problemWithValue(t, issue));
}

/** Problems of a file as a whole: they have no place in it. */
const WHOLE_FILE: ReadonlySet<AnyCheckProblem['code']> = new Set(['file-too-large', 'file-too-deep', 'file-unreadable', 'not-json', 'more-problems']);

/** A profile file's or a policy's issue as a line: the file (or the policy's own guideline) first, then where in it. */
export function documentIssueWords(t: CheckTranslator, issue: ProfileIssue | PolicyIssue): string {
  const line = issue.path === '' && WHOLE_FILE.has(issue.problem.code) ? problemWithValue(t, issue) : fieldIssueWords(t, issue);
  return issue.file ? t('chkAt', issue.file, line) : line;
}
