import type { OrgModel } from "./orgModel";

/** An org with no positions (when the table cannot be read as one). */
export function emptyOrgModel(): OrgModel {
  return {
    positions: [],
    indexById: new Map(),
    parent: new Int32Array(0),
    layer: new Int32Array(0),
    childStart: new Int32Array(1),
    childIndex: new Int32Array(0),
    roots: [],
    layerCount: 0,
    dottedLines: [],
  };
}
