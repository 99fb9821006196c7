import type { IsoDate } from '../../lib/model';

/** "2026-11-24" → "24.11.2026", the way Norwegian school documents write dates. */
export function formatDateNb(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
