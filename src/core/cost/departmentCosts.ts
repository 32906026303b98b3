import type { OrgModel } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { sumByGroup } from "../rollup/positionValues";
import { MONTHS, type DepartmentCost } from "./headcountCost";

/**
 * Department totals by the Department cell as written (sheet order of first appearance), from the one sum.
 * `monthSums`: each department's 12 months (department × 12 + month), summed by the month loop as it fills them.
 */
export function departmentCosts(
  model: OrgModel,
  monthSums: Float64Array,
  totals: Float64Array,
  posts: Float64Array,
  fte: Float64Array,
): DepartmentCost[] {
  const columns = positionColumnsOf(model);
  const groups = columns.departments.length;
  const headcount = sumByGroup(posts, columns.department, groups);
  const fteSums = sumByGroup(fte, columns.department, groups);
  const totalSums = sumByGroup(totals, columns.department, groups);
  return columns.departments.map((department, g) => ({
    department,
    headcount: headcount[g],
    fte: Math.round(fteSums[g] * 1e6) / 1e6,
    total: totalSums[g],
    months: monthSums.slice(g * MONTHS, (g + 1) * MONTHS),
  }));
}
