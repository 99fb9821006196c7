import type { AbsenceKind } from '../../model';
import { cleanText } from '../norwegian-format';
import type { GenericCodeMeaning } from './cell-meaning';
import { buildGrid, cellText, findTables, markedHeaderTexts, type TableGrid } from '../table';
import { headerPhrase } from './columns';
import { literal } from './literal-pattern';

/**
 * A register's codes as the page itself explains them: a legend table ("Kode | Betydning"), a
 * definition list, or a line such as "Koder: F = borte hele dagen, S = kom for sent" or
 * "Marks: / present, A unexcused absence, L late". What the page says its own codes mean wins over
 * the reader's guesses. The words are data (GENERIC_VOCABULARY.legend in generic/index.ts).
 */

export interface LegendWords {
  /** Words that open a legend line ("Koder:", "Marks:"). */
  labels: readonly string[];
  /** Header words of a legend table's code column and meaning column. */
  codeHeaders: readonly string[];
  meaningHeaders: readonly string[];
  /** What a meaning says, tried in this order; a meaning matching none is left out. */
  kinds: ReadonlyArray<{ kind: AbsenceKind | 'present'; words: readonly string[] }>;
  documented: readonly string[];
  undocumented: readonly string[];
  notified: readonly string[];
  notNotified: readonly string[];
  /**
   * Words a key may put between "none" and "absence" ("ingen registrert fravær"): with them left
   * out, the meaning is one of the cell words for no absence (CellWords.noAbsence).
   */
  recorded: readonly string[];
  /**
   * What a key may say one mark stands for, a whole day or a lesson missed ("● = én hel
   * fraværsdag", "◦ = én enkelttime"): the unit in the singular, with the words for one, for whole
   * and for absence around it left out (markedUnits).
   */
  markUnits: {
    days: readonly string[];
    lessons: readonly string[];
    one: readonly string[];
    whole: readonly string[];
    absence: readonly string[];
  };
}

const MAX_CODE_LENGTH = 5;

function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(headerPhrase(word)));
}

/** What a legend's explanation of one code says. */
export function meaningFromText(text: string, words: LegendWords): GenericCodeMeaning | undefined {
  const value = headerPhrase(text);
  const found = words.kinds.find((entry) => hasWord(value, entry.words));
  if (!found) return undefined;
  const documented = hasWord(value, words.undocumented) ? false : hasWord(value, words.documented) ? true : null;
  const notified = hasWord(value, words.notNotified) ? false : hasWord(value, words.notified) ? true : null;
  return { description: cleanText(text), kind: found.kind, documented, notified };
}

/** "T2, T3 …" or "F" in a legend's code cell: the codes it lists. */
function codesIn(text: string): string[] {
  return cleanText(text)
    .split(/\s*[,;]\s*|\s+(?:og|and|or|eller)\s+/)
    .map((code) => code.replace(/[….]+$/u, '').trim().toLowerCase())
    .filter((code) => code !== '' && code.length <= MAX_CODE_LENGTH);
}

function add(legend: Record<string, GenericCodeMeaning>, codes: string[], meaning: string, words: LegendWords): void {
  const read = meaningFromText(meaning, words);
  if (!read) return;
  for (const code of codes) legend[code] ??= read;
}

function fromTables(root: ParentNode, words: LegendWords, legend: Record<string, GenericCodeMeaning>, known: TableGrid | undefined): void {
  for (const table of findTables(root)) {
    // The table of students is not built a second time: a register's is thousands of cells.
    const grid = known?.table === table ? known : buildGrid(table);
    const headers = markedHeaderTexts(grid).map((header) => headerPhrase(header));
    const codeColumn = headers.findIndex((header) => hasWord(header, words.codeHeaders));
    const meaningColumn = headers.findIndex((header) => hasWord(header, words.meaningHeaders));
    if (codeColumn < 0 || meaningColumn < 0 || codeColumn === meaningColumn) continue;
    for (const row of grid.rows) {
      if (row.header) continue;
      add(legend, codesIn(cellText(row.cells[codeColumn])), cellText(row.cells[meaningColumn]), words);
    }
  }
}

function fromDefinitionLists(root: ParentNode, words: LegendWords, legend: Record<string, GenericCodeMeaning>): void {
  for (const term of Array.from(root.querySelectorAll('dl > dt, dl > div > dt'))) {
    const code = cleanText(term.textContent ?? '');
    const description = term.nextElementSibling;
    if (code === '' || code.length > MAX_CODE_LENGTH || description?.tagName !== 'DD') continue;
    add(legend, codesIn(code), description.textContent ?? '', words);
  }
}

/**
 * A key entry's mark followed by its meaning in words: one sign that is no letter, digit or
 * punctuation ("●", "⏱"), or a lesson count written as a sample ("2t", "T2").
 */
