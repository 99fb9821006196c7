/**
 * The table toolkit every reader uses, the portal adapters and the generic reader alike: one
 * reading of a cell's text, a row's cells, a header's words and a class name's trinn.
 *
 * - grid.ts: tables (HTML and ARIA) as grids of cells by column, a cell's text, header texts
 * - header-table.ts: a table found by its header words, its columns, a control's value, yes/no
 * - header-words.ts: what a header says, as words to compare
 * - class-name.ts: the trinn a class name shows
 */
export { buildGrid, buildGridInSteps, cellText, elementAfterList, elementBeforeList, findTables, findTablesDeep, findTablesInPage, hasOwnText, headerTexts, isRendered, markedHeaderTexts, rowCells, shadowRoots, TABLE_SELECTOR } from './grid';
export type { GridRow, TableGrid } from './grid';
export { bestTable, cellAt, columnIndex, controlValue, minutesBetweenTimes, parseYesNo, readTable, tableRows } from './header-table';
export type { LocatedTable } from './header-table';
export { normaliseHeader } from './header-words';
export { gradeFromClassName } from './class-name';
export type { ClassGrade, SchoolStage } from './class-name';
