import type { PatternFinding, Patterns } from '../patterns/types';
import { ANSWER_WORDS, count, joinNorwegian, norwegianDateRange, PATTERN_ANSWER_WORDS as W } from './definitions/answer-words';

/**
 * The pattern analysis in the mapping form's words. The form is a Norwegian document, so its
 * answers stay in bokmål whatever language the teacher's UI speaks; the UI words the same
 * findings itself (components/overlay/pattern-words.ts).
 */

/** One finding as a phrase, e.g. "mest fravær mandager", "forsentkomming 3 ganger i perioden 18.08–30.10". */
export function findingAnswer(finding: PatternFinding): string {
  switch (finding.id) {
    case 'streak':
      return W.streak(finding.days, finding.ongoing);
    case 'trend':
      return finding.direction === 'okende' ? W.rising : W.falling;
    case 'weekday':
    case 'lesson':
    case 'subject':
      return W.mostAbsence(placeAnswer(finding));
    case 'lateness':
    case 'leftEarly': {
      const over =
        finding.over === 'lastFourWeeks'
          ? W.lastFourWeeks
          : finding.period
            ? ANSWER_WORDS.inPeriod(norwegianDateRange(finding.period.from, finding.period.to))
            : ANSWER_WORDS.thisTerm;
      return `${finding.id === 'lateness' ? W.lateness : W.leftEarly} ${count(finding.count, ...W.times)} ${over}`;
    }
    case 'afterHolidays':
      return `${W.afterHolidays} ${count(finding.count, ...W.times)}`;
    case 'unknown':
      return W.unknown;
  }
}

/** Where a concentration finding's absence is, in words that follow "mest fravær". */
function placeAnswer(finding: Extract<PatternFinding, { id: 'weekday' | 'lesson' | 'subject' }>): string {
  switch (finding.id) {
    case 'weekday':
      return W.weekdays[finding.weekday];
    case 'lesson':
      return W.lesson(finding.lesson);
    case 'subject':
      return W.inSubject(subjectInProse(finding.subject));
  }
}

/**
 * Item 3 "Fraværsmønster" of Rælingen's "Kartlegging av elevens fraværsmønster": the findings
 * strongest first, with the "mest fravær …" ones joined into one phrase where the strongest of
 * them stands, e.g. "Mest fravær mandager og første time; økende siste fire uker".
 */
export function describePatterns(patterns: Patterns): string {
  if (patterns.coverage === 'totals') return W.unknown;
  const parts: string[] = [];
  const places: string[] = [];
  let placesAt = -1;
  for (const finding of patterns.findings) {
    if (finding.id === 'unknown') continue;
    if (finding.id === 'weekday' || finding.id === 'lesson' || finding.id === 'subject') {
      if (placesAt < 0) {
        placesAt = parts.length;
        parts.push('');
      }
      places.push(placeAnswer(finding));
    } else {
      parts.push(findingAnswer(finding));
    }
  }
  if (placesAt >= 0) parts[placesAt] = W.mostAbsence(joinNorwegian(places));
  if (parts.length === 0) return W.noPattern;
  return capitalise(parts.join('; '));
}

/** Item 4 "Hvordan oppstod fraværet? Plutselig, gradvis?": null when the analysis cannot tell. */
export function describeOnset(patterns: Patterns): string | null {
  if (patterns.onset === 'plutselig') return W.sudden;
  if (patterns.onset === 'gradvis') return W.gradual;
  return null;
}

/** "Matematikk" reads "i matematikk" in a sentence; codes and acronyms ("KRLE", "MAT1001") stay as they are. */
function subjectInProse(subject: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
