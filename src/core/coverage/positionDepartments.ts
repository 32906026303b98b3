import { normalizeHeader } from "../columns/normalizeHeader";
import type { Position } from "../model/position";

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
 * department; each distinct cell text is normalized once (departments repeat on every row).
 */
export function positionDepartments(positions: readonly Position[]): PositionDepartments {
  const names: string[] = [];
  const byNormalized = new Map<string, number>();
  const byText = new Map<string, number>();
  const ofPosition = new Int32Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const text = positions[i].department;
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
    ofPosition[i] = index;
  }
  const indexOf = (name: string): number | undefined => {
    const normalized = normalizeHeader(name);
    return normalized === "" ? undefined : byNormalized.get(normalized);
  };
  return { names, ofPosition, indexOf };
}
