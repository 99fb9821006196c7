import { PORTALS } from './registry';

/**
 * Where the content script runs: each portal's own match patterns (in its file, with where they
 * come from). The store build asks only for the supported portals; any other site is an optional
 * host permission that the user grants from teach mode.
 */
export const PORTAL_MATCHES: readonly string[] = PORTALS.flatMap((portal) => portal.matches);

/** Added only to the test build, whose E2E suite serves fixture pages on loopback. */
export const TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/** Optional permission requested when the user enables a site in teach mode. */
export const OPTIONAL_HOST_MATCHES = ['https://*/*', 'http://*/*'] as const;
