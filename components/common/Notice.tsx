import type { ReactNode } from 'react';

/**
 * A message the teacher should not miss. Errors are announced at once (role=alert); other
 * notices politely (role=status).
 */
export function Notice({ tone, title, children }: { tone: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`notice notice-${tone}`}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}
