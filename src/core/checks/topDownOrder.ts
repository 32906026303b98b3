import type { OrgModel } from "../model/orgModel";
import { positionCountOf } from "../model/positionFields";

/** Every position, managers before their reports (breadth first from the tops), without recursion. */
export function topDownOrder(model: OrgModel): Int32Array {
  const { roots, childStart, childIndex } = model;
  const order = new Int32Array(positionCountOf(model));
  let tail = 0;
  for (const root of roots) order[tail++] = root;
  for (let head = 0; head < tail; head++) {
    const p = order[head];
    for (let c = childStart[p]; c < childStart[p + 1]; c++) order[tail++] = childIndex[c];
  }
  return tail === order.length ? order : order.subarray(0, tail);
}
