// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { GENERIC_VOCABULARY, genericAdapter } from '../../../lib/portals/generic';
import { absenceInProse } from '../../../lib/portals/generic/prose-figures';
import { history } from '../guidelines/history-builder';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A contact teacher's summary with an <article> per student: the name in its heading, the absence
 * only in sentences. Pages invented; the values are read off the sentences by hand.
 */
function level(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

const article = (name: string, sentences: string) => `<article><h3>${name}</h3><p>${sentences}</p></article>`;
const page = (...articles: string[]) => `<h1>Fraværssammendrag 9A</h1><p>Gjelder høsthalvåret 18.08.2026–23.11.2026.</p>${articles.join('')}`;

describe('an article per student with the absence said in a sentence', () => {
  // As of Monday 23.11.2026: 65 school days in the term so far, 10 in the last 14 days. By hand:
  // Siri none → ok; Tor 3 days + 4 lessons = 3.67 days, over 2.5 so the last 14 days are undecided,
  // under 9.75 → unknown; Une 10 days + 1 lesson = 10.17 > 9.75 → concern; Åse 0 days + 12 lessons
  // = 2 days ≤ 2.5 → ok.
  const summary = page(
    article('Siri Dahl', 'Siri har ikke noe registrert fravær dette halvåret.'),
    article('Tor Vik', 'Tor har vært borte 3 hele dager og 4 enkelttimer dette halvåret.'),
    article('Une Lie', 'Une har hatt 10 fraværsdager og 1 enkelttime.'),
    article('Åse Moen', 'Åse har ingen hele fraværsdager, men 12 enkelttimer.'),
  );

  it("reads each student's name from the heading and the days and lessons from the sentence", () => {
    expect(rows(summary).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Siri Dahl', 0, 0],
      ['Tor Vik', 3, 4],
      ['Une Lie', 10, 1],
      ['Åse Moen', 0, 12],
    ]);
  });

  it('levels them from those figures', () => {
    expect(rows(summary).map((row) => level(row))).toEqual(['ok', 'unknown', 'concern', 'ok']);
  });

  it('puts the badge by the heading that names the student', () => {
    const doc = parsePage(summary);
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read');
    expect(result.layout.slots.map((slot) => slot.anchor)).toEqual(Array.from(doc.querySelectorAll('article > h3')));
  });

  it('reads no figure from a sentence that does not speak of absence', () => {
    const [kari] = rows(page(article('Kari Ås', 'Kari har vært borte 2 dager. Hun har 5 timer matematikk i uka.'), article('Ola Bø', 'Ola har vært borte 1 dag.')));
    expect([kari?.totals?.days, kari?.totals?.lessons]).toEqual([2, 0]);
  });

  it('leaves a student unread whose sentences give two different figures in one unit, and reads the others', () => {
    const read = rows(page(article('Even Lund', 'Even har vært borte 2 dager i høst og 4 dager i fjor.'), article('Ola Bø', 'Ola har vært borte 1 dag.'), article('Ida Ruud', 'Ida har 3 fraværsdager.')));
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Ola Bø', 1],
      ['Ida Ruud', 3],
    ]);
  });

  it('reads no article whose heading is no person\'s name, though its sentences speak of absence', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(page(article('Uke 45', 'Klassen hadde 3 dager med fravær.'), article('Fravær i 9A', 'Ola har vært borte 2 dager.'))),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });

  it('reads nothing where no article says any absence', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(page(article('Kari Ås', 'Kari har 5 timer matematikk i uka.'), article('Ola Bø', 'Ola har 4 timer norsk i uka.'))),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe('a card that says in words there is no absence, among cards with labelled figures', () => {
  // Cards of a teams tab, invented: three label their figure "Fravær hittil", one says only that
  // no absence is registered. Read by hand: 1 day and 1 lesson, 3 days, 5 days and 4 lessons, none.
  const card = (name: string, line: string) => `<article><h3>${name}</h3><p>${line}</p></article>`;
  const cards = page(
    card('Elise Brekken', 'Fravær hittil: 1 dag og 1 time'),
    card('Jonas Skog', 'Fravær hittil: 3 dager'),
    card('Andrea Foss', 'Fravær hittil: 5 dager og 4 timer'),
    card('William Nyhus', 'Ingen fravær registrert'),
  );

  it('reads the card with no figure as nought under the label the others give, and the others as they say', () => {
    expect(rows(cards).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Elise Brekken', 1, 1],
      ['Jonas Skog', 3, 0],
      ['Andrea Foss', 5, 4],
      ['William Nyhus', 0, 0],
    ]);
  });

  it('still reads no card whose words give a figure under no label the others give', () => {
    const mixed = page(
      card('Elise Brekken', 'Fravær hittil: 1 dag og 1 time'),
      card('Jonas Skog', 'Fravær hittil: 3 dager'),
      card('William Nyhus', 'William har hatt 2 dager fravær.'),
    );
    expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(mixed), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
  });
});

describe('what a sentence says of the absence', () => {
  const said = (text: string) => absenceInProse(text, GENERIC_VOCABULARY.prose);

  it('reads days and lessons with their units, whole days named or not, and a count out of the school days', () => {
    expect(said('Peder har vært borte 2 hele dager og 2 enkelttimer denne terminen.')).toBe('2 d 2 t');
    expect(said('Mia var fraværende 1 dag.')).toBe('1 d 0 t');
    expect(said('Jonas har 2,5 dagar fråvær.')).toBe('2,5 d 0 t');
    expect(said('Emil har vært borte 4 av 65 dager.')).toBe('4 d 0 t');
  });

  it('reads "no absence" as none, and a sentence with no figure and no such words as nothing', () => {
    expect(said('Live har ikke noe registrert fravær denne terminen.')).toBe('0 d 0 t');
    expect(said('Nora har ikkje vore borte.')).toBe('0 d 0 t');
    expect(said('Live har hatt fravær denne terminen.')).toBeUndefined();
  });

  it('leaves a bound, a shorter stretch, a month or lesson numbers unread', () => {
    expect(said('Mia har vært borte mer enn 3 dager.')).toBeUndefined();
    expect(said('Mia har vært borte 2 dager denne uken.')).toBeUndefined();
    expect(said('Mia har vært borte 2 dager de siste 14 dagene.')).toBeUndefined();
    expect(said('Mia var borte 3 dager i oktober.')).toBeUndefined();
    expect(said('Mia var borte 2. og 3. time.')).toBeUndefined();
  });

  it('reads the same figure said twice once, and two different figures of one unit as nothing', () => {
    expect(said('Ola har vært borte 3 dager. Det er 3 dager med fravær.')).toBe('3 d 0 t');
    expect(said('Ola har vært borte 3 dager, og Kari 5 dager.')).toBeUndefined();
  });

  it('reads no figure from a sentence that does not speak of absence', () => {
    expect(said('Ola har 5 timer norsk i uka.')).toBeUndefined();
    expect(said('Ola har vært borte 2 dager. Klassen har 30 timer i uka.')).toBe('2 d 0 t');
  });

  it('reads no part of a date as a figure, nor a figure that could be one ("2.5" is also the 2nd of May)', () => {
    expect(said('Ola har vært borte 1 dag siden 03.11.2026.')).toBe('1 d 0 t');
    expect(said('Ola har vært borte 2.5 dager.')).toBeUndefined();
  });
});
