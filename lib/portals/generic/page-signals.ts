import type { IsoDate } from '../../model';
import { cleanText, parseNorwegianDate } from '../norwegian-format';
import { headerPhrase } from './columns';
import { isLatinText, LATIN_LETTERS } from '../table/latin-letters';
import { isRendered } from '../table';
import { literal } from './literal-pattern';

/**
 * What the page around a table says: whether the table goes on over more pages, which class it
 * is about, and whether totals cover a term or the school year.
 */

export interface PageWords {
  /** CSS for a pager element. */
  pagerSelector: string;
  /** Texts of a "next page" control. */
  nextPage: readonly string[];
  /** Phrases before a class name in a heading or caption ("Klasse 8B", "Basisgruppe 9C"). */
  classLabels: readonly string[];
  schoolYear: readonly string[];
  term: readonly string[];
  /** A line that says the table's figures are days ("figures in days", "Dager fravær"), lessons, or percent. */
  unitDays: readonly string[];
  unitLessons: readonly string[];
  unitPercent: readonly string[];
  /** A unit alone, as a whole sentence of a line ("Hele dager." before the rest of the line): the figures' unit. */
  unitSentences: Readonly<Record<'days' | 'lessons' | 'percent', readonly string[]>>;
  /**
   * A compound that names the figures as days of absence ("Fraværsdager hittil – 4B"): said in a
   * heading above them, the unit. In any other line it may name one column among others.
   */
  unitDaysInHeading: readonly string[];
  /** CSS for the control marked as chosen among tabs or links (a week's days). */
  selectedSelector: string;
}

/**
 * What a table says about itself above its columns: its <caption>, or a title row written as one
 * cell across the table ("Fravær for 4C – hittil i halvåret (18.08.2026 – 23.11.2026)"), as
 * layout-table pages do.
 */
