import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../lib/guidelines/json-syntax';
import { exportProfileJson, parseProfileJson as parseProfileIssues } from '../../../lib/guidelines/load-profile';
import { documentIssueWords } from '../../../components/common/field-problem-words';
import { checkMessages } from '../../../lib/i18n/messages/checks';
import { translatorFor } from '../../../lib/i18n/translate';

const NB = translatorFor(checkMessages, 'nb');

/** The loader's result with its problems as the options page words them in bokmål, one line each. */
function parseProfileJson(raw: string, fileName: string) {
  const result = parseProfileIssues(raw, fileName);
  return result.ok ? result : { ok: false as const, errors: result.errors.map((issue) => documentIssueWords(NB, issue)) };
}
import { nextLoopProblems, type GuidelineProfileInput } from '../../../lib/guidelines/profile';
import { BUILT_IN_PROFILES } from '../../../lib/guidelines/registry';

const source = { document: 'Rutine for oppfølging av fravær', publisher: 'Eksempel kommune', section: 'Tiltakskjede' };

/** A small municipality profile, written by hand as a municipality would. */
function kommune(): GuidelineProfileInput {
  return {
    id: 'eksempel-kommune',
    name: 'Eksempel kommune – fravær i grunnskolen',
    publisher: 'Eksempel kommune',
    audience: 'grunnskole',
    version: '2026-1',
    sources: [source],
    forms: ['kartlegging-fravaersmonster', 'samarbeidsavtale'],
    triggers: [
      { id: 'uvarslet', kind: 'unnotified', level: 'watch', quote: 'Ved udokumentert fravær kontaktes hjemmet samme dag.', source, stepId: 'ring-hjem', deadline: { kind: 'sameDay' } },
      { id: 'mange-dager', kind: 'absenceTotal', level: 'concern', daysOver: 6, lessonsOver: 12, quote: 'Over 6 dager eller 12 timer: kartlegging.', source, stepId: 'kartlegging' },
      { id: 'ofte-borte', kind: 'frequency', level: 'concern', atLeast: 4, withinDays: 21, quote: 'Fire ganger på tre uker.', source, stepId: 'kartlegging' },
    ],
    steps: [
      { id: 'ring-hjem', title: 'Ringe hjem', quote: 'Kontaktlærer ringer hjem.', source, responsible: 'Kontaktlærer', perOccurrence: true },
      { id: 'kartlegging', title: 'Kartlegge', quote: 'Kartleggingsskjema fylles ut.', source, responsible: 'Kontaktlærer', forms: ['kartlegging-fravaersmonster'], next: 'avtale' },
      {
        id: 'avtale',
        title: 'Samarbeidsavtale',
        quote: 'Samarbeidsavtale med evaluering etter to uker.',
        source,
        responsible: 'Rektor',
        forms: ['samarbeidsavtale'],
        deadline: { kind: 'weeks', n: 2, from: 'agreementSigned' },
      },
    ],
  };
}

const asText = (value: unknown) => JSON.stringify(value, null, 2);

