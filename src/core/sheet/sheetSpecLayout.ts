import type { SheetSection, SheetSpec, SpecCell } from "./sheetSpec";

/** Where one block of a {@link SheetSpec} goes. Rows are sheet rows (1-based); the block starts in column A. */
export interface SectionLayout {
  section: SheetSection;
  titleRow?: number;
  headerRow: number;
  firstDataRow: number;
  /** Rows below the header: the section's rows, or 1 (blank) for a table with none, as Excel wants. */
  dataRowCount: number;
  /** Columns of the block. */
  width: number;
}

export interface SheetLayout {
  /** Rows of the notes, in order. */
  noteRows: number[];
  /** The blocks that take rows (those with columns), top to bottom: the spec's own first, if it has columns. */
  sections: SectionLayout[];
  /** The last row anything is written in; 0 for an empty spec. */
  lastRow: number;
  /** Columns of the widest block (1 when there are only notes). */
  width: number;
  /** Rows to freeze at the top: down to the first block's header when `freezeHeader`; else 0. */
  frozenRows: number;
  /** Columns to freeze at the left: 1 when `freezeFirstColumn`; else 0. */
  frozenColumns: number;
}

/**
 * Where everything of a spec goes: the notes from A1, a blank row, then each block (title, header,
 * data rows) with a blank row before it. The layout both adapters and {@link sheetSpecCells} follow.
 */
export function layoutSheetSpec(spec: SheetSpec): SheetLayout {
  let row = 0;
  const noteRows = (spec.notes ?? []).map(() => ++row);
  const sections: SectionLayout[] = [];
  for (const section of [spec, ...(spec.sections ?? [])]) {
    const width = section.columns.length;
    if (width === 0) continue;
    if (row > 0) row++;
    const titleRow = section.title !== undefined && section.title !== "" ? ++row : undefined;
    const headerRow = ++row;
    const dataRowCount = section.rows.length > 0 ? section.rows.length : section.table ? 1 : 0;
    row += dataRowCount;
    sections.push({ section, titleRow, headerRow, firstDataRow: headerRow + 1, dataRowCount, width });
  }
  const width = Math.max(noteRows.length > 0 ? 1 : 0, ...sections.map((section) => section.width));
  const frozenRows = spec.freezeHeader && sections.length > 0 ? sections[0].headerRow : 0;
  const frozenColumns = spec.freezeFirstColumn ? 1 : 0;
  return { noteRows, sections, lastRow: row, width, frozenRows, frozenColumns };
}

/**
 * Every row of the sheet from row 1, as cells from column A: notes, titles, headers (as text) and data
 * rows cut to their block's columns. Blank rows are empty arrays; there is no trailing blank row.
 */
export function sheetSpecCells(spec: SheetSpec, layout: SheetLayout = layoutSheetSpec(spec)): SpecCell[][] {
  const rows: SpecCell[][] = [];
  for (let r = 0; r < layout.lastRow; r++) rows.push([]);
  (spec.notes ?? []).forEach((note, i) => (rows[layout.noteRows[i] - 1] = [note]));
  for (const { section, titleRow, headerRow, firstDataRow, width } of layout.sections) {
    if (titleRow !== undefined) rows[titleRow - 1] = [section.title ?? ""];
    rows[headerRow - 1] = section.columns.map((column) => column.header);
    section.rows.forEach((cells, i) => {
      rows[firstDataRow - 1 + i] = cells.length > width ? cells.slice(0, width) : cells.slice();
    });
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** True when the spec is one plain block from A1 (no notes, no title, no further sections). */
export function isSingleBlockSpec(spec: SheetSpec): boolean {
  const layout = layoutSheetSpec(spec);
  if (layout.noteRows.length > 0 || layout.sections.length > 1) return false;
  const own = layout.sections[0];
  return own === undefined || (own.section === spec && own.headerRow === 1);
}
