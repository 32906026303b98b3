import { normalizeHeader } from "../columns/normalizeHeader";
import { positionCountOf, type ModelPositions } from "../model/positionFields";
import type { PositionColumns } from "../model/positionColumns";

/** The departments the positions belong to, compared without case, width, spacing or punctuation. */
export interface PositionDepartments {
  /** Each department as first written, in order of first appearance; "" for positions with no department. */
  names: string[];
  /** Index in {@link names} per position. */
  ofPosition: Int32Array;
  /** Index of a department named in another table, or undefined when no position belongs to it. */
  indexOf(name: string): number | undefined;
}

/**
 * Groups positions by department. "Data Analysis", "data analysis" and "ＤＡＴＡ ＡＮＡＬＹＳＩＳ" are one
 * department; each distinct cell text is normalized once (departments repeat on every row). With the model's
 * position columns, the department texts are read from their codes instead of from every position's cells.
 */
export function positionDepartments(
  model: ModelPositions,
  columns?: Pick<PositionColumns, "department" | "departments">,
): PositionDepartments {
  const names: string[] = [];
  const byNormalized = new Map<string, number>();
  const byText = new Map<string, number>();
  const n = positionCountOf(model);
  const ofPosition = new Int32Array(n);
  const indexOfText = (text: string): number => {
    let index = byText.get(text);
    if (index === undefined) {
      const normalized = normalizeHeader(text);
      index = byNormalized.get(normalized);
      if (index === undefined) {
        index = names.length;
        names.push(normalized === "" ? "" : text);
        byNormalized.set(normalized, index);
      }
      byText.set(text, index);
    }
    return index;
  };
  if (columns !== undefined && columns.department.length === n) {
    // Codes are numbered in order of first appearance, so the names come in the same order as reading every cell.
    const ofCode = new Int32Array(columns.departments.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const code = columns.department[i];
      let index = ofCode[code];
      if (index < 0) ofCode[code] = index = indexOfText(columns.departments[code]);
      ofPosition[i] = index;
    }
  } else for (let i = 0; i < n; i++) ofPosition[i] = indexOfText(model.positions[i].department);
  const indexOf = (name: string): number | undefined => {
    const normalized = normalizeHeader(name);
    return normalized === "" ? undefined : byNormalized.get(normalized);
  };
  return { names, ofPosition, indexOf };
}
