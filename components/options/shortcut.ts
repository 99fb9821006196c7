/**
 * Keyboard shortcuts in the form Firefox's commands.update accepts ("Alt+Shift+S"): one or two
 * modifiers, at least one of them not Shift, and one key; function and media keys may stand alone.
 * Checked here so the teacher gets a clear message instead of the browser's exception.
 */
export const SCREEN_SHARE_COMMAND = 'toggle-screen-share';
export const DEFAULT_SHORTCUT = 'Alt+Shift+S';

const MODIFIERS = ['Ctrl', 'Alt', 'Command', 'MacCtrl', 'Shift'] as const;
type Modifier = (typeof MODIFIERS)[number];

const NAMED_KEYS = [
  'Comma',
  'Period',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Space',
  'Insert',
  'Delete',
  'Up',
  'Down',
  'Left',
  'Right',
] as const;
const STANDALONE_KEYS = ['MediaNextTrack', 'MediaPlayPause', 'MediaPrevTrack', 'MediaStop'] as const;

export type ShortcutCheck = { ok: true; shortcut: string } | { ok: false; problem: 'empty' | 'key' | 'modifier' };

export function normaliseShortcut(text: string): ShortcutCheck {
  const parts = text
    .split('+')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, problem: 'empty' };
  const key = canonicalKey(parts[parts.length - 1]!);
  if (!key) return { ok: false, problem: 'key' };

  const modifiers = new Set<Modifier>();
  for (const part of parts.slice(0, -1)) {
    const modifier = MODIFIERS.find((m) => m.toLowerCase() === part.toLowerCase());
    if (!modifier || modifiers.has(modifier)) return { ok: false, problem: 'modifier' };
    modifiers.add(modifier);
  }
  const standalone = /^F([1-9]|1[0-2])$/.test(key) || (STANDALONE_KEYS as readonly string[]).includes(key);
  const main = [...modifiers].filter((m) => m !== 'Shift');
  if (modifiers.size > 2) return { ok: false, problem: 'modifier' };
  if (!standalone && main.length === 0) return { ok: false, problem: 'modifier' };

  const ordered = MODIFIERS.filter((m) => modifiers.has(m));
  return { ok: true, shortcut: [...ordered, key].join('+') };
}

function canonicalKey(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  const fKey = /^f([1-9]|1[0-2])$/i.exec(part);
  if (fKey) return `F${fKey[1]}`;
  const lower = part.toLowerCase();
  return [...NAMED_KEYS, ...STANDALONE_KEYS].find((k) => k.toLowerCase() === lower) ?? null;
}
