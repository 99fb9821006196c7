import { type AgeBand, ageBandForGrade } from '../../model';
import { cleanText } from '../norwegian-format';

/** Which school a portal serves: it decides whether "2STA" is 2nd grade or Vg2. */
export type SchoolStage = 'grunnskole' | 'videregaende';

export interface ClassGrade {
  grade?: number;
  ageBand: AgeBand;
}

/**
 * The trinn a class name shows, for a portal that knows its stage and for a page that does not.
 *
 * - Any stage: "Vg2 ST" → 12 (Vg1–Vg3 are 11–13); "7. trinn", "Trinn 4", "8. klasse" → 7, 4, 8.
 * - grunnskole: a leading number, "7A", "10 C", "9AB" → 7, 10, 9.
 * - videregående: the county naming, year first and then the programme, "2STA", "3 IDR" → 12, 13.
 * - stage unknown (the generic reader): only a number and one letter, "8B", "10 A", since "2STA"
 *   is Vg2 in a county's school and could be a 2nd grade elsewhere.
 *
 * A name that shows no single trinn ("Musikkgruppe", a mixed group "5.–7. trinn") gives no grade
 * and ageBand "ukjent", rather than a guess.
 */
export function gradeFromClassName(className: string | undefined, stage?: SchoolStage): ClassGrade {
  const grade = className === undefined ? undefined : parseGrade(cleanText(className).toLowerCase(), stage);
  return grade === undefined ? { ageBand: 'ukjent' } : { grade, ageBand: ageBandForGrade(grade) };
}

function parseGrade(name: string, stage: SchoolStage | undefined): number | undefined {
  // "5.–7. trinn", "1-4": a group across trinn has no one grade.
  if (/\d\.?\s*(?:[–—-]|til)\s*\d/.test(name)) return undefined;
  const vg = /\bvg\s*([1-3])\b/.exec(name);
  if (vg) return 10 + Number(vg[1]);
  if (stage === 'videregaende') {
    // County naming: year digit first, then the programme ("2STA", "1ELA", "3 IDR").
    const leading = /^([1-3])\s*[a-zæøå]/.exec(name);
    return leading ? 10 + Number(leading[1]) : undefined;
  }
  const trinn = /\b(\d{1,2})\.?\s*(?:trinn|klasse)\b/.exec(name) ?? /\btrinn\s*(\d{1,2})\b/.exec(name);
  const leading = trinn ?? (stage === 'grunnskole' ? /^(\d{1,2})(?!\d)/.exec(name) : /^(\d{1,2})\s?[a-zæøå]$/.exec(name));
  if (!leading) return undefined;
  const grade = Number(leading[1]);
  return grade >= 1 && grade <= 10 ? grade : undefined;
}
