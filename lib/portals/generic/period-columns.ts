import { addDaysIso, daysBetween, type IsoDate, isWeekend } from '../../model';
import { parseNorwegianNumber, parsePercent, WEEKDAYS } from '../norwegian-format';
import { statedRange } from '../shown-period';
import { normaliseHeader } from '../table';
import { type ColumnRole, type Measure, periodOfHeader } from './columns';

/** Whether a period starting on `from` follows one ending on `to` with no school day between: the next day, or only a weekend. */
export function adjoins(to: IsoDate, from: IsoDate): boolean {
  let day = addDaysIso(to, 1);
  while (day < from && isWeekend(day)) day = addDaysIso(day, 1);
  return day === from;
}

/** Words by which a header places its period before or after a holiday ("Før haustferien", "Etter høstferien"). */
export interface BreakWords {
  before: readonly string[];
  after: readonly string[];
  /** The holidays that split a term: "høstferien", "vinterferien". */
  holidays: readonly string[];
}

/** The holiday a header places its period on one side of ("før haustferien" → "haustferien"), if it names one so. */
function sideOfBreak(header: string, side: readonly string[], words: BreakWords): string | undefined {
  const text = ` ${normaliseHeader(header)} `;
  return words.holidays.find((holiday) => side.some((word) => text.includes(` ${word} ${holiday} `)));
}

/**
 * Whether a period headed `earlier` and one headed `later` are the stretches on either side of one
 * holiday ("Før haustferien (18.08.–25.09.)" and "Etter haustferien (05.10.–23.11.)"): the headers
 * themselves say that the days between them are the break, so no school day lies between the two.
 */
function splitAtBreak(earlier: string, later: string, words: BreakWords): boolean {
  const holiday = sideOfBreak(earlier, words.before, words);
  return holiday !== undefined && sideOfBreak(later, words.after, words) === holiday;
}

/**
 * A term split into reporting periods side by side ("Periode 1 (18.08–02.10) | Periode 2
 * (05.10–13.11, pågår)"): a header that writes out a range longer than a stretch beside the totals
 * may be (columns.ts) is still a period of its own when the column of another period starts on the
 * next school day after it ends, or ends on the school day before it starts, or when the two
 * headers place them before and after one holiday (`breaks`). `unitOf`: the unit the header's
 * words name, if any.
 */
export function withAdjoiningPeriods(
  roles: ColumnRole[],
  headers: readonly string[],
  asOf: IsoDate,
  unitOf: (header: string) => Measure | undefined,
  breaks: BreakWords,
): ColumnRole[] {
  const ranges = headers.map((header) => statedRange(header, asOf));
  // Either side of a holiday may be the longer one: any column whose header writes out a range is a candidate.
  const acrossBreak = (range: { from: IsoDate; to: IsoDate }, column: number) =>
    ranges.some(
      (other, at) =>
        other !== null &&
        ((other.to < range.from && splitAtBreak(headers[at] ?? '', headers[column] ?? '', breaks)) ||
          (range.to < other.from && splitAtBreak(headers[column] ?? '', headers[at] ?? '', breaks))),
    );
  let result = roles;
  for (let changed = true; changed; ) {
    changed = false;
    const periods = result.flatMap((role) => (role.kind === 'stretch' ? [role] : []));
    result = result.map((role, column): ColumnRole => {
      // A header with a unit ("Etter haustferien (05.10.–23.11.) Dagar") counts over its range as much as one without.
      const counts = role.kind === 'other' || (role.kind === 'measure' && (role.measure === 'days' || role.measure === 'lessons') && role.documented === undefined && !role.part);
      const range = counts ? ranges[column] : null;
      if (!range || range.to > asOf) return role;
      if (!periods.some((period) => adjoins(range.to, period.from) || adjoins(period.to, range.from)) && !acrossBreak(range, column)) return role;
      changed = true;
      const unit = unitOf(headers[column] ?? '');
      return unit === 'days' || unit === 'lessons' ? { kind: 'stretch', ...range, measure: unit } : { kind: 'stretch', ...range };
    });
  }
  return result;
}

