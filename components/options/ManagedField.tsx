import type { ReactNode } from 'react';
import type { ManagedKey, ManagedState } from '../../lib/store/managed-policy';
import { useT } from './words';

/**
 * Controls for a setting the school owner's policy may set. When the policy sets it, a note says
 * so; when the policy locks it, a disabled fieldset disables every control inside at once (the
 * write path refuses the change too, lib/store/settings-storage.browser.ts).
 */
export function ManagedField({ managed, setting, children }: { managed: ManagedState | null; setting: ManagedKey; children: ReactNode }) {
  const t = useT();
  if (!managed?.set.has(setting)) return <>{children}</>;
  const locked = managed.locked.has(setting);
  return (
    <fieldset className="managed-field" disabled={locked} data-managed={setting} data-locked={locked ? 'true' : 'false'}>
      <legend className="visually-hidden">{t('polSetByOwner')}</legend>
      <p className="managed-note">{t(locked ? 'polLocked' : 'polSuggested')}</p>
      {children}
    </fieldset>
  );
}
