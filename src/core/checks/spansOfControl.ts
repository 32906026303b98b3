import type { OrgModel } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { positionAt, positionCountOf } from "../model/positionFields";
import { positionValuesOf } from "../rollup/positionValues";

/** 1 for each position the Assistant column marks as an assistant, read once (positions read cells on demand). */
export function assistantFlags(model: OrgModel): Uint8Array {
  const n = positionCountOf(model);
  const flags = new Uint8Array(n);
  // The parser's columns say when the sheet has no Assistant column: no position is one.
  if (model.positionColumns?.mayHaveAssistants === false) return flags;
  for (let i = 0; i < n; i++) if (positionAt(model, i).assistant) flags[i] = 1;
  return flags;
}

/**
 * The span of control of every position: its direct reports, assistants not counted. A headcount line under a
 * manager counts its posts (a line of 3 is 3 direct reports; posts in FTE rounded up). A manager is a position whose
 * span is at least 1; everyone else is an individual contributor.
 */
export function spansOfControl(model: OrgModel, assistant: Uint8Array = assistantFlags(model)): Int32Array {
  const { childStart, childIndex } = model;
  if (positionColumnsOf(model).posts !== undefined)
    return spansCountingPosts(model, assistant, positionValuesOf(model).posts);
  const n = positionCountOf(model);
  const span = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let c = childStart[i]; c < childStart[i + 1]; c++) if (assistant[childIndex[c]] === 0) count++;
    span[i] = count;
  }
  return span;
}

/** {@link spansOfControl} of an org with headcount lines: each report counts its seats. */
function spansCountingPosts(model: OrgModel, assistant: Uint8Array, seats: Float64Array): Int32Array {
  const { childStart, childIndex } = model;
  const n = positionCountOf(model);
  const span = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let c = childStart[i]; c < childStart[i + 1]; c++) {
      const child = childIndex[c];
      if (assistant[child] === 0) count += seats[child];
    }
    span[i] = count;
  }
  return span;
}
