import type { OrgModel } from "../model/orgModel";
import { normalizeUnitName } from "./unitName";

/**
 * The org's departments, each as first written, in order of first appearance in the sheet; "" stands for the
 * positions with no department (listed where the first of them appears). Spellings that compare equal
 * ({@link normalizeUnitName}) are one department. For the chart's colours and legend.
 */
export function listDepartments(model: OrgModel): string[] {
  const names: string[] = [];
  const seenText = new Set<string>();
  const seenNormalized = new Set<string>();
  for (const position of model.positions) {
    const text = position.department;
    if (seenText.has(text)) continue;
    seenText.add(text);
    const normalized = normalizeUnitName(text);
    if (seenNormalized.has(normalized)) continue;
    seenNormalized.add(normalized);
    names.push(normalized === "" ? "" : text);
  }
  return names;
}
