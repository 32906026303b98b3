import { normalizeHeader } from "../columns/normalizeHeader";
import type { GradeLadder, OrgRules } from "./orgRules";

/** Where a grade sits: on which ladder (index in `rules.gradeLadders`) and on which rung (0 = lowest). */
export interface GradeRank {
  ladder: number;
  rung: number;
}

const NONE: readonly GradeRank[] = [];
/** Most distinct grade texts remembered per set of ladders. */
const MAX_REMEMBERED = 10_000;

interface LadderIndex {
  byName: Map<string, GradeRank[]>;
  byText: Map<string, readonly GradeRank[]>;
}

const indexes = new WeakMap<readonly GradeLadder[], LadderIndex>();

function indexOf(ladders: readonly GradeLadder[]): LadderIndex {
  let index = indexes.get(ladders);
  if (index) return index;
  const byName = new Map<string, GradeRank[]>();
  ladders.forEach((ladder, l) => {
    ladder.rungs.forEach((names, rung) => {
      for (const name of names) {
        const key = normalizeHeader(name);
        if (key === "") continue;
        const ranks = byName.get(key) ?? [];
        // A name twice on one ladder keeps its lowest rung.
        if (!ranks.some((rank) => rank.ladder === l)) ranks.push({ ladder: l, rung });
        byName.set(key, ranks);
      }
    });
  });
  index = { byName, byText: new Map() };
  indexes.set(ladders, index);
  return index;
}

/**
 * Every ladder rung a grade is on, in ladder order; empty when no ladder names it. Rung names are
 * compared in their normalized form: "p5", "P 5" and "Ｐ５" are one grade, as are "Manager" and
 * "经理" when the ladder puts them on one rung.
 */
export function gradeRanks(grade: string, rules: OrgRules): readonly GradeRank[] {
  return gradeRanker(rules)(grade);
}

/**
 * {@link gradeRanks} bound to one set of rules, for many lookups (each distinct grade text is
 * normalized once). The rules are taken as immutable: edited ladders must be new arrays.
 */
export function gradeRanker(rules: OrgRules): (grade: string) => readonly GradeRank[] {
  const index = indexOf(rules.gradeLadders);
  return (grade) => {
    if (grade === "") return NONE;
    let ranks = index.byText.get(grade);
    if (ranks === undefined) {
      ranks = index.byName.get(normalizeHeader(grade)) ?? NONE;
      if (index.byText.size < MAX_REMEMBERED) index.byText.set(grade, ranks);
    }
    return ranks;
  };
}

/** The grade's place on the first ladder that names it, or undefined when none does. */
export function gradeRank(grade: string, rules: OrgRules): GradeRank | undefined {
  return gradeRanks(grade, rules)[0];
}

/**
 * How two grades compare on the first ladder that holds both: negative when `a` is lower, 0 on the
 * same rung, positive when higher; undefined when no one ladder holds both (they cannot be compared).
 */
export function compareGrades(a: string, b: string, rules: OrgRules): number | undefined {
  const ranksOf = gradeRanker(rules);
  return compareRanks(ranksOf(a), ranksOf(b));
}

/** {@link compareGrades} on grades already ranked. */
export function compareRanks(ranksA: readonly GradeRank[], ranksB: readonly GradeRank[]): number | undefined {
  for (const rankA of ranksA) {
    for (const rankB of ranksB) if (rankA.ladder === rankB.ladder) return rankA.rung - rankB.rung;
  }
  return undefined;
}