export function captionOf(table: Element): string {
  // A <caption> is a table's own child (the parser puts it nowhere else): looking among the
  // children, not the descendants, keeps a big table's thousands of cells out of the search, and a
  // table nested in a cell from lending its caption to the table around it.
  const children = Array.from(table.children);
  const caption = children.find((child) => child.tagName === 'CAPTION');
  if (caption) return caption.textContent ?? '';
  if (table.tagName !== 'TABLE') return '';
  const section = children.find((child) => /^(THEAD|TBODY|TR)$/.test(child.tagName));
  const first = section?.tagName === 'TR' ? section : section?.querySelector(':scope > tr');
  const cells = first ? Array.from(first.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH') : [];
  const [only] = cells;
  return cells.length === 1 && only && Number(only.getAttribute('colspan') ?? '1') > 1 ? (only.textContent ?? '') : '';
}

/**
 * The unit a line above the table (or its caption) gives all the figures, when it names one and
 * not the others: "Grade 10 advisory · figures in days", "Dager fravær. «Siste 14 dager» gjelder …".
 * When nothing above names one, a note just below the table may ("Tallene viser fravær i prosent
 * av skoletiden"), as a footnote explains a bare column.
 */
export function unitStatedNear(table: Element, words: PageWords): 'days' | 'lessons' | 'percent' | undefined {
  // Line by line: the end of one line and the start of the next ("… hele dager." over "Fravær – 9E")
  // are no phrase of their own.
  const above = unitsIn([captionOf(table) ?? '', ...linesBefore(table)], words);
  if (headingNamesDays(table, words) && !above.includes('days')) above.push('days');
  const named = above.length > 0 ? above : unitsIn(linesAfter(table), words);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether a heading just above the table (a previous sibling of it or of its parents, as
 * linesBefore walks them) names its figures as days ("Fraværsdager hittil – 4B") and names no other
 * unit: a heading "Fraværsdager og enkelttimer" is about two kinds of figure.
 */
function headingNamesDays(table: Element, words: PageWords): boolean {
  const others = [...words.unitSentences.lessons, ...words.unitSentences.percent].map((word) => word.toLowerCase());
  for (let scope: Element | null = table, level = 0; scope && level < 3; scope = scope.parentElement, level += 1) {
    let sibling = scope.previousElementSibling;
    for (let n = 0; sibling && n < 3; sibling = sibling.previousElementSibling, n += 1) {
      if (!sibling.matches('h1, h2, h3, h4, h5, h6, [role="heading"]')) continue;
      const phrase = headerPhrase(sibling.textContent ?? '');
      const lower = phrase.toLowerCase();
      if (others.some((word) => lower.includes(word))) return false;
      if (words.unitDaysInHeading.some((word) => phrase.includes(headerPhrase(word)))) return true;
    }
  }
  return false;
}

function unitsIn(texts: readonly string[], words: PageWords): Array<'days' | 'lessons' | 'percent'> {
  const lines = texts.map((line) => headerPhrase(line));
  const says = (list: readonly string[]) => list.some((phrase) => lines.some((line) => line.includes(headerPhrase(phrase))));
  // A sentence that is nothing but a unit ("Hele dager. I år: …") says it of the figures; within a
  // longer sentence the same words may only explain one column ("Hele dager = …").
  const sentences = texts.flatMap((line) => line.split(/(?<=[.!?])\s+/u)).map((sentence) => headerPhrase(sentence));
  const alone = (list: readonly string[]) => list.some((phrase) => sentences.includes(headerPhrase(phrase)));
  return (['days', 'lessons', 'percent'] as const).filter(
    (unit) => says(unit === 'days' ? words.unitDays : unit === 'lessons' ? words.unitLessons : words.unitPercent) || alone(words.unitSentences[unit]),
  );
}

/**
 * Whether the table's caption or a line just above it names absence, alone or as the first part
 * of a compound ("Fravær per fag", "Fraværsprosent – 1STB"), and not attendance ("Oppmøte og
 * fravær" may give either share). `absence`, `attendance`: the header words for them.
 */
export function absenceNamedAbove(table: Element, absence: readonly string[], attendance: readonly string[]): boolean {
  return linesNameAbsence([captionOf(table), ...linesBefore(table)], absence, attendance);
}

/** Whether the table's caption, a line just above it or the page's title names absence, as {@link absenceNamedAbove} reads them. */
export function absenceNamedAboveOrInTitle(table: Element, absence: readonly string[], attendance: readonly string[]): boolean {
  return linesNameAbsence([captionOf(table), ...linesBefore(table), table.ownerDocument.title], absence, attendance);
}

function linesNameAbsence(texts: readonly string[], absence: readonly string[], attendance: readonly string[]): boolean {
  const lines = texts.map((line) => headerPhrase(line));
  const words = lines.flatMap((line) => line.trim().split(' '));
  const says = (list: readonly string[]) => list.some((phrase) => lines.some((line) => line.includes(headerPhrase(phrase))));
  const compound = absence.filter((word) => word.length >= 5 && !word.includes(' '));
  return (says(absence) || words.some((word) => compound.some((start) => word.startsWith(start)))) && !says(attendance);
}

/**
 * Whether anything the table is shown in speaks of absence or attendance: its page's title and
 * text, the shadow roots it sits in, and the pages framing it. A bare "Timer" or "Dager" counts
 * what the page is about; on a page that nowhere names absence (the school nurse's appointments,
 * hours of a course), it is not absence. Loosely, as a stem anywhere in the text ("Fraværsliste",
 * "Fråvær"): a page that may be about absence is left to the other rules.
 */
export function pageSpeaksOfAbsence(table: Element, absence: readonly string[], attendance: readonly string[]): boolean {
  const stems = [...absence, ...attendance].filter((word) => word.length >= 5).map((word) => word.toLowerCase());
  const speaks = (text: string | null | undefined) => {
    const lower = (text ?? '').toLowerCase();
    return stems.some((stem) => lower.includes(stem));
  };
  let node: Node | null = table;
  for (let depth = 0; node && depth < 8; depth++) {
    const root: Node = node.getRootNode();
    if (root.nodeType === 9) {
      const doc = root as Document;
      if (speaks(doc.title) || speaks(doc.body?.textContent)) return true;
      let frame: Element | null = null;
      try {
        frame = doc.defaultView?.frameElement ?? null;
      } catch {
        frame = null;
      }
      node = frame;
    } else {
      if (speaks(root.textContent)) return true;
      node = (root as ShadowRoot).host ?? null;
    }
  }
  return false;
}

/** "Side 1 av 3", "Viser 1–25 av 61", "Page 1 of 3". */
const PAGE_OF = /\b(?:side|sida|page)\s+(\d+)\s*(?:av|of|\/)\s*(\d+)/i;
const SHOWING = /\b(?:viser|vis|showing)\s+(\d+)\s*[–—-]\s*(\d+)\s+(?:av|of)\s+(\d+)/i;

export function isPaginated(doc: Document, table: Element, words: PageWords): boolean {
  const scope = table.parentElement?.parentElement ?? doc.body ?? doc.documentElement;
  const text = cleanText(scope?.textContent ?? '');
  const pageOf = PAGE_OF.exec(text);
  if (pageOf && Number(pageOf[2]) > 1) return true;
  const showing = SHOWING.exec(text);
  if (showing && Number(showing[2]) < Number(showing[3])) return true;

  let pagers: Element[] = [];
  try {
    pagers = Array.from(doc.querySelectorAll(words.pagerSelector));
  } catch {
    pagers = [];
  }
  for (const pager of pagers) {
    const controls = Array.from(pager.querySelectorAll('a, button, [role="button"], [role="link"]'));
    const numbered = controls.filter((control) => /^\d+$/.test(cleanText(control.textContent ?? '')));
    if (numbered.length > 1) return true;
    if (controls.some((control) => isEnabledNext(control, words))) return true;
  }
  return false;
}

function isEnabledNext(control: Element, words: PageWords): boolean {
  const label = cleanText(control.getAttribute('aria-label') ?? control.textContent ?? '').toLowerCase();
  if (!words.nextPage.some((word) => label === word || label.startsWith(`${word} `))) return false;
  return !control.hasAttribute('disabled') && control.getAttribute('aria-disabled') !== 'true';
}

/**
 * Whether the page shows an alert with something in it (role="alert", as error boxes are marked):
 * beside an empty table of students, it says why the table is empty ("Noe gikk galt", "503").
 * An alert the page keeps hidden, or an empty live region waiting for one, says nothing.
 */
export function showsAlert(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('[role="alert"], [role="alertdialog"]')).some(
    (alert) => cleanText(alert.textContent ?? '') !== '' && isRendered(alert),
  );
}

/** Unicode-property patterns are costly to compile; each label's is compiled once. */
const classLabelPatterns = new Map<string, RegExp>();

/** The pattern for a label in `text`: over Latin letters where the text and label are Latin (latin-letters.ts), far faster to compile. */
function classLabelPattern(label: string, text: string): RegExp {
  const latin = isLatinText(text) && isLatinText(label);
  const key = `${latin} ${label}`;
  let pattern = classLabelPatterns.get(key);
  if (!pattern) {
    const escaped = literal(label);
    const letter = latin ? LATIN_LETTERS : '\\p{L}';
    pattern = new RegExp(
      `(?:^|[^${letter}])${escaped}\\s*:?\\s*(vg\\s?[1-3]\\s?[${letter}\\d]{0,6}|\\d{1,2}\\s?[${letter}]{1,4}\\d?)(?![${letter}\\d])`,
      latin ? 'i' : 'iu',
    );
    classLabelPatterns.set(key, pattern);
  }
  return pattern;
}

/**
 * Lower case, with the long s read as "s": every text a case-insensitive Unicode pattern matches
 * for a label contains the label in this form (U+017F folds to "s" but has no lower-case "s"; the
 * Kelvin sign's lower case is "k"). It may contain it where the pattern does not match, never the
 * other way round.
 */
function roughlyFolded(text: string): string {
  return text.toLowerCase().replaceAll('\u017f', 's');
}

/** The class a page is about, from the table's caption or the headings above it. */
export function classNameFromPage(doc: Document, table: Element, words: PageWords): string | undefined {
  const texts = [
    captionOf(table),
    table.getAttribute('aria-label'),
    ...Array.from(doc.querySelectorAll('h1, h2, h3')).map((heading) => heading.textContent),
    doc.title,
  ];
  return classNamedIn(texts, words);
}

/** A class code a group's own heading opens with ("8A – 4 elever", "10B"). */
const LEADING_CLASS = /^(\d{1,2}\s?\p{Lu}{1,3})(?=$|\s|[–—:(-])/u;

/**
 * The class a table's own caption or heading lines name, as one of several groups' tables on a
 * page ("8A – 4 elever" over one, "8B – 3 elever" over the next): never the page's headings,
 * which may name any of the groups.
 */
export function classOfOwnHeading(table: Element, words: PageWords): string | undefined {
  const own = [captionOf(table), table.getAttribute('aria-label') ?? '', ...ownLinesBefore(table)];
  return classNamedIn(own, words) ?? own.map((line) => LEADING_CLASS.exec(cleanText(line))?.[1]).find((found) => found !== undefined);
}

const TABLE_LIKE = 'table, [role="table"], [role="grid"]';

/**
 * A table's previous siblings' texts, nearest first, up to three and up to another table (a
 * sibling that is one or holds one: its cells are no heading of this table).
 */
export function ownLinesBefore(table: Element): string[] {
  const lines: string[] = [];
  for (let sibling = table.previousElementSibling, n = 0; sibling && n < 3; sibling = sibling.previousElementSibling, n += 1) {
    if (sibling.matches(TABLE_LIKE) || sibling.querySelector(TABLE_LIKE)) break;
    lines.push(sibling.textContent ?? '');
  }
  return lines;
}

function classNamedIn(texts: ReadonlyArray<string | null | undefined>, words: PageWords): string | undefined {
  for (const raw of texts) {
    const text = cleanText(raw ?? '');
    const folded = roughlyFolded(text);
    for (const label of words.classLabels) {
      // Each pattern costs milliseconds to compile on first use: a text without the label's
      // letters (an empty caption, a heading without "klasse") cannot match and is not tried.
      if (!folded.includes(roughlyFolded(label))) continue;
      const match = classLabelPattern(label, text).exec(text);
      if (match?.[1]) return cleanText(match[1]);
    }
  }
  return undefined;
}

/** What period a summary table's totals cover, from its caption, headings and header texts. */
export function periodFromPage(
  doc: Document,
  table: Element,
  headers: readonly string[],
  words: PageWords,
): 'term' | 'schoolYear' | 'unknown' {
  const said = periodIn(
    [
      captionOf(table) ?? '',
      ...Array.from(doc.querySelectorAll('h1, h2, h3')).map((heading) => heading.textContent ?? ''),
      ...headers,
    ].join(' '),
    words,
  );
  if (said !== 'unknown') return said;
  // A line of text above the table ("Fravær hittil i halvåret", "Autumn term to date").
  return periodIn(linesBefore(table).join(' '), words);
}

/**
 * The one date a page is about, from its title, headings and the lines above the table
 * ("Registrering – 9C – mandag 23.11.2026"), or among several the day chosen in the page's day tabs;
 * undefined when they give none or several.
 */
export function dayStatedNear(doc: Document, table: Element, asOf: IsoDate, selected: string): IsoDate | undefined {
  const texts = [doc.title, ...Array.from(doc.querySelectorAll('h1, h2, h3')).map((h) => h.textContent ?? ''), ...linesBefore(table)];
  const dates = new Set<IsoDate>();
  for (const text of texts) {
    for (const match of cleanText(text).matchAll(/(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]\d)/g)) {
      const date = parseNorwegianDate(match[0], asOf);
      if (date !== null) dates.add(date);
    }
  }
  const [only] = [...dates];
  if (dates.size === 1) return only !== undefined && only <= asOf ? only : undefined;
  return selectedDay(doc, [...dates].sort(), asOf, selected);
}

/**
 * Whether the dates the table's caption and the lines just above it name all lie after the as-of
 * day ("Leirskole 11.–13.05.2027", "Tur til Bergen 04.06.2027"): the table is about something to
 * come, a trip or a camp one signs up for. False when they name none, or any day that has passed
 * (a term "18.08.2026–19.12.2026" that goes on past the as-of day is one).
 */
export function onlyComingDatesAbove(table: Element, asOf: IsoDate): boolean {
  let dated = false;
  for (const text of [captionOf(table), ...linesBefore(table)]) {
    for (const match of cleanText(text).matchAll(/(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]\d)/g)) {
      const date = parseNorwegianDate(match[0], asOf);
      if (date === null) continue;
      if (date <= asOf) return false;
      dated = true;
    }
  }
  return dated;
}

