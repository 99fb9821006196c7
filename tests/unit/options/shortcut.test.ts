import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUT, normaliseShortcut } from '../../../components/options/shortcut';

describe('normaliseShortcut', () => {
  it.each<[string, string]>([
    ['Alt+Shift+S', 'Alt+Shift+S'],
    ['shift + alt + s', 'Alt+Shift+S'],
    ['Ctrl+Shift+U', 'Ctrl+Shift+U'],
    ['ctrl+9', 'Ctrl+9'],
    ['Alt+Comma', 'Alt+Comma'],
    ['Ctrl+pageup', 'Ctrl+PageUp'],
    ['F7', 'F7'],
    ['Shift+F12', 'Shift+F12'],
    ['MediaPlayPause', 'MediaPlayPause'],
    ['Command+Shift+Y', 'Command+Shift+Y'],
  ])('%j → %j', (text, shortcut) => {
    expect(normaliseShortcut(text)).toEqual({ ok: true, shortcut });
  });

  it.each<[string, 'empty' | 'key' | 'modifier']>([
    ['', 'empty'],
    [' + ', 'empty'],
    ['S', 'modifier'],
    ['Shift+S', 'modifier'],
    ['Ctrl+Alt+Shift+S', 'modifier'],
    ['Alt+Alt+S', 'modifier'],
    ['Hyper+S', 'modifier'],
    ['Alt+Shift', 'key'],
    ['Alt+Æ', 'key'],
    ['Alt+F13', 'key'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(normaliseShortcut(text)).toEqual({ ok: false, problem });
  });

  it('accepts the manifest default as it stands', () => {
    expect(normaliseShortcut(DEFAULT_SHORTCUT)).toEqual({ ok: true, shortcut: DEFAULT_SHORTCUT });
  });
});
