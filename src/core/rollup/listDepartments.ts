import type { OrgModel } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { normalizeUnitName } from "./unitName";

/**
 * The org's departments, each as first written, in order of first appearance in the sheet; "" stands for the
 * positions with no department (listed where the first of them appears). Spellings that compare equal
 * ({@link normalizeUnitName}) are one department. For the chart's colours and legend. Reads the model's distinct
 * department texts (`positionColumnsOf`), already in order of first appearance: O(departments), not O(positions).
 */
export function listDepartments(model: OrgModel): string[] {
  const names: string[] = [];
  const seenNormalized = new Set<string>();
  for (const text of positionColumnsOf(model).departments) {
    const normalized = normalizeUnitName(text);
    if (seenNormalized.has(normalized)) continue;
    seenNormalized.add(normalized);
    names.push(normalized === "" ? "" : text);
  }
  return names;
}
