// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBadge } from '../../../components/overlay/badge.dom';
import { overlayTranslator } from '../../../components/overlay/words';

describe('a new badge', () => {
  it('claims no level before its first update: "ok" would say every rule was checked', () => {
    const badge = createBadge(document, 'generic:n1', overlayTranslator('nb'), () => undefined);
    expect(badge.host.getAttribute('data-student')).toBe('generic:n1');
    expect(badge.host.getAttribute('data-level')).toBe('unknown');
  });
});
