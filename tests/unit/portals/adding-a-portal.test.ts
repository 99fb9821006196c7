// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PORTAL_CODE_TABLES } from '../../../components/options/portal-code-tables';
import { PORTAL_MATCHES } from '../../../lib/portals/hosts';
import { adapterForPage, defaultProfileIdFor, PORTALS } from '../../../lib/portals/registry';
import { eksempelportal } from '../../fixtures/added-portal/eksempelportal';
import { portalUrlTests } from './portal-urls';
import { readAsOverlay, readerFor } from './read-as-overlay';

/**
 * A portal is one file and its fixtures. Eksempelportalen (a made-up portal, in
 * tests/fixtures/added-portal/) is registered here the one way a portal is: by the list in
 * lib/portals/portal-list.ts, with one more entry. Nothing else is edited, and the URL tests,
 * the host permissions, the default guideline, the options page's code table and the reader the
 * overlay picks all take it from the registry.
 */
vi.mock('../../../lib/portals/portal-list', async (importOriginal) => {
  const registered = await importOriginal<typeof import('../../../lib/portals/portal-list')>();
  const { eksempelportal: added } = await import('../../fixtures/added-portal/eksempelportal');
  return { PORTALS: [...registered.PORTALS, added] };
});

const PAGE = join(import.meta.dirname, '../../fixtures/added-portal/eksempelportal/class-overview.html');
const AS_OF = '2026-11-23';

describe('adding a portal by one file', () => {
  it('is in the registry after the three portals already there', () => {
    expect(PORTALS.map((portal) => portal.id)).toEqual(['visma-flyt-skole', 'visma-inschool', 'vigilo', 'eksempelportal']);
  });

  it('gets its match patterns into the host permissions and the content script', () => {
    expect(PORTAL_MATCHES).toContain('https://fravaer.eksempelportal.test/*');
  });

  it('starts with the guideline its file names', () => {
    expect(defaultProfileIdFor('eksempelportal')).toBe('raelingen-grunnskole');
  });

  it('gets its absence codes on the options page', () => {
    expect(PORTAL_CODE_TABLES.find((table) => table.portalId === 'eksempelportal')).toEqual({
      portalId: 'eksempelportal',
      portalName: 'Eksempelportalen',
      defaults: eksempelportal.codes,
    });
  });

  it('reads its page where the overlay would: at its address, and on loopback under its id', () => {
    const html = readFileSync(PAGE, 'utf8');
    for (const address of ['https://fravaer.eksempelportal.test/klasse/7a/oversikt', 'http://127.0.0.1:8080/eksempelportal/class-overview.html']) {
      const url = new URL(address);
      expect(adapterForPage(url, true).id, address).toBe('eksempelportal');
      const result = readAsOverlay(readerFor(url), new DOMParser().parseFromString(html, 'text/html'), url, { asOf: AS_OF });
      if (!result.ok) throw new Error(result.missing.join('; '));
      // Worked out from the page: 7A, two students with ids, the sum row left out.
      expect(result.reading.rows.map(({ student, totals }) => [student.key, student.name, student.grade, totals?.days, totals?.lessons])).toEqual([
        ['eksempelportal:501', 'Kari Konstruert', 7, 9, 3],
        ['eksempelportal:502', 'Ola Oppdiktet', 7, 0, 1],
      ]);
      expect(result.reading.warnings).toEqual([]);
    }
  });
});

// The URL tests as they run for every portal: the new portal's examples are its own, match no
// other portal, and no other portal's example or near miss is its.
portalUrlTests();
