import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/options/OptionsPage';
import { PORTAL_CODE_TABLES } from '../../components/options/portal-code-tables';
import { BUILT_IN_PROFILES } from '../../lib/guidelines/registry';
import { vaultBackupActions } from '../../components/options/vault-backup.browser';
import '../../components/common/extension-page.css';
import './options.css';

// The school's own date, for the file-name example ("sv-SE" writes dates as YYYY-MM-DD).
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsPage
        builtIns={BUILT_IN_PROFILES}
        portals={PORTAL_CODE_TABLES}
        today={today}
        backup={(t, retentionMonths) => vaultBackupActions(t, today, retentionMonths)}
      />
    </StrictMode>,
  );
}
