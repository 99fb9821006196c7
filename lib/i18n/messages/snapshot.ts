import type { MessageTable } from '../message-table';

/**
 * The anonymised snapshot file's own words: its title and the note at its top. Carried by the part
 * of the overlay that makes the file (loaded on demand), not by the content script.
 */
export const snapshotMessages = {
  snapshotTitle: { nb: 'Anonymisert kopi', nn: 'Anonymisert kopi', en: 'Anonymised copy' },
  snapshotNote: {
    nb: 'Anonymisert kopi av siden: bygd opp fra en tillatt-liste. Tekst er byttet ut med x (bokstaver) og 0 (sifre); kolonneoverskrifter, tall, nye datoer og fraværskoder står igjen.',
    nn: 'Anonymisert kopi av sida: bygd opp frå ei liste over det som er tillate. Tekst er bytt ut med x (bokstavar) og 0 (siffer); kolonneoverskrifter, tal, nye datoar og fråværskodar står att.',
    en: 'Anonymised copy of the page, built from an allow-list. Text is replaced by x (letters) and 0 (digits); column headers, numbers, recent dates and absence codes remain.',
  },
} as const satisfies MessageTable;
