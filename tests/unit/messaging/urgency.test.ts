import { describe, expect, it } from 'vitest';
import { glanceTabOf } from '../../../components/popup/popup-state';
import { compareUrgency, type UrgentItem } from '../../../lib/messaging/protocol';

const item = (studentName: string, extra: Partial<UrgentItem>): UrgentItem => ({
  studentName, level: 'ok', step: null, deadline: null, overdue: false, onCourse: null, ...extra,
});

describe('the class at a glance: most urgent first', () => {
  it('overdue steps, then concern or serious, then på vei, then the rest', () => {
    const items = [
      item('Watch', { level: 'watch', step: 'Kontakt hjemmet', deadline: '2026-11-20' }),
      item('OnCourse', { onCourse: 'I dette tempoet passeres 8 dager rundt 14.12.' }),
      item('Concern', { level: 'concern', step: 'Kartlegg', deadline: '2026-11-30' }),
      item('Serious', { level: 'serious', step: 'Samle laget', deadline: '2026-12-01' }),
      item('OverdueWatch', { level: 'watch', step: 'Kontakt hjemmet', deadline: '2026-11-18', overdue: true }),
      item('ConcernEarlier', { level: 'concern', step: 'Kartlegg', deadline: '2026-11-25' }),
    ];
    expect([...items].sort(compareUrgency).map((i) => i.studentName)).toEqual([
      'OverdueWatch', 'Serious', 'ConcernEarlier', 'Concern', 'OnCourse', 'Watch',
    ]);
  });

  it('opens as a printable page only for a tab id it can read', () => {
    expect(glanceTabOf('?glance=42')).toBe(42);
    expect(glanceTabOf('')).toBeNull();
    expect(glanceTabOf('?glance=x')).toBeNull();
    expect(glanceTabOf('?glance=1e3')).toBeNull();
  });
});
