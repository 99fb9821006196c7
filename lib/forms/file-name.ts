import type { IsoDate } from '../model/date';
import { getForm } from './registry';

/**
 * Exported file names end up in download folders, e-mail attachments and shared drives, so they
 * never carry a student's full name: only initials, the class and the date.
 */
export const DEFAULT_FILE_NAME_PATTERN = '{form}-{class}-{initials}-{date}';

export const FILE_NAME_TOKENS = ['form', 'class', 'initials', 'date'] as const;
export type FileNameToken = (typeof FILE_NAME_TOKENS)[number];

export interface FileNameParts {
  /** A form id; a built-in form's short file stem is used for it ("kartlegging"). */
  formId: string;
  className?: string;
  studentName: string;
  date: IsoDate;
}

/**
 * What is wrong with a pattern, as a code the options page words: fields it does not know
 * ("{name}"), or a brace that is not part of a field. Null when the pattern can be used.
 */
export type FileNamePatternProblem = { code: 'unknown-fields'; fields: string[] } | { code: 'stray-brace' };

export function fileNamePatternProblem(pattern: string): FileNamePatternProblem | null {
  const unknown = [...pattern.matchAll(/\{([^{}]*)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((token) => !(FILE_NAME_TOKENS as readonly string[]).includes(token));
  if (unknown.length > 0) return { code: 'unknown-fields', fields: [...new Set(unknown)] };
  if (/[{}]/.test(pattern.replace(/\{[a-z]+\}/g, ''))) return { code: 'stray-brace' };
  return null;
}

/**
 * e.g. formFileName(DEFAULT_FILE_NAME_PATTERN, { formId: 'kartlegging-fravaersmonster',
 * className: '9B', studentName: 'Ole Olsen', date: '2026-11-23' }, 'docx')
 * → "kartlegging-9b-OO-2026-11-23.docx". Throws with a clear message on an unknown token.
 */
export function formFileName(pattern: string, parts: FileNameParts, ext: 'docx' | 'pdf'): string {
  const problem = fileNamePatternProblem(pattern);
  if (problem) throw new Error(`file name pattern: ${problem.code}`);
  const tokens: Record<FileNameToken, string> = {
    form: safe(getForm(parts.formId)?.fileStem ?? parts.formId).toLowerCase(),
    class: safe(parts.className ?? '').toLowerCase(),
    initials: initials(parts.studentName),
    date: parts.date,
  };
  const filled = pattern.replace(/\{([a-z]+)\}/g, (_, token: FileNameToken) => tokens[token]);
  // A missing class leaves "kartlegging--OO": fold the separators an empty token leaves behind.
  const stem = safe(filled)
    .replace(/([-_.])[-_.]+/g, '$1')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  return `${stem || 'skjema'}.${ext}`;
}

/**
 * First letters of the first and the last name, transliterated: "Åse Marie Ødegård" → "AO".
 * Two letters say whose form it is to the person who filed it, and little to anyone else.
 */
export function initials(name: string): string {
  const words = name
    .split(/[\s-]+/)
    .map((w) => transliterate(w).replace(/[^A-Za-z]/g, ''))
    .filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .filter((w): w is string => w !== undefined)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

const TRANSLITERATION: Record<string, string> = {
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  å: 'a',
  Å: 'A',
};

export function transliterate(text: string): string {
  return text
    .replace(/[æÆøØåÅ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Letters, digits, "-", "_" and "." only; anything else becomes "-". */
function safe(text: string): string {
  return transliterate(text)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-');
}
