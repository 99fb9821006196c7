import type { MessageTable } from '../message-table';

/** The levels' names: the overlay's badges and every extension page show them the same way. */
export const levelMessages = {
  levelOk: { nb: 'OK', nn: 'OK', en: 'OK' },
  levelUnknown: { nb: 'Kan ikke vurdere', nn: 'Kan ikkje vurdere', en: 'Cannot assess' },
  levelWatch: { nb: 'Følg med', nn: 'Følg med', en: 'Watch' },
  levelConcern: { nb: 'Bekymring', nn: 'Uro', en: 'Concern' },
  levelSerious: { nb: 'Alvorlig', nn: 'Alvorleg', en: 'Serious' },
} satisfies MessageTable;
