import type { Translator } from '../../lib/i18n/translate';
import type { IntegrityProblem } from '../../lib/store/vault-manifest';

/** One integrity problem the vault reported (lib/store/vault-manifest.ts), in the teacher's words. */
export function integrityText(t: Translator, problem: IntegrityProblem): string {
  switch (problem.kind) {
    case 'rolledBack':
      return t('stuIntegrityRolledBack', problem.displayName);
    case 'deleted':
      return t('stuIntegrityDeleted', problem.displayName);
    case 'unlisted':
      return t('stuIntegrityUnlisted', problem.displayName);
    case 'manifestOlder':
      return t('stuIntegrityManifestOlder');
    case 'manifestMissing':
      return t('stuIntegrityManifestMissing');
    case 'manifestDamaged':
      return t('stuIntegrityManifestDamaged');
  }
}
