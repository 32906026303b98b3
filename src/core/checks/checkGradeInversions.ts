import type { FindingDraft } from "../findings/finding";
import { VIRTUAL_TOP as TOP, type OrgModel } from "../model/orgModel";
import { compareRanks, gradeRanker, type GradeRank } from "./gradeRank";
import type { OrgRules } from "./orgRules";

// Module-local bindings for the loop over every position (tsx turns an imported binding into a getter call).
const VIRTUAL_TOP = TOP;
const compare = compareRanks;

/**
 * GRADE_INVERSION: a position graded at or above its manager, when one of `rules.gradeLadders` holds
 * both grades. Grades no ladder holds together (blank, unknown, on different ladders) are skipped
 * silently. Rows and IDs: the report first, then the manager.
 */
export function checkGradeInversions(model: OrgModel, rules: OrgRules): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const { positions, parent } = model;
  if (rules.gradeLadders.length === 0) return findings;
  const ranksOf = gradeRanker(rules);
  // Each grade read and ranked once (positions read their cells on demand).
  const ranks: (readonly GradeRank[])[] = positions.map((position) => ranksOf(position.grade));
  for (let i = 0; i < positions.length; i++) {
    const m = parent[i];
    if (m === VIRTUAL_TOP || ranks[i].length === 0 || ranks[m].length === 0) continue;
    const order = compare(ranks[i], ranks[m]);
    if (order === undefined || order < 0) continue;
    const report = positions[i];
    const manager = positions[m];
    findings.push({
      code: "GRADE_INVERSION",
      severity: "warning",
      rows: [report.row, manager.row],
      ids: [report.id, manager.id],
      field: "grade",
      params: {
        id: report.id,
        title: report.title,
        grade: report.grade,
        managerId: manager.id,
        managerTitle: manager.title,
        managerGrade: manager.grade,
      },
    });
  }
  return findings;
}
