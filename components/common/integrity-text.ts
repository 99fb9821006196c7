import type { storeMessages } from '../../lib/i18n/messages/store';
import type { Translator } from '../../lib/i18n/translate';
import type { IntegrityProblem } from '../../lib/store/vault-manifest';

/** One integrity problem the vault reported (lib/store/vault-manifest.ts), in the teacher's words. */
export function integrityText(t: Translator<keyof typeof storeMessages>, problem: IntegrityProblem): string {
  switch (problem.kind) {
    case 'rolledBack':
      return t('storeIntegrityRolledBack', problem.displayName);
    case 'deleted':
      return t('storeIntegrityDeleted', problem.displayName);
    case 'unlisted':
      return t('storeIntegrityUnlisted', problem.displayName);
    case 'manifestOlder':
      return t('storeIntegrityManifestOlder');
    case 'manifestMissing':
      return t('storeIntegrityManifestMissing');
    case 'manifestDamaged':
      return t('storeIntegrityManifestDamaged');
  }
}
