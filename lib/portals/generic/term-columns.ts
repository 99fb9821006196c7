import type { IsoDate } from '../../model';
import { normaliseHeader } from '../table';
import type { ColumnRole } from './columns';

/**
 * A report that sets two terms side by side ("Vår 2026 dager | Vår 2026 timer | Høst 2026 dager |
 * Høst 2026 timer") gives the term the as-of day lies in and one that ended before it. Only the
 * current term's figures lie in the rules' windows (the spring term ends in June, long before a
 * 15-week window in the autumn reaches back): the other term's columns are left unread.
 */
export interface TermWords {
  /** Words that name the spring term (January to June). */
  spring: readonly string[];
  /** Words that name the autumn term (August to December). */
  autumn: readonly string[];
}

type Season = 'spring' | 'autumn';

/** The term a header names, and its year when it gives one; undefined when it names none. */
function termIn(header: string, words: TermWords): { season: Season; year?: number } | undefined {
  const tokens = normaliseHeader(header).split(' ');
  const names = (list: readonly string[]) => tokens.some((token) => list.includes(token));
  const spring = names(words.spring);
  const autumn = names(words.autumn);
  if (spring === autumn) return undefined;
  const year = tokens.find((token) => /^20\d\d$/u.test(token));
  return { season: spring ? 'spring' : 'autumn', ...(year ? { year: Number(year) } : {}) };
}

const FIGURES: ReadonlySet<ColumnRole['kind']> = new Set(['measure', 'absence', 'stretch', 'documented', 'attendance']);

/** The roles with another term's figure columns made unread, when the headers also name the current term. */
export function onlyCurrentTerm(roles: ColumnRole[], headers: readonly string[], asOf: IsoDate, words: TermWords): ColumnRole[] {
  const year = Number(asOf.slice(0, 4));
  const season: Season = Number(asOf.slice(5, 7)) >= 7 ? 'autumn' : 'spring';
  const terms = roles.map((role, column) => (FIGURES.has(role.kind) ? termIn(headers[column] ?? '', words) : undefined));
  const isCurrent = (term: { season: Season; year?: number }) => term.season === season && (term.year === undefined || term.year === year);
  const current = terms.some((term) => term !== undefined && isCurrent(term));
  const other = terms.some((term) => term !== undefined && !isCurrent(term));
  if (!current || !other) return roles;
  return roles.map((role, column) => {
    const term = terms[column];
    return term !== undefined && !isCurrent(term) ? { kind: 'other' } : role;
  });
}

/** Words a header may put around a term's name and still be only that term so far ("Hittil i høst"). */
const SO_FAR_WORDS: ReadonlySet<string> = new Set(['hittil', 'i', 'so', 'far', 'this', 'denne', 'dette', 'til', 'nå', 'no']);

/**
 * A column headed only by the current term ("Hittil i høst", "Høsten 2026", "Haust") gives that
 * term's absence so far, in the unit the page states: no unit of its own, so read as a bare
 * "Fravær" column is. A header naming another term is left as it was: last spring's figures lie
 * in no window of an autumn day.
 */
export function withCurrentTermSoFar(roles: ColumnRole[], headers: readonly string[], asOf: IsoDate, words: TermWords): ColumnRole[] {
  const year = Number(asOf.slice(0, 4));
  const season: Season = Number(asOf.slice(5, 7)) >= 7 ? 'autumn' : 'spring';
  return roles.map((role, column): ColumnRole => {
    if (role.kind !== 'other') return role;
    const header = headers[column] ?? '';
    const term = termIn(header, words);
    if (!term || term.season !== season || (term.year !== undefined && term.year !== year)) return role;
    const termWords = [...words.spring, ...words.autumn];
    const onlyTerm = normaliseHeader(header)
      .split(' ')
      .every((token) => token === '' || termWords.includes(token) || SO_FAR_WORDS.has(token) || /^20\d\d$/u.test(token));
    return onlyTerm ? { kind: 'absence' } : role;
  });
}
