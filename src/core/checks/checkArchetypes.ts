import type { FindingDraft } from "../findings/finding";
import type { OrgModel } from "../model/orgModel";
import { modelStoreOf, positionAt, positionCountOf } from "../model/positionFields";
import { archetypeOf } from "./archetypeOf";

/**
 * UNKNOWN_ARCHETYPE: an Archetype cell that names no archetype. The position is then measured against
 * its department's or the default span target; the warning says so, so a typo does not go unnoticed.
 * Each distinct text is looked up once.
 */
export function checkArchetypes(model: OrgModel): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const known = new Map<string, boolean>();
  // The parser's positions of a sheet without an Archetype column: every archetype reads "".
  const store = modelStoreOf(model);
  if (store !== undefined && store.columns.archetype < 0) return findings;
  for (let p = 0, n = positionCountOf(model); p < n; p++) {
    const position = positionAt(model, p);
    const text = position.archetype;
    if (text === "") continue;
    let isKnown = known.get(text);
    if (isKnown === undefined) {
      isKnown = archetypeOf(text) !== undefined;
      known.set(text, isKnown);
    }
    if (isKnown) continue;
    findings.push({
      code: "UNKNOWN_ARCHETYPE",
      severity: "warning",
      rows: [position.row],
      ids: [position.id],
      field: "archetype",
      params: { value: text, id: position.id, row: position.row },
    });
  }
  return findings;
}
