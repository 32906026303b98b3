import type { Finding } from "../findings/finding";
import type { OrgModel } from "../model/orgModel";
import { countFindingsByPosition } from "./countFindings";

/**
 * Which positions the findings name, worked out once per list of findings: at 100,000 positions the checks make
 * tens of thousands of findings naming hundreds of thousands of IDs, so the analysis worker works this out and the
 * pane's thread only looks it up.
 */
export interface FindingsByPosition {
  /** Error and warning findings per position (`countFindingsByPosition`: the chart's warning marks). */
  counts: Int32Array;
  /** 1 where any finding names the position (info findings too). */
  named: Uint8Array;
}

export function findingsByPosition(model: OrgModel, findings: readonly Finding[]): FindingsByPosition {
  const named = new Uint8Array(model.positions.length);
  for (const finding of findings)
    for (const id of finding.ids) {
      const index = model.indexById.get(id);
      if (index !== undefined) named[index] = 1;
    }
  return { counts: countFindingsByPosition(model, findings), named };
}

const known = new WeakMap<readonly Finding[], FindingsByPosition>();

/** Keeps what the analysis worker worked out for a list of findings. */
export function rememberFindingsByPosition(findings: readonly Finding[], value: FindingsByPosition): void {
  known.set(findings, value);
}

/** What is known for this very list of findings, if anything. */
export function knownFindingsByPosition(findings: readonly Finding[]): FindingsByPosition | undefined {
  return known.get(findings);
}