/** A column headed "Sum", "Totalt" or "Totalt hittil" (`totalWords`) that the reader reads as nothing else. */
function isTotalColumn(role: ColumnRole, header: string, totalWords: readonly string[]): boolean {
  const words = normaliseHeader(header);
  return role.kind === 'other' && totalWords.some((word) => words === word || words.startsWith(`${word} `));
}

/** The one unread column headed "Sum" or "Totalt"; undefined when there is none or more than one. */
function oneTotalColumn(roles: readonly ColumnRole[], headers: readonly string[], totalWords: readonly string[]): number | undefined {
  const sums = roles.flatMap((role, column) => (isTotalColumn(role, headers[column] ?? '', totalWords) ? [column] : []));
  return sums.length === 1 ? sums[0] : undefined;
}

/** The columns right before `total`, nearest first, while each has a header and `isPart` holds for its role. */
function partsBefore(total: number, roles: readonly ColumnRole[], headers: readonly string[], isPart: (role: ColumnRole) => boolean): number[] {
  const parts: number[] = [];
  for (let column = total - 1; column >= 0; column -= 1) {
    const role = roles[column];
    if (role === undefined || !isPart(role) || (headers[column] ?? '').trim() === '') break;
    parts.push(column);
  }
  return parts;
}

/** A cell with no figure in it: empty, or a dash for nought. */
const NO_FIGURE = /^[-–—]?$/u;

/** Whether the parts, each read (null: unreadable), add up to the total exactly. */
function addsUpTo(parts: ReadonlyArray<number | null>, total: number | null): boolean {
  return total !== null && parts.every((part) => part !== null) && Math.abs(parts.reduce<number>((a, b) => a + (b ?? 0), 0) - total) < 1e-9;
}

/**
 * Reports that break the term down into periods side by side ("Aug | Sep | Okt | Nov | Sum",
 * "Uke 44 | Uke 45 | Uke 46 | Totalt hittil") read each period column as a stretch of its own
 * (columns.ts). Beside two or more of them, a column headed "Sum", "Totalt" or "Totalt hittil"
 * adds them up: it is the whole period's figure. Without them such a header says nothing of
 * absence (a grade overview's sum).
 */
export function withPeriodSum(roles: ColumnRole[], headers: readonly string[], totalWords: readonly string[]): ColumnRole[] {
  if (roles.filter((role) => role.kind === 'stretch').length < 2) return roles;
  return roles.map((role, column) => (isTotalColumn(role, headers[column] ?? '', totalWords) ? { kind: 'absence' } : role));
}

/**
 * Reports of absence by weekday ("Man | Tir | Ons | Tor | Fre | Sum", to spot a Monday pattern)
 * spread the whole period's absence over the weekdays: a weekday column is no stretch of its own,
 * but the column that adds them up is the period's figure. It is read so only when it does add
 * them up on every row (`bodyTexts`: the body rows' cell texts), so a week's register of codes
 * under weekday headings, or a sum of something else, is not taken for it.
 */
export function withWeekdaySum(
  roles: ColumnRole[],
  headers: readonly string[],
  totalWords: readonly string[],
  bodyTexts: () => string[][],
): ColumnRole[] {
  const weekdayColumns = headers.flatMap((header, column) => (roles[column]?.kind === 'other' && WEEKDAYS[normaliseHeader(header)] !== undefined ? [column] : []));
  const days = new Set(weekdayColumns.map((column) => WEEKDAYS[normaliseHeader(headers[column] ?? '')]));
  if (days.size < 3 || days.size !== weekdayColumns.length) return roles;
  const sum = oneTotalColumn(roles, headers, totalWords);
  if (sum === undefined) return roles;
  const rows = bodyTexts();
  const addsUp = rows.every((texts) => {
    if ([sum, ...weekdayColumns].every((column) => (texts[column] ?? '') === '')) return true;
    const parts = weekdayColumns.map((column) => (NO_FIGURE.test(texts[column] ?? '') ? 0 : parseNorwegianNumber(texts[column] ?? '')));
    return addsUpTo(parts, parseNorwegianNumber(texts[sum] ?? ''));
  });
  return rows.length > 0 && addsUp ? roles.map((role, column) => (column === sum ? { kind: 'absence' } : role)) : roles;
}

