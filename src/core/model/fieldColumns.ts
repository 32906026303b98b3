import type { DetectedColumns } from "../analysis";
import type { FieldKey } from "../columns/fields";

/** Column offset of each field in the rows; -1 when the sheet has no such column. */
export type FieldColumns = Readonly<Record<FieldKey, number>>;

/**
 * Every field's column as one object literal, so it has a fixed shape and positions read their
 * columns through fast property loads (a Record built from entries can end up in dictionary mode).
 */
export function fieldColumnsOf(columnOf: DetectedColumns["columnOf"]): FieldColumns {
  const at = (field: FieldKey): number => columnOf[field] ?? -1;
  return {
    id: at("id"),
    title: at("title"),
    department: at("department"),
    team: at("team"),
    reportsTo: at("reportsTo"),
    dottedLineTo: at("dottedLineTo"),
    name: at("name"),
    familyName: at("familyName"),
    email: at("email"),
    grade: at("grade"),
    fte: at("fte"),
    baseSalary: at("baseSalary"),
    monthlySalary: at("monthlySalary"),
    currency: at("currency"),
    status: at("status"),
    startDate: at("startDate"),
    endDate: at("endDate"),
    costCenter: at("costCenter"),
    location: at("location"),
    capabilities: at("capabilities"),
    archetype: at("archetype"),
    assistant: at("assistant"),
    posts: at("posts"),
    bonusPercent: at("bonusPercent"),
    monthsPaid: at("monthsPaid"),
    allowances: at("allowances"),
    payMin: at("payMin"),
    payMax: at("payMax"),
  };
}
