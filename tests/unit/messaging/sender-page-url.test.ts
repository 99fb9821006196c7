import { describe, expect, it } from 'vitest';
import { classifySender, senderPageUrl, type SenderPolicy } from '../../../lib/messaging/sender-policy';

/**
 * A frame without an address of its own (about:srcdoc, about:blank) speaks for the origin that made
 * it: a report viewer that fills an <iframe> from a string is still a page of the portal.
 */
describe('the address a sending frame speaks for', () => {
  it('keeps a real address as it is', () => {
    expect(senderPageUrl('https://skole.visma.com/elev/1', 'https://skole.visma.com')).toBe('https://skole.visma.com/elev/1');
    expect(senderPageUrl(undefined, 'https://skole.visma.com')).toBeUndefined();
  });

  it('gives a srcdoc or about:blank frame the address of the origin that made it', () => {
    expect(senderPageUrl('about:srcdoc', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/');
    expect(senderPageUrl('about:blank', 'https://skole.visma.com')).toBe('https://skole.visma.com/');
  });

  it('leaves the about: address (which no site matches) for an opaque, missing or odd origin', () => {
    expect(senderPageUrl('about:srcdoc', 'null')).toBe('about:srcdoc'); // a sandboxed frame
    expect(senderPageUrl('about:srcdoc', undefined)).toBe('about:srcdoc');
    expect(senderPageUrl('about:srcdoc', 42)).toBe('about:srcdoc');
    expect(senderPageUrl('about:blank', 'chrome-extension://abcdef')).toBe('about:blank');
    expect(senderPageUrl('about:blank', 'https://skole.visma.com/not/an/origin')).toBe('about:blank');
  });

  it('lets a srcdoc frame of an enabled page through the sender policy, and not one of another page', () => {
    const policy: SenderPolicy = {
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext/',
      isEnabledPage: (url) => url.host === 'skole.visma.com',
      isPortalPage: (url) => url.host === 'skole.visma.com',
    };
    const from = (origin: string) => ({ id: 'ext', url: senderPageUrl('about:srcdoc', origin), fromTab: true });
    expect(classifySender(from('https://skole.visma.com'), policy)).toBe('portalTab');
    expect(classifySender(from('https://annen.example'), policy)).toHaveProperty('refused');
    expect(classifySender(from('null'), policy)).toHaveProperty('refused');
  });
});
