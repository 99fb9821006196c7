// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { genericAdapter } from '../../../lib/portals/generic';
import { ASOF, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * How much of the page the generic reader touches to locate a register: counted, not timed. A
 * register of a school year has hundreds of date columns, and each header cell's style is read
 * to tell whether the page hides it.
 */
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('locating a register', () => {
  it("reads each header cell's style once, though the page's code legend is looked for in the same table", () => {
    const days = ['16.11', '17.11', '18.11', '19.11', '20.11'];
    const rows = ['Ada Berg', 'Bo Dahl', 'Cato Eng']
      .map((name, n) => `<tr><td>${name}</td>${days.map((_, d) => `<td>${(n + d) % 3 === 0 ? 'F' : ''}</td>`).join('')}</tr>`)
      .join('');
    document.body.innerHTML = `<h1>Fravær 8A</h1><table><thead><tr><th>Elev</th>${days.map((day) => `<th>${day}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
    const styles = vi.spyOn(window, 'getComputedStyle');
    const result = genericAdapter.locate(document, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.layout.slots).toHaveLength(3);
    const headerCells = new Set(document.querySelectorAll('thead th'));
    const styled = styles.mock.calls.map(([element]) => element).filter((element) => headerCells.has(element));
    expect(styled).toHaveLength(headerCells.size);
    expect(new Set(styled).size).toBe(headerCells.size);
  });
});