/**
 * Absence split into kinds side by side with their total ("Egenmelding | Sykdom m/legeerklæring |
 * Permisjon | Ikke dokumentert | Totalt"): the kinds' headers name no unit, but the column headed
 * "Totalt" or "Sum" right after them adds them up, and on a page that states the unit of its
 * figures ("Alle tall i hele dager", `statedUnit`) it is each row's absence. It is read so only
 * when two or more columns just before it, unread or saying whether it was documented, add up to
 * it on every row (`bodyTexts`), so a sum of something else is not taken for absence.
 */
export function withKindsTotal(
  roles: ColumnRole[],
  headers: readonly string[],
  totalWords: readonly string[],
  bodyTexts: () => string[][],
  statedUnit: () => 'days' | 'lessons' | 'percent' | undefined,
): ColumnRole[] {
  if (roles.some((role) => role.kind === 'measure' || role.kind === 'absence' || role.kind === 'stretch')) return roles;
  const sum = oneTotalColumn(roles, headers, totalWords);
  if (sum === undefined) return roles;
  const parts = partsBefore(sum, roles, headers, (role) => role.kind === 'other' || role.kind === 'documented');
  if (parts.length < 2) return roles;
  const rows = bodyTexts();
  const figure = (text: string) => (NO_FIGURE.test(text) ? 0 : parseNorwegianNumber(text));
  const addsUp = rows.every((texts) => addsUpTo(parts.map((column) => figure(texts[column] ?? '')), parseNorwegianNumber(texts[sum] ?? '')));
  const unit = rows.length > 0 && addsUp ? statedUnit() : undefined;
  return unit === 'days' || unit === 'lessons' ? roles.map((role, column) => (column === sum ? { kind: 'measure', measure: unit } : role)) : roles;
}

/**
 * Shares of absence per subject side by side with the student's share of all lessons ("NOR | MAT |
 * ENG | … | Totalt", each "6,3 %"), as upper-secondary overviews show them: the subject codes are
 * no words the reader knows, but the column headed "Totalt" or "Sum" right after them is each
 * row's absence as a share of the teaching. It is read so only on a page that names absence above
 * the table (`namesAbsence`: "Fraværsprosent per fag"), when the figures are shares (each written
 * with "%", or the page says so: `statedUnit`), and when on every row the total lies between the
 * smallest share and all of them added (a mean over the subjects' lessons, or kinds added up), so
 * a total of something else, or a grade overview's, is not taken for absence.
 */
export function withSharesTotal(
  roles: ColumnRole[],
  headers: readonly string[],
  totalWords: readonly string[],
  bodyTexts: () => string[][],
  statedUnit: () => 'days' | 'lessons' | 'percent' | undefined,
  namesAbsence: () => boolean,
): ColumnRole[] {
  if (roles.some((role) => role.kind === 'measure' || role.kind === 'absence' || role.kind === 'stretch' || role.kind === 'attendance')) return roles;
  const sum = oneTotalColumn(roles, headers, totalWords);
  if (sum === undefined) return roles;
  const parts = partsBefore(sum, roles, headers, (role) => role.kind === 'other');
  if (parts.length < 2) return roles;
  const rows = bodyTexts().filter((texts) => [sum, ...parts].some((column) => (texts[column] ?? '').trim() !== ''));
  if (rows.length === 0) return roles;
  const written = rows.every((texts) => [sum, ...parts].every((column) => /^(?:[-–—]?|.*\d\s*%)$/u.test((texts[column] ?? '').trim())));
  if (!written && statedUnit() !== 'percent') return roles;
  const share = (text: string) => (NO_FIGURE.test(text.trim()) ? undefined : parsePercent(text));
  const between = rows.every((texts) => {
    const total = parsePercent(texts[sum] ?? '');
    const values = parts.map((column) => share(texts[column] ?? ''));
    if (total === null || values.some((value) => value === null)) return false;
    const shown = values.filter((value): value is number => value !== undefined);
    if (shown.length === 0) return total === 0;
    // Each figure is rounded to the decimals it shows: the total may stray from its parts by as much.
    const slack = 10 ** -(/[.,](\d+)/u.exec(texts[sum] ?? '')?.[1]?.length ?? 0);
    return Math.min(...shown) - slack <= total && total <= shown.reduce((a, b) => a + b, 0) + slack;
  });
  return between && namesAbsence() ? roles.map((role, column) => (column === sum ? { kind: 'measure', measure: 'percent' } : role)) : roles;
}

