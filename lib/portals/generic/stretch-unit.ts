import type { ColumnRole } from './columns';

/**
 * A column over a shorter stretch whose header names only the stretch and absence ("Absent last 14
 * days") beside the period's absence counted in one unit only ("Days absent (term)"): the stretch is
 * counted as the period is, in that unit, as a page that names the unit once does. Beside both days
 * and lessons, or beside a figure whose unit is not named either, the unit is left open, and the
 * stretch's cells must say it themselves ("1 d 2 t"). `onlyAbsence`: whether a column's header
 * names nothing but the stretch and absence (a stretch of late arrivals or of attendance has no
 * unit of absence to take).
 */
export function withStretchInTotalsUnit(roles: ColumnRole[], onlyAbsence: (column: number) => boolean): ColumnRole[] {
  const open = (role: ColumnRole, column: number) => role.kind === 'stretch' && role.measure === undefined && onlyAbsence(column);
  if (!roles.some(open) || roles.some((role) => role.kind === 'absence')) return roles;
  const units = new Set(roles.flatMap((role) => (role.kind === 'measure' && (role.measure === 'days' || role.measure === 'lessons') ? [role.measure] : [])));
  const [unit] = units;
  if (units.size !== 1 || unit === undefined) return roles;
  return roles.map((role, column): ColumnRole => (role.kind === 'stretch' && open(role, column) ? { ...role, measure: unit } : role));
}
