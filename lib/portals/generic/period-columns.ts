import { normaliseHeader } from '../table';
import type { ColumnRole } from './columns';

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