describe('parseProfileJson', () => {
  it('reads a valid municipality profile and fills in the defaults', () => {
    const result = parseProfileJson(asText(kommune()), 'kommune.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const total = result.profile.triggers[1]!;
    expect(total.kind === 'absenceTotal' && total.filter).toBe('any');
    expect(total.kind === 'absenceTotal' && total.combine).toBe('or');
    expect(result.profile.steps[0]!.deadline).toEqual({ kind: 'none', from: 'trigger' });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseProfileJson(`\uFEFF${asText(kommune())}`, 'kommune.json').ok).toBe(true);
  });

  it.each([
    { name: 'a trailing comma', text: '{\n  "id": "kommune",\n  "name": "X",\n}', line: 4, column: 1 },
    { name: 'a missing value', text: '{\n "a": 1,\n "b": }', line: 3, column: 7 },
    { name: 'a missing colon', text: '{\n  "id" "kommune"\n}', line: 2, column: 8 },
    { name: 'an unfinished text', text: '{\n  "id": "kommune\n}', line: 2, column: 17 },
    { name: 'single quotes', text: "{ 'id': 1 }", line: 1, column: 3 },
    { name: 'a cut-off file', text: '{\n  "triggers": [\n', line: 3, column: 1 },
  ])('names the line and column of $name', ({ text, line, column }) => {
    const result = parseProfileJson(text, 'kommune.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(new RegExp(`^kommune\\.json: ikke gyldig JSON: linje ${line}, kolonne ${column}: `));
  });

  it('names the file, the path, the problem and the value for a wrong type', () => {
    const data = kommune() as unknown as { triggers: Record<string, unknown>[] };
    data.triggers[1]!.daysOver = 'ti';
    data.triggers[2]!.withinDays = 'tre uker';
    const result = parseProfileJson(asText(data), 'kommune.json');
    expect(result).toEqual({
      ok: false,
      errors: [
        'kommune.json: triggers[1].daysOver: forventet tall, fikk tekst (fant: "ti")',
        'kommune.json: triggers[2].withinDays: forventet tall, fikk tekst (fant: "tre uker")',
      ],
    });
  });

  it.each([
    {
      name: 'a missing field',
      change: (p: Record<string, any>) => delete p.version,
      error: 'kommune.json: version: mangler (forventet tekst)',
    },
    {
      name: 'an unknown trigger kind',
      change: (p: Record<string, any>) => (p.triggers[0].kind = 'fravaer'),
      error:
        'kommune.json: triggers[0].kind: ukjent kind; gyldige: absenceTotal, unnotified, undocumented, lateness, leftEarly, frequency, subjectLimit, shareOfSchoolTime, longWindow, firstSchoolDay (fant: "fravaer")',
    },
    {
      name: 'a misspelt field',
      change: (p: Record<string, any>) => (p.triggers[1].daysover = 6),
      error: 'kommune.json: triggers[1].daysover: ukjent felt (skrivefeil?) (fant: 6)',
    },
    {
      name: 'an unknown level',
      change: (p: Record<string, any>) => (p.triggers[0].level = 'high'),
      error: 'kommune.json: triggers[0].level: ugyldig verdi; gyldige: "watch", "concern", "serious" (fant: "high")',
    },
    {
      name: 'a missing step',
      change: (p: Record<string, any>) => (p.triggers[0].stepId = 'ringe-hjem'),
      error: 'kommune.json: triggers[0].stepId: steget «ringe-hjem» finnes ikke i steps (fant: "ringe-hjem")',
    },
    {
      name: 'a next step that does not exist',
      change: (p: Record<string, any>) => (p.steps[1].next = 'evaluering'),
      error: 'kommune.json: steps[1].next: steget «evaluering» finnes ikke i steps (fant: "evaluering")',
    },
    {
      name: 'a duplicate trigger id',
      change: (p: Record<string, any>) => (p.triggers[2].id = 'mange-dager'),
      error: 'kommune.json: triggers[2].id: id «mange-dager» er brukt før (triggers[1]) (fant: "mange-dager")',
    },
    {
      name: 'a duplicate step id',
      change: (p: Record<string, any>) => (p.steps[2].id = 'kartlegging'),
      error: 'kommune.json: steps[2].id: id «kartlegging» er brukt før (steps[1]) (fant: "kartlegging")',
    },
    {
      name: 'an unknown form',
      change: (p: Record<string, any>) => (p.steps[1].forms = ['skjema-1']),
      error:
        'kommune.json: steps[1].forms[0]: ukjent skjema «skjema-1» (kjente: kartlegging-fravaersmonster, samarbeidsavtale, evaluering-samarbeidsavtale, oppfolgingsplan, samarbeidsavtale-trondelag, evaluering-trondelag, kartlegging-stress) (fant: "skjema-1")',
    },
    {
      name: 'a deadline without its number',
      change: (p: Record<string, any>) => delete p.steps[2].deadline.n,
      error: 'kommune.json: steps[2].deadline.n: fristen «weeks» trenger et antall (n)',
    },
    {
      name: 'a total without a threshold',
      change: (p: Record<string, any>) => {
        delete p.triggers[1].daysOver;
        delete p.triggers[1].lessonsOver;
      },
      error: 'kommune.json: triggers[1]: absenceTotal trenger minst én grense: daysOver, daysAtLeast, lessonsOver eller lessonsAtLeast',
    },
    {
      name: 'steps that lead in a ring',
      change: (p: Record<string, any>) => (p.steps[2].next = 'kartlegging'),
      error: 'kommune.json: steps[1].next: «next» går i ring tilbake til «kartlegging» (fant: "avtale")',
    },
  ])('explains $name', ({ change, error }) => {
    const data = kommune() as Record<string, any>;
    change(data);
    const result = parseProfileJson(asText(data), 'kommune.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors, result.errors.join('\n')).toContain(error);
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseProfileJson(text, 'x.json');
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.every((e) => e.startsWith('x.json: '))).toBe(true);
      }),
    );
  });
});

describe('exportProfileJson', () => {
  it('a municipality profile round-trips', () => {
    const first = parseProfileJson(asText(kommune()), 'kommune.json');
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const again = parseProfileJson(exportProfileJson(first.profile), 'kommune.json');
    expect(again).toEqual(first);
  });

  it.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))('the built-in profile %s round-trips', (_id, profile) => {
    expect(parseProfileJson(exportProfileJson(profile), `${profile.id}.json`)).toEqual({ ok: true, profile });
  });
});