/**
 * Among whole weeks side by side ("Uke 45 2.–6.11 | Uke 46 9.–13.11 | Uke 47 16.–20.11"), the
 * current week's column names only its days so far, perhaps a single date ("Uke 48 23.11"): it is
 * that week so far, not one day of a register. A register puts several days under one week's
 * heading and has no whole-week columns, so only a lone date under its own week's heading, beside
 * two or more whole weeks, is read so.
 */
export function withWeekSoFar(roles: ColumnRole[], headers: readonly string[], asOf: IsoDate): ColumnRole[] {
  const wholeWeeks = roles.filter((role) => role.kind === 'stretch' && daysBetween(role.from, role.to) === 6).length;
  if (wholeWeeks < 2 || roles.filter((role) => role.kind === 'dateColumn').length !== 1) return roles;
  return roles.map((role, column) => {
    if (role.kind !== 'dateColumn') return role;
    const week = periodOfHeader(headers[column] ?? '', asOf);
    const inWeek = week !== undefined && daysBetween(week.from, week.to) < 7 && week.from <= role.date && role.date <= week.to;
    return inWeek && /^(?:uke|veke|week)\b/iu.test(normaliseHeader(headers[column] ?? '')) ? { kind: 'stretch', ...week } : role;
  });
}

/** Columns that name the student, which may stand beside the parts of their absence. */
const BESIDE_PARTS = new Set<ColumnRole['kind']>(['name', 'firstName', 'lastName', 'studentId', 'className', 'private']);

/**
 * Absence split by reason with no column of the whole ("Sjukdom | Lege/tannlege | Permisjon |
 * Utan gyldig grunn"): the parts add up to the student's absence, in the unit the page states.
 * Read so only when every other column names the student or is blank, every part is a reason
 * (`namesReason`) or a documented / undocumented column and at least one a reason, and every
 * part's cells are counts: an unknown column beside them may be a part too, and would be missed.
 */
export function withReasonParts(
  roles: ColumnRole[],
  headers: readonly string[],
  namesReason: (header: string) => boolean,
  bodyTexts: () => string[][],
  statedUnit: () => 'days' | 'lessons' | 'percent' | undefined,
): ColumnRole[] {
  if (roles.some((role) => role.kind === 'measure' || role.kind === 'absence' || role.kind === 'stretch' || role.kind === 'attendance')) return roles;
  const reasons = roles.flatMap((role, column) => (role.kind === 'other' && namesReason(headers[column] ?? '') ? [column] : []));
  const flags = roles.flatMap((role, column) => (role.kind === 'documented' ? [column] : []));
  const parts = [...reasons, ...flags];
  if (reasons.length === 0 || parts.length < 2) return roles;
  const alone = roles.every(
    (role, column) => parts.includes(column) || BESIDE_PARTS.has(role.kind) || (role.kind === 'other' && (headers[column] ?? '').trim() === ''),
  );
  if (!alone) return roles;
  const rows = bodyTexts();
  const counts = rows.length > 0 && rows.every((texts) => parts.every((column) => NO_FIGURE.test((texts[column] ?? '').trim()) || parseNorwegianNumber(texts[column] ?? '') !== null));
  const unit = counts ? statedUnit() : undefined;
  if (unit !== 'days' && unit !== 'lessons') return roles;
  return roles.map((role, column): ColumnRole => {
    if (role.kind === 'documented') return { kind: 'measure', measure: unit, documented: !role.inverted, part: true };
    return reasons.includes(column) ? { kind: 'measure', measure: unit, part: true } : role;
  });
}

