import type { MessageTable } from './message-table';
import { assessmentMessages } from './messages/assessment';
import { checkMessages } from './messages/checks';
import { forecastMessages } from './messages/forecast';
import { indicatorMessages } from './messages/indicator';
import { levelMessages } from './messages/level';
import { manifestMessages } from './messages/manifest';
import { optionsMessages } from './messages/options';
import { overlayMessages } from './messages/overlay';
import { pageReadingMessages } from './messages/page-reading';
import { patternMessages } from './messages/patterns';
import { popoverMessages } from './messages/popover';
import { policyMessages } from './messages/policy';
import { popupMessages } from './messages/popup';
import { readingMessages } from './messages/reading';
import { snapshotMessages } from './messages/snapshot';
import { storeMessages } from './messages/store';
import { studentMessages } from './messages/student';
import { teachMessages } from './messages/teach';

/**
 * Every area's table. Add a new area here; keys must be unique across areas (a test checks).
 * All of them together feed the browser's _locales (wxt.config.ts) and the tests; the UI never
 * imports this file: each entrypoint carries only its own tables (components/<page>/words.ts).
 */
export const MESSAGE_TABLES = {
  manifest: manifestMessages,
  level: levelMessages,
  overlay: overlayMessages,
  teach: teachMessages,
  indicator: indicatorMessages,
  popover: popoverMessages,
  patterns: patternMessages,
  assessment: assessmentMessages,
  pageReading: pageReadingMessages,
  reading: readingMessages,
  forecast: forecastMessages,
  options: optionsMessages,
  popup: popupMessages,
  policy: policyMessages,
  student: studentMessages,
  store: storeMessages,
  snapshot: snapshotMessages,
  checks: checkMessages,
} as const;

export const ALL_MESSAGES = {
  ...manifestMessages,
  ...levelMessages,
  ...overlayMessages,
  ...teachMessages,
  ...indicatorMessages,
  ...popoverMessages,
  ...patternMessages,
  ...assessmentMessages,
  ...pageReadingMessages,
  ...snapshotMessages,
  ...checkMessages,
  ...readingMessages,
  ...forecastMessages,
  ...optionsMessages,
  ...popupMessages,
  ...policyMessages,
  ...studentMessages,
  ...storeMessages,
} satisfies MessageTable;

export type MessageKey = keyof typeof ALL_MESSAGES;

/** The browser's _locales/<lang>/messages.json for one language. */
export function localeFile(language: 'nb' | 'nn' | 'en'): Record<string, { message: string }> {
  const file: Record<string, { message: string }> = {};
  for (const [key, translations] of Object.entries(ALL_MESSAGES as MessageTable)) {
    file[key] = { message: translations[language] };
  }
  return file;
}
