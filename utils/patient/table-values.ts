import { classifyLabel, cleanLabel } from './field-labels';
import { readFieldValue } from './field-values';
import type { FoundValue } from './patient-types';
import type { TextReader } from './visible-text';

/** Values read through table column headers, and the header cells (which are labels, never values). */
export interface TableValues {
  values: FoundValue[];
  headerCells: Set<Element>;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

function span(cell: Element): number {
  const value = Number(cell.getAttribute('colspan'));
  return Number.isInteger(value) && value > 1 ? value : 1;
}

/**
 * Reads tables laid out as a header row over data rows (a list of patients, or one patient's demographics in a
 * row): each cell is labelled by its column's header. Tables of label/value rows are left to the label pairs.
 */
export function findTableValues(reader: TextReader): TableValues {
  const values: FoundValue[] = [];
  const headerCells = new Set<Element>();
  for (const table of reader.elements.filter((element) => element.tagName === 'TABLE')) {
    const rows = Array.from(table.querySelectorAll('tr')).filter(
      (row) => row.closest('table') === table && reader.isVisible(row),
    );
    const headerIndex = rows.findIndex((row) => {
      const cells = cellsOf(row);
      return cells.length >= 2 && cells.every((cell) => cell.tagName === 'TH');
    });
    const header = rows[headerIndex];
    if (!header) continue;
    const columns: string[] = [];
    for (const cell of cellsOf(header)) {
      headerCells.add(cell);
      for (let i = 0; i < span(cell); i++) columns.push(cleanLabel(reader.text(cell)));
    }
    const dataRows = rows.slice(headerIndex + 1).filter((row) => cellsOf(row).some((cell) => cell.tagName === 'TD'));
    for (const row of dataRows) {
      let column = 0;
      for (const cell of cellsOf(row)) {
        const label = columns[column] ?? '';
        column += span(cell);
        const field = classifyLabel(label);
        const found = field && reader.isVisible(cell) ? readFieldValue(field, reader.text(cell)) : undefined;
        if (!field || !found) continue;
        // With one data row the table is one patient's details, as good as a banner; with several, a row is a person.
        values.push({
          field,
          value: found.value,
          source: label,
          element: cell,
          row: dataRows.length > 1 ? row : undefined,
        });
      }
    }
  }
  return { values, headerCells };
}
