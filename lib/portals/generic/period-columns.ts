import { daysBetween, type IsoDate } from '../../model';
import { normaliseHeader } from '../table';
import { type ColumnRole, periodOfHeader } from './columns';

/**
 * Reports that break the term down into periods side by side ("Aug | Sep | Okt | Nov | Sum",
 * "Uke 44 | Uke 45 | Uke 46 | Totalt hittil") read each period column as a stretch of its own
 * (columns.ts). Beside two or more of them, a column headed "Sum", "Totalt" or "Totalt hittil"
 * adds them up: it is the whole period's figure. Without them such a header says nothing of
 * absence (a grade overview's sum).
 */
export function withPeriodSum(roles: ColumnRole[], headers: readonly string[], totalWords: readonly string[]): ColumnRole[] {
  if (roles.filter((role) => role.kind === 'stretch').length < 2) return roles;
  return roles.map((role, column) => {
    const header = normaliseHeader(headers[column] ?? '');
    return role.kind === 'other' && totalWords.some((word) => header === word || header.startsWith(`${word} `)) ? { kind: 'absence' } : role;
  });
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
