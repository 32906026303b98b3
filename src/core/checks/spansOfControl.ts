import type { OrgModel } from "../model/orgModel";

/** 1 for each position the Assistant column marks as an assistant, read once (positions read cells on demand). */
export function assistantFlags(model: OrgModel): Uint8Array {
  const flags = new Uint8Array(model.positions.length);
  model.positions.forEach((position, i) => {
    if (position.assistant) flags[i] = 1;
  });
  return flags;
}

/**
 * The span of control of every position: its direct reports, assistants not counted. A manager is a
 * position whose span is at least 1; everyone else is an individual contributor.
 */
export function spansOfControl(model: OrgModel, assistant: Uint8Array = assistantFlags(model)): Int32Array {
  const { childStart, childIndex } = model;
  const n = model.positions.length;
  const span = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let c = childStart[i]; c < childStart[i + 1]; c++) if (assistant[childIndex[c]] === 0) count++;
    span[i] = count;
  }
  return span;
}