/**
 * Days (or lessons) split by how long each spell lasted, "Korttidsfravær (dager) | Langtidsfravær
 * (dager)": the parts add up to the whole, as parts by reason do. Only when every column counting
 * that unit names a length, so that no column of the whole beside them is counted twice.
 */
export function withDurationParts(roles: ColumnRole[], headers: readonly string[], namesDuration: (header: string) => boolean): ColumnRole[] {
  let parted = roles;
  for (const unit of ['days', 'lessons'] as const) {
    const counts = roles.flatMap((role, column) =>
      role.kind === 'measure' && role.measure === unit && !role.part && !role.half && role.documented === undefined ? [column] : [],
    );
    if (counts.length < 2 || !counts.every((column) => namesDuration(headers[column] ?? ''))) continue;
    parted = parted.map((role, column): ColumnRole => (counts.includes(column) ? { kind: 'measure', measure: unit, part: true } : role));
  }
  return parted;
}

/** How far two shares written to one decimal may miss 100 % and still be all of it. */
const ROUNDING = 0.15;

/**
 * Absence as two shares side by side, its documented and its undocumented part ("Dokumentert
 * fråvær (%) | Udokumentert fråvær (%)"), with no share of the whole beside them: the parts add up
 * to the student's share, as parts in days or lessons do (read-rows.ts). Only when the two headers
 * say the same but for the part they name (`partNamed`), so that both are shares of one base, never
 * a share of the lessons added to one of the days; and not when the two make 100 % on every row
 * with absence: they are then shares of the absence (how much of it was documented), not of the
 * school time.
 */
export function withShareParts(
  roles: ColumnRole[],
  headers: readonly string[],
  partNamed: (header: string) => { documented: boolean; rest: string } | undefined,
  bodyTexts: () => string[][],
): ColumnRole[] {
  const shares = roles.flatMap((role, column) => (role.kind === 'measure' && role.measure === 'percent' ? [column] : []));
  const named = shares.map((column) => partNamed(headers[column] ?? ''));
  const [first, second] = named;
  const addable =
    !roles.some((role) => role.kind === 'attendance' || (role.kind === 'measure' && role.part)) &&
    shares.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    first.documented !== second.documented &&
    first.rest === second.rest &&
    !sharesOfTheAbsence(shares, bodyTexts);
  return roles.map((role, column): ColumnRole => {
    const at = shares.indexOf(column);
    const part = named[at];
    if (at < 0 || !part) return role;
    if (addable) return { kind: 'measure', measure: 'percent', documented: part.documented, part: true };
    // A share named as one part and not added up with the other is no share of the whole: read as
    // one ("Udokumentert fravær (%)" alone), it would show a student better off than the page says.
    return { kind: 'other' };
  });
}

/** Two shares that make 100 % on every row with absence: how much of the absence was documented, not of school time. */
function sharesOfTheAbsence(shares: readonly number[], bodyTexts: () => string[][]): boolean {
  const share = (text: string) => (NO_FIGURE.test(text.trim()) ? 0 : parsePercent(text));
  const sums = bodyTexts().flatMap((texts) => {
    const [a, b] = shares.map((column) => share(texts[column] ?? ''));
    return a === null || a === undefined || b === null || b === undefined || a + b === 0 ? [] : [a + b];
  });
  return sums.length > 0 && sums.every((sum) => Math.abs(sum - 100) <= ROUNDING);
}
