// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows as rows } from './generic-fixtures';

/**
 * A class printed as two group tables with the column header only above the first. Pages are
 * invented; the expected figures are read off the markup by hand.
 */
const FIRST_GROUP = `<h2>Gruppe A</h2>
  <table><thead><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr></thead>
  <tbody><tr><td>Kari Moe</td><td>3</td><td>1</td></tr><tr><td>Ola Berg</td><td>0</td><td>4</td></tr></tbody></table>`;

describe('a group table with no header of its own, right after a headed one', () => {
  it('reads its rows under the header above the first table', () => {
    const read = rows(`${FIRST_GROUP}
      <h2>Gruppe B</h2>
      <table><tbody><tr><td>Siri Dahl</td><td>7</td><td>2</td></tr><tr><td>Jonas Vik</td><td>1</td><td>0</td></tr></tbody></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Kari Moe', 3, 1],
      ['Ola Berg', 0, 4],
      ['Siri Dahl', 7, 2],
      ['Jonas Vik', 1, 0],
    ]);
  });

  it('leaves a header-less table of other kinds of cells alone: a legend of words where the list has figures', () => {
    const read = rows(`${FIRST_GROUP}
      <table><tbody><tr><td>Dager</td><td>hele</td><td>dager borte</td></tr><tr><td>Timer</td><td>enkelttimer</td><td>utenom hele dager</td></tr></tbody></table>`);
    expect(read.map((row) => row.student.name)).toEqual(['Kari Moe', 'Ola Berg']);
  });

  it('leaves a header-less table with another number of columns alone', () => {
    const read = rows(`${FIRST_GROUP}
      <table><tbody><tr><td>Siri Dahl</td><td>7</td></tr><tr><td>Jonas Vik</td><td>1</td></tr></tbody></table>`);
    expect(read.map((row) => row.student.name)).toEqual(['Kari Moe', 'Ola Berg']);
  });

  it('leaves a header-less table alone when another table stands between it and the headed one', () => {
    const read = rows(`${FIRST_GROUP}
      <table><thead><tr><th>Klasse</th><th>Elever</th></tr></thead><tbody><tr><td>8A</td><td>24</td></tr></tbody></table>
      <table><tbody><tr><td>Siri Dahl</td><td>7</td><td>2</td></tr></tbody></table>`);
    expect(read.map((row) => row.student.name)).toEqual(['Kari Moe', 'Ola Berg']);
  });
});
