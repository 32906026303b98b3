import type { FindingDraft } from "../findings/finding";
import { VIRTUAL_TOP as TOP, type OrgModel } from "../model/orgModel";
import { positionCountOf, positionFieldsOf } from "../model/positionFields";
import { compareRanks, gradeRanker, type GradeRank } from "./gradeRank";
import type { OrgRules } from "./orgRules";

// Module-local bindings for the loop over every position (tsx turns an imported binding into a getter call).
const VIRTUAL_TOP = TOP;
const compare = compareRanks;
/** In the table of code pairs: not worked out yet. */
const UNKNOWN = -1;
/** Most distinct sets of ranks whose pairs are remembered in a table (1,024² entries). */
const MAX_TABLED_CODES = 1024;

/**
 * GRADE_INVERSION: a position graded at or above its manager, when one of `rules.gradeLadders` holds
 * both grades. Grades no ladder holds together (blank, unknown, on different ladders) are skipped
 * silently. Rows and IDs: the report first, then the manager.
 */
export function checkGradeInversions(model: OrgModel, rules: OrgRules): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const { parent } = model;
  if (rules.gradeLadders.length === 0) return findings;
  const ranksOf = gradeRanker(rules);
  const fields = positionFieldsOf(model);
  const { ids, row } = fields;
  const n = positionCountOf(model);
  // Each grade read and ranked once, as the number of its ranks (grades share a few): code 0 is unranked.
  const rankCodes = new Map<readonly GradeRank[], number>();
  const ranked: (readonly GradeRank[])[] = [[]];
  const code = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const ranks = ranksOf(fields.grade(i));
    if (ranks.length === 0) continue;
    let c = rankCodes.get(ranks);
    if (c === undefined) {
      c = ranked.length;
      ranked.push(ranks);
      rankCodes.set(ranks, c);
    }
    code[i] = c;
  }
  // Whether a report's ranks are at or above its manager's, per pair of codes, worked out on first sight.
  // (Ladders naming thousands of grades would make the table too large: their pairs are compared each time.)
  const codes = ranked.length;
  const inverted = new Int8Array(codes <= MAX_TABLED_CODES ? codes * codes : 0).fill(UNKNOWN);
  for (let i = 0; i < n; i++) {
    const m = parent[i];
    if (m === VIRTUAL_TOP || code[i] === 0 || code[m] === 0) continue;
    const pair = code[i] * codes + code[m];
    let isInverted = pair < inverted.length ? inverted[pair] : UNKNOWN;
    if (isInverted === UNKNOWN) {
      const order = compare(ranked[code[i]], ranked[code[m]]);
      isInverted = order === undefined || order < 0 ? 0 : 1;
      if (pair < inverted.length) inverted[pair] = isInverted;
    }
    if (isInverted === 0) continue;
    findings.push({
      code: "GRADE_INVERSION",
      severity: "warning",
      rows: [row[i], row[m]],
      ids: [ids[i], ids[m]],
      field: "grade",
      params: {
        id: ids[i],
        title: fields.title(i),
        grade: fields.grade(i),
        managerId: ids[m],
        managerTitle: fields.title(m),
        managerGrade: fields.grade(m),
      },
    });
  }
  return findings;
}
