import type { ReactNode } from 'react';
import type { Level } from '../../lib/model';
import { LEVEL_LOOK } from '../overlay/level-style';
import { useLevelT } from './i18n';

/** A level as colour, shape and word together, the same look as the badges in the portal. */
export function LevelIcon({ level }: { level: Level }) {
  const look = LEVEL_LOOK[level];
  return (
    <svg className="level-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={look.iconPath} fill={level === 'serious' ? look.foreground : look.border} />
    </svg>
  );
}

export function LevelTag({ level, children }: { level: Level; children?: ReactNode }) {
  const t = useLevelT();
  const look = LEVEL_LOOK[level];
  return (
    <span className="level-tag" style={{ color: look.foreground, background: look.background, borderColor: look.border }}>
      <LevelIcon level={level} />
      <span>{t(look.labelKey)}</span>
      {children}
    </span>
  );
}
