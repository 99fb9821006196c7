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

describe('a badge whose inside is deferred', () => {
  it('carries its student and level at once, and shows its last update once revealed', () => {
    const t = overlayTranslator('nb');
    const badge = createBadge(document, 'generic:n2', t, () => undefined, { deferInside: true });
    badge.update({ level: 'concern', reason: 'Mer enn 10 dager', series: null, overdue: null, onCourse: null });
    expect(badge.host.getAttribute('data-level')).toBe('concern');
    badge.update({ level: 'watch', reason: 'Tre dager', series: null, overdue: null, onCourse: null });
    badge.reveal();
    expect(badge.host.getAttribute('data-level')).toBe('watch');
    expect(badge.button.getAttribute('aria-label')).toContain('Tre dager');
    expect(badge.button.getAttribute('aria-label')).not.toContain('Mer enn 10 dager');
  });
});
