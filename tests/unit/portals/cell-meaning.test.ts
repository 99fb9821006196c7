import { describe, expect, it } from 'vitest';
import { readCode } from '../../../lib/portals/generic/cell-meaning';
import { GENERIC_VOCABULARY } from '../../../lib/portals/generic';

const words = GENERIC_VOCABULARY.cells;

describe('a register code read again', () => {
  it('means what the words and overrides in use say, not what it meant under others', () => {
    // "U" is ugyldig fravær, a whole day, in the generic words.
    expect(readCode('U', words)).toEqual({ kind: 'absent', event: { kind: 'day', documented: false, notified: null, code: 'U' } });
    // A portal's taught mapping says its "U" is a late arrival.
    const late = { U: { description: 'For sent', kind: 'late' as const, documented: null, notified: null, countsTowardLimit: false } };
    expect(readCode('U', words, late)).toMatchObject({ kind: 'absent', event: { kind: 'late', code: 'U', countsTowardLimit: false } });
    // A page's legend that lists "U" as present.
    const legend = { ...words, codes: { ...words.codes, u: { description: 'Til stede', kind: 'present' as const, documented: null, notified: null } } };
    expect(readCode('U', legend)).toEqual({ kind: 'present' });
    expect(readCode('U', words)).toMatchObject({ kind: 'absent', event: { kind: 'day' } });
  });
});
