import type { IsoDate, SchoolCalendar } from '../../../lib/model';
import { norwegianSchoolYear, schoolYearStart } from '../../../lib/model';
import type { PortalAdapter, ReadOptions, TaughtMapping } from '../../../lib/portals/adapter';
import { GuidelineProfile } from '../../../lib/guidelines/profile';
import { getBuiltInProfile } from '../../../lib/guidelines/registry';
import { defaultProfileIdFor } from '../../../lib/portals/registry';
import type { PageConfig } from '../../../lib/messaging/protocol';
import { PageConfig as PageConfigSchema } from '../../../lib/messaging/protocol';
import { resolveLanguage, translatorFor, type Translator } from '../../../lib/i18n/translate';

/** What the background's page configuration means for this page, checked and with its defaults filled in. */
export interface ResolvedPageConfig {
  config: PageConfig;
  t: Translator;
  profile: GuidelineProfile | null;
  calendar: SchoolCalendar;
}

/** Used when the background's answer does not pass the schema: the page still gets badges. */
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
  adapter: PortalAdapter,
  browserLanguage: string,
  asOf: IsoDate,
  log: (message: string, detail?: unknown) => void,
): ResolvedPageConfig {
  const parsed = PageConfigSchema.safeParse(raw);
  const config: PageConfig = parsed.success ? parsed.data : FALLBACK_CONFIG;
  if (!parsed.success) log('page config refused', parsed.error.issues);
  const t = translatorFor(resolveLanguage(config.language, browserLanguage));
  const profile = GuidelineProfile.safeParse(config.profile);
  return {
    config,
    t,
    profile: profile.success
      ? profile.data
      : (getBuiltInProfile(defaultProfileIdFor(adapter.id)) ?? null),
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
