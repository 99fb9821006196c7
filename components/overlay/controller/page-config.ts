import type { IsoDate, SchoolCalendar } from '../../../lib/model';
import { norwegianSchoolYear, schoolYearStart } from '../../../lib/model';
import type { PortalAdapter, ReadOptions, TaughtMapping } from '../../../lib/portals/adapter';
import type { PageProfile } from '../../../lib/guidelines/page-profile';
import type { PageConfig } from '../../../lib/messaging/protocol';
import { pageConfigFrom } from '../../../lib/messaging/from-background';
import { resolveLanguage } from '../../../lib/i18n/translate';
import { overlayTranslator, type OverlayTranslator } from '../words';

/** What the background's page configuration means for this page, with its defaults filled in. */
export interface ResolvedPageConfig {
  config: PageConfig;
  t: OverlayTranslator;
  /** Null when the background gave none: the page is read, but no student is assessed. */
  profile: PageProfile | null;
  calendar: SchoolCalendar;
}

/** Used when no answer came from the background (it may be restarting): nothing is assessed. */
const FALLBACK_CONFIG: PageConfig = {
  profile: null,
  codeOverrides: {},
  screenShare: false,
  ownDefaults: true,
  taughtMapping: null,
  calendar: null,
  language: 'nb',
};

export function resolvePageConfig(
  raw: unknown,
  browserLanguage: () => string,
  asOf: IsoDate,
  log: (message: string, detail?: unknown) => void,
): ResolvedPageConfig {
  const answered = pageConfigFrom(raw);
  if (!answered) log('no page configuration from the background', raw);
  const config = answered ?? FALLBACK_CONFIG;
  const t = overlayTranslator(resolveLanguage(config.language, browserLanguage));
  return {
    config,
    t,
    profile: config.profile,
    calendar: config.calendar ?? norwegianSchoolYear(schoolYearStart(asOf)),
  };
}

/** How the adapter reads this page: the teacher's code overrides, and a taught mapping for the generic reader. */
export function readOptionsFor(adapter: PortalAdapter, config: PageConfig | null, asOf: IsoDate): ReadOptions {
  const overrides = config?.codeOverrides;
  const taught: TaughtMapping | null = config?.taughtMapping ?? null;
  return {
    asOf,
    ...(overrides && Object.keys(overrides).length > 0 ? { codeOverrides: overrides } : {}),
    ...(taught && adapter.id === 'generic' ? { taughtMapping: taught } : {}),
  };
}
