import {
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useCostStyles } from "./costStyles";

/** A column of figures: "name" wraps anywhere (a department), "number" is right-aligned figures, "plain" as is. */
export interface MoneyColumn {
  header?: ReactNode;
  kind: "name" | "number" | "plain";
}

/** A cell: its content, a class of its own (a direction's colour), and data attributes (`data-delta`). */
export interface MoneyCell {
  content: ReactNode;
  className?: string | false;
  data?: Record<`data-${string}`, string | boolean>;
}

/** A row: its key, its data attributes (`data-testid`, `data-summary`), and a cell per column. */
export interface MoneyRow {
  key: string;
  data?: Record<`data-${string}`, string | boolean>;
  cells: (ReactNode | MoneyCell)[];
}

export interface MoneyTableProps {
  columns: readonly MoneyColumn[];
  rows: readonly MoneyRow[];
  /** The heading that names the table (its id), or else its name. */
  labelledBy?: string;
  label?: string;
  /** False: no header row (a list of labelled figures). */
  header?: boolean;
}

function isCell(cell: ReactNode | MoneyCell): cell is MoneyCell {
  return typeof cell === "object" && cell !== null && "content" in cell;
}

/**
 * The pane's compact table of money rows (the Cost and Plan tabs): a name or month, then figures right-aligned in
 * tabular digits, to fit a 350 px pane.
 */
export function MoneyTable({ columns, rows, labelledBy, label, header = true }: MoneyTableProps) {
  const styles = useCostStyles();
  const kindClass = (kind: MoneyColumn["kind"]) =>
    kind === "number" ? styles.number : kind === "name" ? styles.name : undefined;
  return (
    <Table size="extra-small" className={styles.table} aria-labelledby={labelledBy} aria-label={label}>
      {header && (
        <TableHeader>
          <TableRow>
            {columns.map((column, c) => (
              <TableHeaderCell key={c} className={column.kind === "number" ? styles.number : undefined}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
      )}
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} {...row.data}>
            {row.cells.map((cell, c) =>
              isCell(cell) ? (
                <TableCell key={c} className={mergeClasses(kindClass(columns[c].kind), cell.className)} {...cell.data}>
                  {cell.content}
                </TableCell>
              ) : (
                <TableCell key={c} className={kindClass(columns[c].kind)}>
                  {cell}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
