import { cleanText } from '../norwegian-format';
import { literal } from './literal-pattern';

/**
 * A page about one student: an event list (Dato | Fag | Timer …) with no name column, and the
 * student named only in the heading, the breadcrumb or the page title ("Fravær – Kari Nordmann",
 * "Elever › 1STA › Kari Nordmann"), the class in a line such as "Klasse: 1STA". The words are data
 * (GENERIC_VOCABULARY.page in generic/index.ts).
 */

export interface SingleStudentWords {
  /** Words around a name in a heading that are not part of it ("Fravær for …", "… – oversikt"). */
  notNames: readonly string[];
  /** Labels before a class name in a line of the page ("Klasse: 1STA"). */
  classLabels: readonly string[];
  /** CSS for a breadcrumb trail. */
  breadcrumbSelector: string;
}

export interface PageStudent {
  name: string;
  /** The element that shows the name, where the badge goes; null when only the title names them. */
  anchor: Element | null;
}

/** Between parts of a heading or title: dashes, bars, arrows, colons, brackets. */
const SEPARATORS = /\s+[-–—|•·]\s+|\s*[–—|›»>:/()[\]]\s*/u;
/** One word of a name: a capital, then letters, with hyphens or apostrophes inside ("Anne-Lise", "O'Neil"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Lower-case particles inside Norwegian and other names. */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'af', 'al', 'bin', 'el']);
/** A class name standing alone ("1STA", "8B", "Vg2 ST") is not a name. */
const CLASS_LIKE = /^(vg\s?[1-3]\s?[\p{L}\d]{0,6}|\d{1,2}\s?[\p{L}]{1,4}\d?)$/iu;

function nameIn(segment: string, notNames: ReadonlySet<string>): string | undefined {
  const words = cleanText(segment)
    .split(/\s+/)
    .filter((word) => word !== '' && !notNames.has(word.toLowerCase().replace(/[.:,;!?]+$/u, '')));
  // "Ingrid Haugland, 8A": the class after a comma is not part of the name.
  const text = words
    .join(' ')
    .replace(/[.:;!?]+$/u, '')
    .replace(/,\s*([^,]+)$/u, (whole, last: string) => (CLASS_LIKE.test(last.trim()) ? '' : whole));
  if (text === '' || CLASS_LIKE.test(text)) return undefined;
  // "Nordmann, Kari" as a register writes it.
  const reversed = /^([^,]+),\s*([^,]+)$/u.exec(text);
  const parts = reversed ? [...(reversed[2] ?? '').split(/\s+/), ...(reversed[1] ?? '').split(/\s+/)] : text.split(/\s+/);
  if (parts.length < 2 || parts.length > 5) return undefined;
  const capitals = parts.filter((part) => NAME_WORD.test(part));
  if (capitals.length < 2 || !parts.every((part) => NAME_WORD.test(part) || PARTICLES.has(part))) return undefined;
  if (parts.some((part) => /\d/.test(part))) return undefined;
  return text;
}

