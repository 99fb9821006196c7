// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createBadge } from '../../../components/overlay/badge.dom';
import { overlayTranslator } from '../../../components/overlay/words';
import { LEVEL_LOOK } from '../../../components/overlay/level-style';

describe('a new badge', () => {
  it('claims no level before its first update: "ok" would say every rule was checked', () => {
    const badge = createBadge(document, 'generic:n1', () => undefined);
    expect(badge.host.getAttribute('data-student')).toBe('generic:n1');
    expect(badge.host.getAttribute('data-level')).toBe('unknown');
  });
});

describe("a badge's parts", () => {
  it('shows each part of an update in its own element: level, icon, overdue mark, on-course mark, sparkline', () => {
    // The inside is a clone whose parts are taken by position: a part taken from the wrong place
    // would show the level's words in the overdue mark, or the sparkline in the icon.
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const badge = createBadge(document, 'generic:n4', () => undefined);
    const root = attach.mock.results.at(-1)?.value as ShadowRoot;
    attach.mockRestore();
    const t = overlayTranslator('nb');
    const series = [{ weekStart: '2027-06-14', dayEquivalents: 2, days: 2, lessons: 0, late: 0, schoolDays: 5 }];
    badge.update({ level: 'concern', reason: 'Mer enn 10 dager', series, overdue: 'Forfalt', onCourse: '4 dager' }, t);
    const button = root.querySelector('button')!;
    expect(badge.button).toBe(button);
    const [label, overdue] = Array.from(button.querySelectorAll('span'));
    expect(label!.textContent).toBe(t(LEVEL_LOOK.concern.labelKey));
    expect(overdue!.className).toBe('overdue');
    expect(overdue!.hidden).toBe(false);
    // The level's colours and icon are the sheet's rules for the button's class (checked in real browsers in tests/e2e/overlay.test.ts).
    expect(button.className).toBe('concern');
    expect(root.querySelector('svg.icon path')).not.toBeNull();
    const onCourse = root.querySelector<HTMLElement>('span.on-course')!;
    expect(onCourse.hidden).toBe(false);
    expect(onCourse.textContent).toBe(t('onCourseMark'));
    const spark = root.querySelector('svg.spark')!;
    expect(spark.hasAttribute('hidden')).toBe(false);
    expect(spark.querySelector('path')!.getAttribute('d')).not.toBe('');
    expect(spark.querySelector('line')).not.toBeNull();
  });
});

describe("a badge's optional parts", () => {
  const t = overlayTranslator('nb');
  const week = { weekStart: '2027-06-14', dayEquivalents: 2, days: 2, lessons: 0, late: 0, schoolDays: 5 };
  const plain = { level: 'ok' as const, reason: 'Ingen regel slo til', series: null, overdue: null, onCourse: null };
  function badgeWithRoot() {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const badge = createBadge(document, 'generic:n5', () => undefined);
    const root = attach.mock.results.at(-1)?.value as ShadowRoot;
    attach.mockRestore();
    return { badge, root };
  }
  /** The root's elements in order (the <style> left out where the sheet is the badge's own), and the button's. */
  const parts = (root: ShadowRoot) => ({
    root: Array.from(root.children, (element) => (element.localName === 'button' ? 'button' : `${element.localName}.${element.getAttribute('class')}`)).filter((name) => name !== 'style.null'),
    button: Array.from(root.querySelector('button')!.children, (element) => element.getAttribute('class') ?? element.localName),
  });

  it('are not in a badge that never showed them: no overdue mark, no on-course mark, no sparkline', () => {
    const { badge, root } = badgeWithRoot();
    badge.update(plain, t);
    expect(parts(root)).toEqual({ root: ['button'], button: ['icon', 'span'] });
  });

  it('go in their places when first shown, in whatever order, and are hidden, not removed, when no longer shown', () => {
    const { badge, root } = badgeWithRoot();
    badge.update(plain, t);
    badge.update({ ...plain, series: [week] }, t);
    badge.update({ ...plain, series: [week], onCourse: '4 dager' }, t);
    badge.update({ ...plain, series: [week], onCourse: '4 dager', overdue: 'Forfalt' }, t);
    expect(parts(root)).toEqual({ root: ['button', 'span.on-course', 'svg.spark'], button: ['icon', 'span', 'overdue'] });
    expect(root.querySelector<HTMLElement>('.overdue')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('.on-course')!.hidden).toBe(false);
    expect(root.querySelector('svg.spark')!.hasAttribute('hidden')).toBe(false);

    badge.update(plain, t);
    expect(parts(root)).toEqual({ root: ['button', 'span.on-course', 'svg.spark'], button: ['icon', 'span', 'overdue'] });
    expect(root.querySelector<HTMLElement>('.overdue')!.hidden).toBe(true);
    expect(root.querySelector<HTMLElement>('.on-course')!.hidden).toBe(true);
    expect(root.querySelector('svg.spark')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('button')!.getAttribute('aria-label')).toBe(`${t(LEVEL_LOOK.ok.labelKey)} – Ingen regel slo til`);
  });
});

