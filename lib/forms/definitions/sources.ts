import type { SourceRef } from '../../model/source';

/** The guideline documents the built-in forms come from, as GUIDELINES.md lists them. */
export const RAELINGEN_VEILEDER = {
  document: 'Fravær i barnehager og skoler – en praktisk og faglig veileder',
  publisher: 'Rælingen kommune',
} as const;

export const TRONDELAG_VEILEDER = {
  document: 'Veileder ved bekymringsfullt skolefravær – hvordan fremme nærvær i videregående opplæring',
  publisher: 'Trøndelag fylkeskommune',
} as const;

export function raelingen(section: string): SourceRef {
  return { ...RAELINGEN_VEILEDER, section };
}

export function trondelag(section: string, page?: number): SourceRef {
  return page === undefined ? { ...TRONDELAG_VEILEDER, section } : { ...TRONDELAG_VEILEDER, section, page };
}
