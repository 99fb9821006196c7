import { PORTALS } from './registry';
import { GENERIC_READER, readerScript } from '../overlay/loaded-readers';

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

/** A page reader declared as a content script of its own (the manifest's `content_scripts` shape). */
export interface ReaderContentScript {
  matches: string[];
  js: string[];
  run_at: 'document_idle';
  all_frames: true;
  match_about_blank: true;
}

/**
 * Each portal's reader (reader-<id>.js) as a content script on that portal's pages, so that it is
 * in the frame before the core content script asks for it: the page is read without waiting for
 * the background to inject it. It runs where the core does (every frame, document_idle), in the
 * same isolated world, and only registers itself (lib/overlay/loaded-readers.ts).
 *
 * The test build adds the loopback pages that name the portal in their path (the modelled pages,
 * lib/portals/reader-choice.ts), and the generic reader on every loopback page, as on a site the
 * teacher enabled (entrypoints/background/enabled-sites.ts).
 */
export function readerContentScripts(testBuild: boolean): ReaderContentScript[] {
  const declared = (id: string, matches: string[]): ReaderContentScript => ({
    matches,
    js: [readerScript(id)],
    run_at: 'document_idle',
    all_frames: true,
    match_about_blank: true,
  });
  const loopbackPaths = (id: string) => TEST_MATCHES.flatMap((origin) => [origin.replace(/\*$/, `${id}/*`), origin.replace(/\*$/, `*/${id}/*`)]);
  return [
    ...PORTALS.map((portal) => declared(portal.id, [...portal.matches, ...(testBuild ? loopbackPaths(portal.id) : [])])),
    ...(testBuild ? [declared(GENERIC_READER, [...TEST_MATCHES])] : []),
  ];
}