describe('a badge whose inside is deferred', () => {
  it('carries its student and level at once, and shows its last update once revealed', () => {
    const t = overlayTranslator('nb');
    const badge = createBadge(document, 'generic:n2', () => undefined, { deferInside: true });
    badge.update({ level: 'concern', reason: 'Mer enn 10 dager', series: null, overdue: null, onCourse: null }, t);
    expect(badge.host.getAttribute('data-level')).toBe('concern');
    badge.update({ level: 'watch', reason: 'Tre dager', series: null, overdue: null, onCourse: null }, t);
    badge.reveal();
    expect(badge.host.getAttribute('data-level')).toBe('watch');
    expect(badge.button.getAttribute('aria-label')).toContain('Tre dager');
    expect(badge.button.getAttribute('aria-label')).not.toContain('Mer enn 10 dager');
  });
});

describe('a badge updated after an edit', () => {
  const t = overlayTranslator('nb');
  /** A badge, its closed root (caught as it is attached) and the number of writes into it since last asked. */
  function watchedBadge() {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const badge = createBadge(document, 'generic:n3', () => undefined);
    const root = attach.mock.results.at(-1)?.value as ShadowRoot;
    attach.mockRestore();
    let count = 0;
    const observer = new MutationObserver((records) => (count += records.length));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const writes = () => {
      count += observer.takeRecords().length;
      const since = count;
      count = 0;
      return since;
    };
    return { badge, writes, root };
  }
  const week = (weekStart: string, dayEquivalents: number) => ({ weekStart, dayEquivalents, days: dayEquivalents, lessons: 0, late: 0, schoolDays: 5 });
  const view = {
    level: 'watch' as const,
    reason: 'Tre dager',
    series: [week('2027-06-07', 1), week('2027-06-14', 2)],
    overdue: null,
    onCourse: null,
  };

  it('writes nothing into the badge when nothing it shows changed', () => {
    const { badge, writes } = watchedBadge();
    badge.update(view, t);
    expect(writes()).toBeGreaterThan(0);
    badge.update({ ...view, series: view.series.map((point) => ({ ...point })) }, t);
    expect(writes()).toBe(0);
  });

  it('leaves its host untouched when the level stays, and writes the level the page rewrote again', () => {
    const { badge } = watchedBadge();
    badge.update(view, t);
    const host = new MutationObserver(() => undefined);
    host.observe(badge.host, { attributes: true });
    badge.update({ ...view, reason: 'Fire dager' }, t);
    expect(host.takeRecords()).toEqual([]);
    badge.host.setAttribute('data-level', 'ok');
    host.takeRecords();
    badge.update(view, t);
    expect(badge.host.getAttribute('data-level')).toBe('watch');
    host.disconnect();
  });

  it('redraws only the sparkline when only a week changed, and the rest when the level changed', () => {
    const { badge, writes, root } = watchedBadge();
    const button = root.querySelector('button')!;
    badge.update(view, t);
    const spark = root.querySelector('svg.spark')!;
    const firstPath = spark.querySelector('path')!.getAttribute('d');
    writes();
    const changedWeek = [week('2027-06-07', 1), week('2027-06-14', 3)];
    badge.update({ ...view, series: changedWeek }, t);
    expect(writes()).toBe(2); // the path and its label
    expect(spark.getAttribute('aria-label')).toContain('1, 3');
    expect(spark.querySelector('path')!.getAttribute('d')).not.toBe(firstPath);
    expect(button.getAttribute('aria-label')).toBe(`${t(LEVEL_LOOK.watch.labelKey)} – Tre dager`);

    badge.update({ ...view, level: 'concern', series: changedWeek }, t);
    expect(badge.host.getAttribute('data-level')).toBe('concern');
    expect(button.querySelector('span')!.textContent).toBe(t(LEVEL_LOOK.concern.labelKey));
    expect(button.getAttribute('aria-label')).toBe(`${t(LEVEL_LOOK.concern.labelKey)} – Tre dager`);
    expect(button.className).toBe('concern');

    badge.update({ ...view, series: null }, t);
    expect(button.querySelector('span')!.textContent).toBe(t(LEVEL_LOOK.watch.labelKey));
    expect(button.className).toBe('watch');
    expect(spark.hasAttribute('hidden')).toBe(true);
    expect(spark.querySelector('path')!.getAttribute('d')).toBe('');
  });

  it('speaks the language of its latest update: the teacher changed the language since it was made', () => {
    const { badge, root } = watchedBadge();
    const button = root.querySelector('button')!;
    badge.update(view, t);
    const spark = root.querySelector('svg.spark')!;
    expect(button.querySelector('span')!.textContent).toBe('Følg med');
    badge.update({ ...view, reason: 'Three days' }, overlayTranslator('en'));
    expect(button.querySelector('span')!.textContent).toBe('Watch');
    expect(button.getAttribute('aria-label')).toBe('Watch – Three days');
    expect(spark.getAttribute('aria-label')).toBe('Absence per week this term (days): 1, 2');
  });
});

describe('a badge whose inside is deferred', () => {
  it('is one bare element, without a shadow root, until it is revealed; then it gets one, once', () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    try {
      const badge = createBadge(document, 'generic:n3', () => undefined, { deferInside: true });
      badge.update({ level: 'ok', reason: 'Ingen regel slo til', series: null, overdue: null, onCourse: null }, overlayTranslator('nb'));
      const own = () => attach.mock.contexts.filter((element) => element === badge.host).length;
      expect(own()).toBe(0);
      badge.reveal();
      badge.reveal();
      expect(own()).toBe(1);
      expect(badge.button.getAttribute('aria-label')).toContain('Ingen regel slo til');
      expect(badge.host.getAttribute('data-student')).toBe('generic:n3');
    } finally {
      attach.mockRestore();
    }
  });
});
