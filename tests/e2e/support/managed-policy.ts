import { createHash, generateKeyPairSync } from 'node:crypto';
import { accessSync, chmodSync, constants, copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { realpathSync } from 'node:fs';
import { builtExtension, CHROMIUM_PATH, FIREFOX_PATH } from './browsers';

/**
 * A school owner's policy, as the browsers read it on Linux, for one test launch and nothing else.
 *
 * Chromium reads every *.json in /etc/chromium/policies/managed/ (a fixed system folder) and hands
 * `3rdparty.extensions.<id>` to that extension's storage.managed. So each launch gets its own copy
 * of the test build with a fresh `key` in its manifest (the unpacked extension's id is derived from
 * it), and the policy file names only that id: a file left behind by a crash applies to an
 * extension id no other run will ever have. The file is removed when the launch closes, and on
 * process exit.
 *
 * Firefox reads policies.json from the `distribution` folder beside its binary. Each launch gets
 * its own Firefox folder: the installed files linked, the small launcher binary copied (Firefox
 * finds its folder from the binary's real path), and a distribution/policies.json of its own.
 * Nothing is written where another Firefox would read it.
 */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
export const FIREFOX_ADDON_ID = 'naervaersradar@naervaersradar.no';

export interface PolicyLaunch {
  /** For launch(): the extension folder (Chromium) or the Firefox binary (Firefox). */
  extensionDir?: string;
  executablePath?: string;
  /** Removes everything this launch wrote. */
  cleanup(): void;
}

const written = new Set<string>();
process.on('exit', () => {
  for (const path of written) rmSync(path, { recursive: true, force: true });
});

function remember(path: string): void {
  written.add(path);
}

function forget(path: string): void {
  rmSync(path, { recursive: true, force: true });
  written.delete(path);
}

/** The id Chromium gives an extension with this public key: sha256 of the key, first 32 hex digits as a–p. */
export function chromiumExtensionId(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export async function chromiumWithPolicy(policy: unknown): Promise<PolicyLaunch & { extensionId: string }> {
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    accessSync(CHROMIUM_POLICY_DIR, constants.W_OK);
  } catch (error) {
    throw new Error(`cannot write Chromium's policy folder ${CHROMIUM_POLICY_DIR} (the policy E2E runs as root, as CI does): ${String(error)}`);
  }
  const root = await mkdtemp(join(tmpdir(), 'nr-policy-chromium-'));
  remember(root);
  const extensionDir = join(root, 'extension');
  cpSync(builtExtension('chromium'), extensionDir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  const extensionId = chromiumExtensionId(der);
  const policyFile = join(CHROMIUM_POLICY_DIR, `naervaersradar-e2e-${extensionId}.json`);
  remember(policyFile);
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
  return {
    extensionDir,
    extensionId,
    cleanup: () => {
      forget(policyFile);
      forget(root);
    },
  };
}

export async function firefoxWithPolicy(policy: unknown): Promise<PolicyLaunch> {
  const root = await mkdtemp(join(tmpdir(), 'nr-policy-firefox-'));
  remember(root);
  const installed = dirname(realpathSync(FIREFOX_PATH));
  const app = join(root, 'firefox');
  mkdirSync(app);
  const binary = join(app, 'firefox-esr');
  for (const name of readdirSync(installed)) {
    if (name === 'distribution') continue;
    if (join(installed, name) === realpathSync(FIREFOX_PATH)) continue;
    symlinkSync(join(installed, name), join(app, name));
  }
  copyFileSync(realpathSync(FIREFOX_PATH), binary);
  chmodSync(binary, 0o755);
  mkdirSync(join(app, 'distribution'));
  writeFileSync(join(app, 'distribution', 'policies.json'), JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: policy } } } }));
  return { executablePath: binary, cleanup: () => forget(root) };
}
