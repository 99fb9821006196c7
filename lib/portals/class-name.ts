import { type AgeBand, ageBandForGrade } from '../model';
import { cleanText } from './norwegian-format';

/** Which school a portal serves: it decides whether "2STA" is 2nd grade or Vg2. */
export type SchoolStage = 'grunnskole' | 'videregaende';

export interface ClassGrade {
  grade?: number;
  ageBand: AgeBand;
}

/**
 * The trinn a class name shows: "7A" → 7, "9B" → 9, "10 C" → 10, "7. trinn" → 7 in grunnskole;
 * "Vg2 ST" → 12 and "2STA" → 12 in videregående (Vg1–Vg3 are 11–13). A name that shows no trinn
 * ("Musikkgruppe") gives no grade and ageBand "ukjent", rather than a guess.
 */
export function gradeFromClassName(className: string | undefined, stage: SchoolStage): ClassGrade {
  const grade = className === undefined ? undefined : parseGrade(cleanText(className).toLowerCase(), stage);
  return grade === undefined ? { ageBand: 'ukjent' } : { grade, ageBand: ageBandForGrade(grade) };
}

function parseGrade(name: string, stage: SchoolStage): number | undefined {
  const vg = /\bvg\s*([1-3])\b/.exec(name);
  if (vg) return 10 + Number(vg[1]);
  if (stage === 'videregaende') {
    // County naming: year digit first, then the programme ("2STA", "1ELA", "3 IDR").
    const leading = /^([1-3])\s*[a-zæøå]/.exec(name);
    return leading ? 10 + Number(leading[1]) : undefined;
  }
  const trinn = /\b(\d{1,2})\.?\s*trinn\b/.exec(name) ?? /\btrinn\s*(\d{1,2})\b/.exec(name);
  const leading = trinn ?? /^(\d{1,2})(?!\d)/.exec(name);
  if (!leading) return undefined;
  const grade = Number(leading[1]);
  return grade >= 1 && grade <= 10 ? grade : undefined;
}
