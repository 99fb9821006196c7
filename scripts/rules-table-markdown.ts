import type { Deadline, GuidelineProfile, Step, Trigger } from '../lib/guidelines/profile';
import type { SourceRef } from '../lib/model/source';

/**
 * docs/RULES.md, written from the profiles themselves so the docs cannot drift from the code:
 * every rule with its source and quote, its threshold, its level and the step it leads to; then
 * every step. scripts/rules-table.ts writes it; a unit test fails when the checked-in file differs.
 */
export function rulesMarkdown(profiles: readonly GuidelineProfile[]): string {
  const out: string[] = [
    '# The rules each guideline profile applies',
    '',
    'Written by `npm run docs:rules` (scripts/rules-table.ts) from `lib/guidelines/profiles/*`; do not edit by hand.',
    'Quotes are the sources\' own words. A rule marked **Nærværsradar default** has a number or level that no',
    'source gives; it is labelled as ours wherever it is shown and can be switched off in options.',
    '',
  ];
  for (const profile of profiles) {
    out.push(`## ${profile.name} (\`${profile.id}\`)`, '', `${profile.publisher}, version ${profile.version}.`, '');
    out.push('| rule | source and quote | threshold | level | step |', '|---|---|---|---|---|');
    for (const t of profile.triggers) {
      const own = t.ownDefault ? `<br>**Nærværsradar default:** ${cell(t.ownDefault.why)}` : '';
      out.push(`| \`${t.id}\` | ${sourceWords(t.source)}: «${cell(t.quote)}» | ${cell(threshold(t))}${own} | ${t.level} | \`${t.stepId}\` |`);
    }
    out.push('', '| step | source and quote | responsible | deadline | condition | then |', '|---|---|---|---|---|---|');
    for (const s of profile.steps) {
      out.push(
        `| \`${s.id}\` ${cell(s.title)} | ${sourceWords(s.source)}: «${cell(s.quote)}» | ${cell(s.responsible)} | ${cell(deadlineWords(s.deadline))}${s.perOccurrence ? ' (per occurrence)' : ''} | ${s.condition ? cell(s.condition) : '—'} | ${next(s)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function sourceWords(source: SourceRef): string {
  return `${source.publisher}, *${source.document}*, «${source.section}»${source.page !== undefined ? `, p. ${source.page}` : ''}`;
}

function next(step: Step): string {
  const parts: string[] = [];
  if (step.next) parts.push(`\`${step.next}\``);
  if (step.ifAdult) parts.push(`over 18: \`${step.ifAdult}\``);
  return parts.length > 0 ? parts.join('; ') : '—';
}

const FROM: Record<Deadline['from'], string> = {
  trigger: 'the trigger',
  agreementSigned: 'the signed samarbeidsavtale',
  previousStep: 'the previous step',
};

function deadlineWords(deadline: Deadline): string {
  const rule = (d: { kind: string; n?: number | undefined; label?: string | undefined }) => {
    const n = d.n ?? 1;
    const plain =
      d.kind === 'sameDay' ? 'same day' : d.kind === 'schoolDays' ? `school day ${n}` : d.kind === 'calendarDays' ? `${n} days` : d.kind === 'weeks' ? `${n} week${n === 1 ? '' : 's'}` : 'none';
    return d.label ? `«${d.label}» (${plain})` : plain;
  };
  if (deadline.kind === 'none' && !deadline.perAgeBand) return 'none';
  const bands = Object.entries(deadline.perAgeBand ?? {}).map(([band, r]) => `${band}: ${rule(r!)}`);
  return `${rule(deadline)}${bands.length > 0 ? `; ${bands.join('; ')}` : ''}, from ${FROM[deadline.from]}`;
}

function threshold(t: Trigger): string {
  switch (t.kind) {
    case 'absenceTotal': {
      const parts: string[] = [];
      if (t.daysOver !== undefined) parts.push(`more than ${t.daysOver} days`);
      if (t.daysAtLeast !== undefined) parts.push(`${t.daysAtLeast} days or more`);
      if (t.lessonsOver !== undefined) parts.push(`more than ${t.lessonsOver} enkelttimer`);
      if (t.lessonsAtLeast !== undefined) parts.push(`${t.lessonsAtLeast} enkelttimer or more`);
      const filter = t.filter === 'any' ? '' : t.filter === 'documented' ? ' of gyldig (documented) absence' : ' of ugyldig (undocumented) absence';
      return `${parts.join(t.combine === 'or' ? ' or ' : ' and ')}${filter} this halvår`;
    }
    case 'unnotified':
      return `${t.minDays} consecutive school day${t.minDays === 1 ? '' : 's'} absent without notice${t.includeLessons ? ' (a day with enkelttimer without notice counts)' : ''}`;
    case 'undocumented':
      return `${t.atLeast} or more ugyldig ${t.unit === 'day' ? 'whole days' : 'enkelttimer'} this halvår`;
    case 'lateness':
      return `${t.atLeast} or more late arrivals${t.firstLessonOnly ? ' to the first lesson' : ''} this halvår`;
    case 'leftEarly':
      return `${t.atLeast} or more days left school during the day this halvår`;
    case 'frequency':
      return `away on ${t.atLeast} or more school days within ${t.withinDays} calendar days${t.filter === 'any' ? ', documented or not' : ''}`;
    case 'subjectLimit':
      return t.fireAt === 'warning'
        ? `a subject at the portal's warning limit, else ${t.warnAtPercent} %`
        : `a subject at the portal's limit, else ${t.limitPercent} %`;
    case 'shareOfSchoolTime':
      return `more than ${t.percentOver} % of the school days in the last ${t.lastCalendarDays} calendar days (enkelttimer as a share of a day)`;
    case 'longWindow': {
      const parts: string[] = [];
      if (t.daysOver !== undefined) parts.push(`more than ${t.daysOver} days`);
      if (t.percentOver !== undefined) parts.push(`more than ${t.percentOver} % of the school days`);
      return `${parts.join(t.combine === 'or' ? ' or ' : ' and ')} in the last ${t.weeks} weeks`;
    }
    case 'firstSchoolDay':
      return 'a whole day away on the first school day of the school year';
  }
}
