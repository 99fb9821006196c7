/**
 * Where the content script runs. The store build asks only for the supported portals;
 * any other site is an optional host permission that the user grants from teach mode.
 *
 * Kept apart from the adapters so that wxt.config.ts can import it at build time
 * without pulling in DOM code.
 */
export const PORTAL_MATCHES = [
  // Visma InSchool (videregående): one tenant per school, e.g. https://asker-vgs.inschool.visma.no/
  // and https://romsdal-vgs.inschool.visma.no/ (tenant addresses listed on county and school pages
  // and in public open-source clients); the app and its /control/… JSON live on that host.
  'https://*.inschool.visma.no/*',
  // Visma Flyt Skole (grunnskole): one host, municipality in the path. The portal's own login page
  // says "https://skole.visma.com/<kommunenavn> Eksempel: https://skole.visma.com/oslo", and
  // teachers' userscripts match https://skole.visma.com/*. (The parents' portal is elsewhere.)
  'https://skole.visma.com/*',
  // Vigilo (grunnskole): the staff web app. Public automation code opens
  // https://web-school.prod.vigilo-oas.no/ and is sent to auth.prod.vigilo-oas.no to log in;
  // the parents' portal (web-parent…, login.vigilo.no) shows no class lists and is left alone.
  'https://web-school.prod.vigilo-oas.no/*',
] as const;

/** Added only to the test build, whose E2E suite serves fixture pages on loopback. */
export const TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/** Optional permission requested when the user enables a site in teach mode. */
export const OPTIONAL_HOST_MATCHES = ['https://*/*', 'http://*/*'] as const;