describe('findJsonSyntaxError', () => {
  it('finds no error in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
    );
  });

  it('finds an error exactly when JSON.parse refuses the text', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\u0001')).map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i);
      }),
      fc.tuple(fc.json(), fc.nat()).map(([text, at]) => text.slice(0, at % (text.length + 1))),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseProfileJson refuses files no guideline is, before parsing them', () => {
  it('a deeply nested invalid file: a clear message, no RangeError', () => {
    const deep = `${'['.repeat(200_000)}x`;
    const result = parseProfileJson(deep, 'dyp.json');
    expect(result).toEqual({ ok: false, errors: ['dyp.json: for dypt nøstet (200000 nivåer, høyst 32)'] });
  });

  it('a file far larger than a profile', () => {
    const big = `{"name": "${'x'.repeat(1_000_001)}"}`;
    const result = parseProfileJson(big, 'stor.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toBe(`stor.json: filen er for stor (${big.length} tegn, høyst 1000000)`);
  });

  it('counts nesting outside strings only', async () => {
    const { nestingDepth } = await import('../../../lib/guidelines/load-profile');
    expect(nestingDepth('{"a": [1, {"b": "[[[[{{{"}]}')).toBe(3);
    expect(nestingDepth('{"a": "\\"[["}')).toBe(1);
  });

  it('still reads every built-in profile (none comes near the limits)', () => {
    for (const profile of BUILT_IN_PROFILES) expect(parseProfileJson(exportProfileJson(profile), `${profile.id}.json`).ok).toBe(true);
  });
});

describe('parseProfileJson counts what a file holds', () => {
  it('more steps than any guideline: the field, the count and the limit', () => {
    const data = kommune() as Record<string, any>;
    const step = data.steps[0];
    data.steps = Array.from({ length: 201 }, (_, i) => ({ ...step, id: `steg-${i}` }));
    const result = parseProfileJson(asText(data), 'kommune.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('kommune.json: steps: for mange (201), høyst 200');
  });

  it('a quote longer than any source’s: the field and its length', () => {
    const data = kommune() as Record<string, any>;
    data.steps[1].quote = 'x'.repeat(10_001);
    const result = parseProfileJson(asText(data), 'kommune.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^kommune\.json: steps\[1\]\.quote: for lang \(10001 tegn\), høyst 10000 /)]);
  });

  it('thousands of problems: the first fifty and how many more', () => {
    const data = kommune() as Record<string, any>;
    const trigger = data.triggers[0];
    data.triggers = Array.from({ length: 60 }, (_, i) => ({ ...trigger, id: `t-${i}`, kind: 'ukjent' }));
    const result = parseProfileJson(asText(data), 'kommune.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(51);
    expect(result.errors[0]).toMatch(/^kommune\.json: triggers\[0\]\.kind: /);
    expect(result.errors[50]).toBe('kommune.json: … og 10 problemer til');
  });
});

describe('nextLoopProblems', () => {
  // d → a → b → c → b: b and c form a loop; a and d lead into it at b. e ends, f names a missing step.
  const chain = { d: 'a', a: 'b', b: 'c', c: 'b', e: undefined, f: 'finnes-ikke' } as const;
  const expected: Record<string, string | undefined> = { d: 'b', a: 'b', b: 'b', c: 'c', e: undefined, f: undefined };

  it.each([
    ['in chain order', ['d', 'a', 'b', 'c', 'e', 'f']],
    ['loop first', ['c', 'b', 'f', 'e', 'a', 'd']],
  ])('names where each chain comes back (%s)', (_name, order) => {
    const steps = order.map((id) => ({ id, next: chain[id as keyof typeof chain] }));
    const want = order.flatMap((id, i) => {
      const loop = expected[id];
      return loop === undefined ? [] : [{ path: ['steps', i, 'next'], problem: { code: 'next-loop', backTo: loop } }];
    });
    expect(nextLoopProblems(steps)).toEqual(want);
  });

  it('24 000 steps: a chain without a loop has no problem, one with a loop has each step’s', () => {
    const n = 24_000;
    const straight = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, next: i + 1 < n ? `s${i + 1}` : undefined }));
    const started = performance.now();
    expect(nextLoopProblems(straight)).toEqual([]);
    // The last step goes back to the middle one: the first half leads into the loop at s12000,
    // every step of the second half is on the loop and comes back to itself.
    const looped = straight.map((step, i) => (i === n - 1 ? { ...step, next: 's12000' } : step));
    const problems = nextLoopProblems(looped);
    console.info(`nextLoopProblems: 2 × ${n} steps in ${Math.round(performance.now() - started)} ms`);
    expect(problems).toHaveLength(n);
    expect(problems[0]).toEqual({ path: ['steps', 0, 'next'], problem: { code: 'next-loop', backTo: 's12000' } });
    expect(problems[11_999]!.problem).toEqual({ code: 'next-loop', backTo: 's12000' });
    expect(problems[12_000]!.problem).toEqual({ code: 'next-loop', backTo: 's12000' });
    expect(problems[23_999]).toEqual({ path: ['steps', 23_999, 'next'], problem: { code: 'next-loop', backTo: 's23999' } });
  });
});