const MARK_FIRST = /^([^\p{L}\p{N}\s=:;,.()\/*%'"’+–—-]\uFE0F?|\d{1,2}\p{L}{1,2}|\p{L}\d{1,2})\s+(\p{L}.*)$/u;

/** "Koder: F = borte hele dagen, 1t–5t = borte antall timer, S = kom for sent." */
function fromLines(root: ParentNode, words: LegendWords, legend: Record<string, GenericCodeMeaning>): void {
  // The label may say in brackets what every code stands for: "Codes (whole school day):".
  const labels = words.labels.map((label) => new RegExp(`(?:^|[^\\p{L}])${literal(label.toLowerCase())}\\s*(?:\\([^)]{0,40}\\)\\s*)?:`, 'u'));
  for (const element of Array.from(root.querySelectorAll('p, li, div, span, small, caption, figcaption, footer, dd'))) {
    if (element.querySelector('p, li, div, table')) continue;
    // A key of entries side by side in their own elements ("<span>F = …</span><span>S = …</span>")
    // runs them together in its text; each entry is read from its own element instead.
    if (Array.from(element.children).filter((child) => child.textContent?.includes('=')).length > 1) continue;
    const text = cleanText(element.textContent ?? '');
    if (text.length > 400) continue;
    const lower = text.toLowerCase();
    const items = text.split(/\s*[,;·]\s*|\.\s+/);
    // Without a label, only "X = hele dagen" with its equals sign counts as explaining a code.
    for (const item of items) {
      const match = /(?:^|\s)(\S{1,3})\s*=\s*(.+)$/u.exec(item);
      if (match?.[1] && match[2]) add(legend, codesIn(match[1]), match[2], words);
    }
    // Or a key that sets each mark before its meaning: "● fravær hele dagen · 2t fravær i
    // enkelttimer · ⏱ forsentkomming". Only two or more such entries make a key: one alone is a
    // bullet or an alert ("⚠ Fravær over 10 %"), and a word before a word is only prose.
    const keyed = items.flatMap((item) => {
      const match = MARK_FIRST.exec(item);
      const read = match?.[2] ? meaningFromText(match[2], words) : undefined;
      return match?.[1] && read ? [[match[1].toLowerCase(), read] as const] : [];
    });
    if (keyed.length > 1) for (const [code, read] of keyed) legend[code] ??= read;
    for (const label of labels) {
      const at = lower.search(label);
      if (at < 0) continue;
      const rest = text.slice(text.indexOf(':', at) + 1);
      for (const item of rest.split(/\s*[,;·]\s*|\.\s+/)) {
        const match = /^\s*(\S{1,5}?)\s*(?:=|:|–|—|-)?\s+(.+)$/u.exec(item);
        if (!match?.[1] || !match[2]) continue;
        add(legend, codesIn(match[1]), match[2], words);
      }
    }
  }
}

/**
 * Every code the page explains, lower-case, mapped to its meaning. `known`: a table's grid the
 * reader has already built (the table of students), used instead of building it again.
 */
export function legendFromPage(root: ParentNode, words: LegendWords, known?: TableGrid): Record<string, GenericCodeMeaning> {
  const legend: Record<string, GenericCodeMeaning> = {};
  fromTables(root, words, legend, known);
  fromDefinitionLists(root, words, legend);
  fromLines(root, words, legend);
  return legend;
}

/**
 * A dot-like mark a summary may print in a figure's place ("·", "•", "∙", "⋅", "‧") and what a key
 * says of it. Dashes are not among them: they already mean zero wherever a figure stands
 * (parseNorwegianNumber). Literals, not RegExp() calls: a bundle that takes this file in without
 * using these keeps a call (it might have effects) but leaves a literal out.
 */
const DOT_KEY = /[·•∙⋅‧]\s*[=:]/u;
const DOT_ITEM = /(?:^|[\s(;,])([·•∙⋅‧])\s*[=:]\s*([^.;,()=]+)/gu;

/**
 * The dot-like marks a page's key says stand for no absence ("· = ingen registrert fravær",
 * "• = 0"), as compact reports print a dot where a count is nought.
 *
 * Only a mark the page explains so is read as nought. A dot is no general sign for zero: German
 * statistical tables print "·" for a figure unknown or withheld, and a report may print it where
 * nothing was recorded at all; reading such a cell as 0 would decide a rule the page cannot. A key
 * that says "ikke registrert" ("not recorded") is no key for nought either, and is left out.
 */
export function marksForNone(root: ParentNode, words: LegendWords, noAbsence: readonly string[]): string[] {
  // Most pages have no such key: one look at the whole text spares the walk over its elements.
  // (A document's own textContent is null: its root element holds the text. Node type 9 is a document.)
  const whole = root.nodeType === 9 ? (root as Document).documentElement : root;
  if (!DOT_KEY.test(whole?.textContent ?? '')) return [];
  const marks = new Set<string>();
  for (const element of Array.from(root.querySelectorAll('p, li, div, span, small, caption, figcaption, footer, dd, td'))) {
    if (element.querySelector('p, li, div, table')) continue;
    const text = cleanText(element.textContent ?? '');
    if (text.length > 400 || !DOT_KEY.test(text)) continue;
    for (const match of text.matchAll(DOT_ITEM)) {
      if (match[1] && match[2] && meansNone(match[2], words, noAbsence)) marks.add(match[1]);
    }
  }
  return [...marks];
}

/** "ingen registrert fravær", "0", "null", "none": a key's meaning that is a count of nought. */
function meansNone(meaning: string, words: LegendWords, noAbsence: readonly string[]): boolean {
  const said = cleanText(meaning).toLowerCase();
  if (/^(?:0|null|zero)$/u.test(said)) return true;
  const kept = said.split(' ').filter((word) => !words.recorded.includes(word));
  return noAbsence.includes(kept.join(' '));
}

/**
 * A mark a key may explain: one character that is neither a letter, a digit nor a sign a figure or
 * a sentence is written with (dashes already mean nought, "%" a share, "*" a footnote), with the
 * emoji variation selector it may carry. Literals, as DOT_KEY above, so that portal.js, which
 * takes this file in without these, carries none of them.
 */
const MARK_KEY = /[^\p{L}\p{N}\s=:;,.()\/*%'"’+–—-]\uFE0F?\s*[=:]/u;
/** A key's entry for one day or lesson somewhere in a page's text: a mark, "=", a day's or a lesson's word after it. */
const MARK_KEY_IN_PAGE = /[^\p{L}\p{N}\s=:;,.()\/*%'"’+–—-]\uFE0F?\s*[=:]\s*[^=]{0,30}?(?:dag|day|time|økt|lesson|period)/iu;
/** "● = …", "○/◦ = …": the marks of one entry of a key and where its meaning starts. */
const MARK_ENTRY = /(?:^|[\s(;,·])([^\p{L}\p{N}\s=:;,.()\/*%'"’+–—-]\uFE0F?(?:\s*\/\s*[^\p{L}\p{N}\s=:;,.()\/*%'"’+–—-]\uFE0F?)*)\s*[=:]\s*/gu;
const ONE_MARK = /[^\p{L}\p{N}\s=:;,.()\/*%'"’+–—-]\uFE0F?/gu;

/**
 * The marks a page's key says each stand for one whole day or one lesson of absence ("● = én hel
 * fraværsdag  ◦ = én enkelttime"), as a class overview may draw each student's absence as a row of
 * marks, one per day or lesson. A mark the key explains otherwise, or not at all, is not among them,
 * and a row holding it is left unread (marksCounted).
 */
export function markedUnits(root: ParentNode, words: LegendWords): Record<string, 'days' | 'lessons'> {
  // Most pages have no such key: one look at the whole text spares the walk over its elements.
  const whole = root.nodeType === 9 ? (root as Document).documentElement : root;
  if (!MARK_KEY_IN_PAGE.test(whole?.textContent ?? '')) return {};
  const units: Record<string, 'days' | 'lessons'> = {};
  for (const element of Array.from(root.querySelectorAll('p, li, div, span, small, caption, figcaption, footer, dd, td'))) {
    if (element.querySelector('p, li, div, table')) continue;
    const text = cleanText(element.textContent ?? '');
    if (text.length > 400 || !MARK_KEY.test(text)) continue;
    const entries = [...text.matchAll(MARK_ENTRY)];
    entries.forEach((entry, n) => {
      const start = (entry.index ?? 0) + entry[0].length;
      const end = entries[n + 1]?.index ?? text.length;
      const unit = unitOfOne(text.slice(start, end), words.markUnits);
      if (!unit || !entry[1]) return;
      for (const mark of entry[1].match(ONE_MARK) ?? []) units[mark] = unit;
    });
  }
  return units;
}

/** "én hel fraværsdag" is one day, "én enkelttime" one lesson; "2 dager", "halv dag" or "syk" is neither. */
function unitOfOne(meaning: string, words: LegendWords['markUnits']): 'days' | 'lessons' | undefined {
  const said = cleanText(meaning.replace(/[.;,·]+\s*$/u, ''))
    .toLowerCase()
    .split(' ')
    .filter((word) => !words.one.includes(word) && !words.whole.includes(word) && !words.absence.includes(word))
    .join(' ');
  return words.days.includes(said) ? 'days' : words.lessons.includes(said) ? 'lessons' : undefined;
}
