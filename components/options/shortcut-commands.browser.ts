import browser from 'webextension-polyfill';
import { SCREEN_SHARE_COMMAND } from './shortcut';

/**
 * The screen-share shortcut as the browser has it. Firefox lets an extension change its own
 * shortcuts (commands.update); Chrome and Edge keep that on their own shortcuts page.
 */
export async function currentShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  const command = commands.find((c) => c.name === SCREEN_SHARE_COMMAND);
  return command?.shortcut ? command.shortcut : null;
}

export function canChangeShortcut(): boolean {
  // Feature detection rather than browser sniffing: the polyfill leaves a missing API undefined.
  return typeof (browser.commands as { update?: unknown }).update === 'function';
}

export async function changeShortcut(shortcut: string): Promise<void> {
  await browser.commands.update({ name: SCREEN_SHARE_COMMAND, shortcut });
}

export async function resetShortcut(): Promise<void> {
  await browser.commands.reset(SCREEN_SHARE_COMMAND);
}

export const BROWSER_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

export async function openShortcutsPage(): Promise<void> {
  await browser.tabs.create({ url: BROWSER_SHORTCUTS_PAGE });
}
