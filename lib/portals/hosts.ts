/**
 * Where the content script runs. The store build asks only for the supported portals;
 * any other site is an optional host permission that the user grants from teach mode.
 *
 * Kept apart from the adapters so that wxt.config.ts can import it at build time
 * without pulling in DOM code.
 */
export const PORTAL_MATCHES = [
  // Visma InSchool (videregående): county tenants on *.inschool.visma.no
  'https://*.inschool.visma.no/*',
  // Visma Flyt Skole (grunnskole)
  'https://*.visma.no/*',
  // Vigilo (grunnskole): municipality tenants on *.vigilo.no
  'https://*.vigilo.no/*',
] as const;

/** Added only to the test build, whose E2E suite serves fixture pages on loopback. */
export const TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/** Optional permission requested when the user enables a site in teach mode. */
export const OPTIONAL_HOST_MATCHES = ['https://*/*', 'http://*/*'] as const;