function namesInText(text: string, notNames: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const whole = nameIn(text, notNames);
  if (whole) found.push(whole);
  for (const segment of cleanText(text).split(SEPARATORS)) {
    const name = nameIn(segment, notNames);
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The student a group's heading row names ("Aamot, Levi (7B)"), with the class in brackets if it gives one. */
export function groupStudent(text: string, words: SingleStudentWords): { name: string; className?: string } | undefined {
  const notNames = new Set(words.notNames.map((word) => word.toLowerCase()));
  const [name] = namesInText(text, notNames);
  if (!name) return undefined;
  const bracketed = /\(([^()]{1,12})\)/u.exec(text)?.[1]?.trim();
  return bracketed && CLASS_LIKE.test(bracketed) ? { name, className: bracketed } : { name };
}

/** The innermost element under `root` whose text holds `name`: the badge goes beside the name itself. */
function innermostHolding(root: Element, name: string): Element {
  let holder = root;
  for (let depth = 0; depth < 10; depth += 1) {
    const child = Array.from(holder.children).find((element) => cleanText(element.textContent ?? '').includes(name));
    if (!child) break;
    holder = child;
  }
  return holder;
}

/** The longest line read as the one that shows the student's name beside its labels. */
const MAX_NAME_LINE = 200;

/**
 * The one student a page is about, or undefined when the page names none (or several different
 * ones, which a single-student page does not do). The breadcrumb's last step and the headings are
 * read first, the title last.
 */
export function studentFromPage(doc: Document, table: Element, words: SingleStudentWords): PageStudent | undefined {
  const notNames = new Set(words.notNames.map((word) => word.toLowerCase()));
  const sources: Element[] = [];
  try {
    for (const crumb of Array.from(doc.querySelectorAll(words.breadcrumbSelector))) {
      // The last step names the page; when that is "Fravær", the student is a step before it
      // ("Min skole › 9C › Sander Eliassen › Fravær"): steps are tried from the last back.
      const steps = Array.from(crumb.querySelectorAll('li, a, [aria-current]'));
      // A trail of plain text ("Elever › 1STA › Kari Nordmann") is read whole, split at its separators;
      // so is one whose last step is text after the links ("<a>Elever</a> › <a>9A</a> › Kaia Bredesen").
      const textOutsideSteps = Array.from(crumb.childNodes).some((node) => node.nodeType === 3 && /\p{L}/u.test(node.textContent ?? ''));
      sources.push(...(steps.length > 0 ? steps.reverse() : [crumb]), ...(steps.length > 0 && textOutsideSteps ? [crumb] : []));
    }
  } catch {
    // a selector the browser does not know: no breadcrumb
  }
  const root = table.getRootNode() as Document | ShadowRoot;
  const headings = [
    ...Array.from(root.querySelectorAll('h1, h2, h3, [role="heading"]')),
    ...(root === doc ? [] : Array.from(doc.querySelectorAll('h1, h2, h3, [role="heading"]'))),
  ];
  const caption = table.querySelector('caption');
  sources.push(...headings, ...(caption ? [caption] : []));
  for (const source of sources) {
    const [name] = namesInText(source.textContent ?? '', notNames);
    if (name) return { name, anchor: innermostHolding(source, name) };
  }
  const [fromTitle] = namesInText(doc.title, notNames);
  if (!fromTitle) return undefined;
  // The title names the student; put the badge beside the name where the page shows it, else by the heading.
  const lines = Array.from(doc.body?.querySelectorAll('p, span, div, dd, li, strong, b') ?? []).filter((element) =>
    cleanText(element.textContent ?? '').includes(fromTitle),
  );
  // The name alone in an element, or else the shortest line that holds it beside its labels
  // ("Elev: Ella Marie Fjørtoft  Klasse: 10C"): a heading that does not name the student is no place for their badge.
  const shown =
    lines.find((element) => element.children.length === 0) ??
    lines
      .filter((element) => cleanText(element.textContent ?? '').length <= MAX_NAME_LINE)
      .reduce<Element | undefined>((best, element) => (!best || (element.textContent ?? '').length < (best.textContent ?? '').length ? element : best), undefined);
  return { name: fromTitle, anchor: shown ?? headings[0] ?? caption ?? null };
}

/** Unicode-property patterns are costly to compile; each label's is compiled once. */
const classLinePatterns = new Map<string, RegExp>();

/** The class from a line such as "Klasse: 1STA" or "Class: 10B" anywhere in the page's short texts. */
export function classFromLines(doc: Document, table: Element, words: SingleStudentWords): string | undefined {
  const root = table.getRootNode() as Document | ShadowRoot;
  const scopes = root === doc ? [doc] : [root, doc];
  for (const scope of scopes) {
    for (const element of Array.from(scope.querySelectorAll('p, span, div, dd, dt, li, td, th, strong, b, h1, h2, h3, h4, label'))) {
      if (element.closest('table') === table && element.closest('tbody')) continue;
      const text = cleanText(element.textContent ?? '');
      if (text === '' || text.length > 160) continue;
      for (const label of words.classLabels) {
        let pattern = classLinePatterns.get(label);
        if (!pattern) {
          pattern = new RegExp(
            `(?:^|[^\\p{L}])${literal(label)}\\s*:\\s*(vg\\s?[1-3]\\s?[\\p{L}\\d]{0,6}|\\d{1,2}\\s?[\\p{L}]{1,4}\\d?|[\\p{L}\\d]{2,8})(?![\\p{L}\\d])`,
            'iu',
          );
          classLinePatterns.set(label, pattern);
        }
        const match = pattern.exec(text);
        if (match?.[1] && /\d/.test(match[1])) return cleanText(match[1]);
      }
    }
  }
  return undefined;
}