/**
 * A week's days as tabs or links with one marked as chosen ("Uke 48 · 23.11.2026–27.11.2026" over
 * "Man 23.11 | Tir 24.11 …", the first selected): the chosen day, when it lies in the range the
 * page states (if it states one).
 */
function selectedDay(doc: Document, stated: IsoDate[], asOf: IsoDate, selector: string): IsoDate | undefined {
  let marked: Element[] = [];
  try {
    marked = Array.from(doc.querySelectorAll(selector));
  } catch {
    return undefined;
  }
  const days = new Set<IsoDate>();
  for (const element of marked) {
    const text = cleanText(element.textContent ?? '');
    const match = /(?<![\d.])(\d{1,2}\.\d{1,2}\.?(?:\d{4})?)(?![\d.]\d)/.exec(text);
    if (!match?.[1] || text.length > 30) continue;
    const date = parseNorwegianDate(match[1], asOf);
    if (date !== null) days.add(date);
  }
  const [day] = [...days];
  if (days.size !== 1 || day === undefined || day > asOf) return undefined;
  const first = stated[0];
  const last = stated[stated.length - 1];
  return first === undefined || last === undefined || (day >= first && day <= last) ? day : undefined;
}

/** Short lines of text just before the table (its previous siblings, and its parent's). */
export function linesBefore(table: Element): string[] {
  const lines: string[] = [];
  for (let scope: Element | null = table, level = 0; scope && level < 3; scope = scope.parentElement, level += 1) {
    let sibling = scope.previousElementSibling;
    for (let n = 0; sibling && n < 3; sibling = sibling.previousElementSibling, n += 1) {
      if (sibling.querySelector(TABLE_LIKE)) continue;
      const text = cleanText(sibling.textContent ?? '');
      if (text !== '' && text.length <= 200) lines.push(text);
    }
  }
  return lines;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * What the table is titled: its caption, the headings just above it (its previous siblings and its
 * parents', as {@link linesBefore} walks them, and headings inside those) and the page's title.
 * Not the sentences around it, whose idioms ("i praksis", in practice) name no subject.
 */
export function titlesAbove(table: Element): string[] {
  const titles = [captionOf(table), table.ownerDocument.title];
  for (let scope: Element | null = table, level = 0; scope && level < 3; scope = scope.parentElement, level += 1) {
    let sibling = scope.previousElementSibling;
    for (let n = 0; sibling && n < 3; sibling = sibling.previousElementSibling, n += 1) {
      if (sibling.querySelector(TABLE_LIKE)) continue;
      const headings = sibling.matches(HEADING) ? [sibling] : Array.from(sibling.querySelectorAll(HEADING));
      for (const heading of headings) titles.push(cleanText(heading.textContent ?? ''));
    }
  }
  return titles.filter((title) => title !== '');
}

/** Short lines of text just after the table (its next siblings, and its parent's): a key, a footnote. */
export function linesAfter(table: Element): string[] {
  const lines: string[] = [];
  for (let scope: Element | null = table, level = 0; scope && level < 2; scope = scope.parentElement, level += 1) {
    let sibling = scope.nextElementSibling;
    for (let n = 0; sibling && n < 3; sibling = sibling.nextElementSibling, n += 1) {
      if (sibling.querySelector(TABLE_LIKE)) continue;
      const text = cleanText(sibling.textContent ?? '');
      if (text !== '' && text.length <= 400) lines.push(text);
    }
  }
  return lines;
}

/** An abbreviation the key explains: letters and digits, as a column header writes it ("ABS", "Udok.", "tdy", "14 d"). */
const ABBREVIATION = /^[\p{L}\p{N}.%]{1,10}(?: [\p{L}\p{N}.%]{1,10})?$/u;

/**
 * What the page's key near a table says its header abbreviations mean ("Key: ABS = days absent
 * (Exc + Unx); Exc = excused; tdy = tardies"), lower-case abbreviation → meaning. A bracketed
 * remark in a meaning is left out: it tells how the figure relates to others, not what it counts.
 */
export function headerKeyNear(table: Element): Map<string, string> {
  const key = new Map<string, string>();
  const lines = [captionOf(table) ?? '', ...linesBefore(table), ...linesAfter(table)];
  for (const line of lines) {
    if (!line.includes('=')) continue;
    // Each "ABBR =" starts an entry; its meaning runs to the next one. An entry that opens the
    // line or a sentence may be two words ("14 d = siste 14 dager"): the last word is kept as an
    // abbreviation of its own too, as the part before it may be the line's lead-in ("Forklaring Frv").
    const text = cleanText(line);
    const entries = [...text.matchAll(/(?:(?<=^|[.;:,·]\s)([^\s:=;,·]+)\s)?([^\s:=;,·]+)\s*=\s*/gu)];
    entries.forEach((entry, i) => {
      const last = entry[2]?.toLowerCase().replace(/\.$/u, '');
      const abbreviations = entry[1] ? [`${entry[1].toLowerCase()} ${last}`, last] : [last];
      const end = entries[i + 1]?.index ?? text.length;
      const meaning = text
        .slice((entry.index ?? 0) + entry[0].length, end)
        // A sentence ends the meaning: "Anm. = antall anmerkninger. Fravær d. = hele dager" gives
        // "Anm." its own sentence, not the next entry's first word ("Fravær").
        .split(/\.\s+(?=\p{Lu})/u)[0]!
        .replace(/\([^()]*\)/gu, ' ')
        .replace(/[\s;,.·]+$/u, '')
        .trim();
      for (const abbreviation of abbreviations) {
        if (!abbreviation || meaning === '' || !ABBREVIATION.test(abbreviation) || key.has(abbreviation)) continue;
        key.set(abbreviation, meaning);
      }
    });
  }
  return key;
}

/**
 * A header the key explains part by part ("Fr.d. 14 d", with "Fr.d. = fraværsdager" and "14 d =
 * siste 14 dager" in the key): each part's meaning in its place, and how many parts there were;
 * undefined unless every word of the header is in one of the key's abbreviations.
 */
export function explainedByKey(header: string, key: ReadonlyMap<string, string>): { meaning: string; parts: number } | undefined {
  const words = cleanText(header).toLowerCase().split(' ').filter((word) => word !== '');
  const meanings: string[] = [];
  for (let at = 0; at < words.length; ) {
    // The longer abbreviation first: "14 d" before a "d" of its own.
    const two = at + 1 < words.length ? key.get(`${words[at]} ${words[at + 1]}`.replace(/\.$/u, '')) : undefined;
    const one = two === undefined ? key.get((words[at] as string).replace(/\.$/u, '')) : undefined;
    const meaning = two ?? one;
    if (meaning === undefined) return undefined;
    meanings.push(meaning);
    at += two === undefined ? 1 : 2;
  }
  return meanings.length > 0 ? { meaning: meanings.join(' '), parts: meanings.length } : undefined;
}

function periodIn(raw: string, words: PageWords): 'term' | 'schoolYear' | 'unknown' {
  const text = headerPhrase(raw);
  const textWords = text.trim().split(' ');
  // Compounds count too: "høsthalvåret" is a term, "skoleåret 2026/27" a school year.
  const mentions = (list: readonly string[]): boolean =>
    list.some((word) => {
      const phrase = headerPhrase(word).trim();
      if (text.includes(` ${phrase} `)) return true;
      return phrase.length >= 5 && !phrase.includes(' ') && textWords.some((w) => w.endsWith(phrase));
    });
  if (mentions(words.schoolYear)) return 'schoolYear';
  if (mentions(words.term)) return 'term';
  return 'unknown';
}
