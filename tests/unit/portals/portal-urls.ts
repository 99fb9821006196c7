import { describe, expect, it } from 'vitest';
import { PORTAL_MATCHES } from '../../../lib/portals/hosts';
import { getBuiltInProfile } from '../../../lib/guidelines/registry';
import { matchesPattern } from '../../../lib/messaging/sender-policy';
import { adapterForUrl, defaultProfileIdFor, PORTALS } from '../../../lib/portals/registry';

/**
 * The URL, host-permission and default-guideline tests, over every portal in the registry as it
 * is when they run: url-matchers.test.ts runs them over the portals registered, and
 * adding-a-portal.test.ts over the registry with one portal more.
 */
export function portalUrlTests(): void {
  /** Each portal's own example URLs (in its file), from public tenant addresses and the pages' modelled paths. */
  const EXAMPLES: Record<string, readonly string[]> = Object.fromEntries(PORTALS.map((portal) => [portal.id, portal.exampleUrls]));

  /** Near misses: the same vendors' other hosts, look-alike hosts, plain http, and unrelated sites. */
  const NOWHERE = [
    'https://skole.visma.com/', // "Mangler kommunenavn": no municipality in the path
    'http://skole.visma.com/raelingen/',
    'https://skole.visma.com.example.net/raelingen/',
    'https://foresatt.visma.no/',
    'https://visma.no/',
    'https://inschool.visma.no/',
    'https://evilinschool.visma.no/',
    'https://asker-vgs.inschool.visma.no.example.net/',
    'http://asker-vgs.inschool.visma.no/',
    'https://web-parent.prod.vigilo-oas.no/',
    'https://auth.prod.vigilo-oas.no/login',
    'https://login.vigilo.no/login/lillestrom/IdPorten',
    'https://vigilo.no/tromso',
    'https://www.vigilo.no/ny/moduler/',
    'https://web-school.prod.vigilo-oas.no.example.net/',
    'https://www.udir.no/regelverk-og-tilsyn/',
    'https://example.com/skole.visma.com/raelingen',
    'http://127.0.0.1:8080/visma-flyt-skole/class-overview.html',
  ];

  describe('portal URL matchers', () => {
    it('has examples for every portal', () => {
      for (const portal of PORTALS) expect(portal.exampleUrls.length, portal.id).toBeGreaterThan(0);
    });

    for (const adapter of PORTALS) {
      describe(adapter.id, () => {
        for (const url of EXAMPLES[adapter.id] ?? []) {
          it(`matches its own ${url}`, () => {
            expect(adapter.matchesUrl(new URL(url))).toBe(true);
            expect(adapterForUrl(new URL(url))?.id).toBe(adapter.id);
          });
        }
        const others = Object.entries(EXAMPLES).filter(([id]) => id !== adapter.id).flatMap(([, urls]) => urls);
        for (const url of [...others, ...NOWHERE]) {
          it(`does not match ${url}`, () => {
            expect(adapter.matchesUrl(new URL(url))).toBe(false);
          });
        }
      });
    }

    for (const url of NOWHERE) {
      it(`leaves ${url} to the fallback`, () => {
        expect(adapterForUrl(new URL(url))).toBeNull();
      });
    }
  });

  describe('host permissions (PORTAL_MATCHES)', () => {
    it('cover every page an adapter matches, so the content script is there to read it', () => {
      for (const urls of Object.values(EXAMPLES)) {
        for (const url of urls) {
          expect(PORTAL_MATCHES.some((p) => matchesPattern(new URL(url), p)), url).toBe(true);
        }
      }
    });

    it('ask for none of the vendors’ other hosts or unrelated sites', () => {
      const outside = NOWHERE.filter((u) => !u.startsWith('https://skole.visma.com/') && !u.startsWith('https://inschool.visma.no/'));
      for (const url of outside) {
        expect(PORTAL_MATCHES.some((p) => matchesPattern(new URL(url), p)), url).toBe(false);
      }
    });
  });

  describe('default guideline', () => {
    it('is the guideline that names the portal, and the research thresholds for any other site', () => {
      // Rælingen's guideline names Visma Flyt Skole; Vigilo is a grunnskole portal like it;
      // Visma InSchool is videregående, where Trøndelag's guideline applies.
      expect(Object.fromEntries(PORTALS.map((portal) => [portal.id, defaultProfileIdFor(portal.id)]))).toMatchObject({
        'visma-flyt-skole': 'raelingen-grunnskole',
        vigilo: 'raelingen-grunnskole',
        'visma-inschool': 'trondelag-vgs',
      });
      expect(defaultProfileIdFor('generic')).toBe('kearney-forskning');
      for (const portal of PORTALS) {
        expect(defaultProfileIdFor(portal.id), portal.id).toBe(portal.defaultProfileId);
        expect(getBuiltInProfile(portal.defaultProfileId), portal.id).toBeDefined();
      }
    });
  });
}
