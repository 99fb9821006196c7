import { useId, useState } from 'react';
import type { Settings } from '../../lib/store/settings';
import type { ManagedState } from '../../lib/store/managed-policy';
import { ManagedField } from './ManagedField';
import { useT } from './words';
import { Section } from '../common/Section';
import { CodeTableEditor } from './CodeTableEditor';
import type { PortalCodeTable } from './portal-code-tables';
import type { SettingsEdit } from './settings-edit';

/** Section 2: each portal's absence codes, as the school uses them. */
export function CodeTableSection({
  settings,
  own,
  managed,
  portals,
  save,
}: {
  settings: Settings;
  /** The teacher's own overrides, edited here. */
  own: Settings;
  managed: ManagedState | null;
  portals: readonly PortalCodeTable[];
  save: (edit: SettingsEdit) => Promise<boolean>;
}) {
  const t = useT();
  const selectId = useId();
  const [portalId, setPortalId] = useState(portals[0]?.portalId ?? '');
  const portal = portals.find((p) => p.portalId === portalId);

  return (
    <Section id="fravaerskoder" title={t('optCodesTitle')} intro={t('optCodesIntro')}>
      {portals.length > 1 ? (
        <div className="field">
          <label htmlFor={selectId}>{t('optCodesPortal')}</label>
          <select id={selectId} value={portalId} onChange={(event) => setPortalId(event.target.value)}>
            {portals.map((p) => (
              <option key={p.portalId} value={p.portalId}>
                {p.portalName}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {portal ? (
        <ManagedField managed={managed?.policy.absenceCodes?.[portal.portalId] ? managed : null} setting="absenceCodes">
          {/* The policy's table is the school's own: the teacher's overrides lie over it (or, locked, the table in force is shown). */}
          <CodeTableEditor
            key={portal.portalId}
            portalName={portal.portalName}
            defaults={{ ...portal.defaults, ...(managed?.policy.absenceCodes?.[portal.portalId] ?? {}) }}
            overrides={(managed?.locked.has('absenceCodes') ? {} : own.codeOverrides[portal.portalId]) ?? {}}
            onChange={(overrides) => save({ type: 'codeOverrides', portalId: portal.portalId, overrides })}
          />
        </ManagedField>
      ) : (
        <p>{t('optCodesNoPortal')}</p>
      )}
    </Section>
  );
}
