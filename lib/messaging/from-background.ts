import type { CaseStatusResponse, PageConfig, TabMessage } from './protocol';

/**
 * What the content script accepts from the extension's side. Only the extension can answer the
 * content script's messages or send to it (a page's scripts cannot reach either channel), and the
 * background has already validated what it sends (docs/DECISIONS.md, "Validation at the
 * extension's edges"). So the content script checks only the shape it acts on, which also guards
 * against an answer that never came (a background restarting gives `undefined`), and it carries
 * no validation library of its own.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const TAB_MESSAGE_TYPES = new Set<string>(['screenShareChanged', 'settingsChanged', 'caseStatusChanged', 'getPageSummary', 'startTeachMode']);

/** A message sent to the tab by the background or the popup; null for anything else (another listener's). */
export function tabMessageFrom(message: unknown): TabMessage | null {
  if (!isRecord(message) || typeof message.type !== 'string' || !TAB_MESSAGE_TYPES.has(message.type)) return null;
  if (message.type === 'screenShareChanged') return typeof message.on === 'boolean' ? { type: 'screenShareChanged', on: message.on } : null;
  return { type: message.type } as TabMessage;
}

/** The background's page configuration; null when no answer came. */
export function pageConfigFrom(answer: unknown): PageConfig | null {
  if (!isRecord(answer) || !isRecord(answer.codeOverrides) || typeof answer.screenShare !== 'boolean') return null;
  const profile = answer.profile;
  if (profile !== null && !(isRecord(profile) && typeof profile.id === 'string' && Array.isArray(profile.triggers) && Array.isArray(profile.steps))) return null;
  return answer as unknown as PageConfig;
}

/** The background's case statuses; null when no answer came. */
export function caseStatusesFrom(answer: unknown): CaseStatusResponse | null {
  if (!isRecord(answer) || typeof answer.locked !== 'boolean' || !isRecord(answer.statuses)) return null;
  return answer as unknown as CaseStatusResponse;
}
