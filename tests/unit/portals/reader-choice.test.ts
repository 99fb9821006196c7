import { describe, expect, it } from 'vitest';
import type { PortalAdapter } from '../../../lib/portals/adapter';
import { chooseReader } from '../../../lib/portals/reader-choice';

/** Readers that only say which addresses they read: the choice looks at nothing else. */
const reader = (id: string, host: string): PortalAdapter => ({
  id,
  name: id,
  matchesUrl: (url) => url.hostname === host && url.pathname.startsWith('/fravaer'),
  locate: () => {
    throw new Error('not read here');
  },
  readStudent: () => {
    throw new Error('not read here');
  },
});
const alpha = reader('alpha', 'alpha.example');
const beta = reader('beta', 'beta.example');
const generic = reader('generic', 'nowhere.example');

describe('which reader reads a page', () => {
  it("a portal's reader that matches the address", () => {
    expect(chooseReader([alpha, beta], generic, new URL('https://beta.example/fravaer/klasse'))).toBe(beta);
  });

  it("the generic reader on the portal's other pages and on other sites", () => {
    expect(chooseReader([alpha, beta], generic, new URL('https://beta.example/timeplan'))).toBe(generic);
    expect(chooseReader([alpha, beta], generic, new URL('https://school.example/fravaer'))).toBe(generic);
  });

  it('none when no portal reader matches and no generic reader is at hand (the background loads one)', () => {
    expect(chooseReader([alpha], null, new URL('https://alpha.example/timeplan'))).toBeNull();
    expect(chooseReader([], null, new URL('https://alpha.example/fravaer'))).toBeNull();
  });

  it('a loopback page that names a portal in its path, only where the build asks for it', () => {
    const modelled = new URL('http://127.0.0.1:4000/beta/class.html');
    expect(chooseReader([alpha, beta], generic, modelled, true)).toBe(beta);
    expect(chooseReader([alpha, beta], generic, new URL('http://localhost:4000/x/alpha/y.html'), true)).toBe(alpha);
    expect(chooseReader([alpha, beta], generic, modelled, false)).toBe(generic);
    // A segment, not a part of one; and never on another host.
    expect(chooseReader([alpha, beta], generic, new URL('http://127.0.0.1:4000/betamax/class.html'), true)).toBe(generic);
    expect(chooseReader([alpha, beta], generic, new URL('https://school.example/beta/class.html'), true)).toBe(generic);
  });
});
