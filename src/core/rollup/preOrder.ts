import type { OrgModel } from "../model/orgModel";

/**
 * Every position in pre-order: each top position (in sheet order) followed by its whole subtree, reports in sheet
 * order. A position's descendants come right after it, so walking the array backwards meets every report before
 * its manager. Uses an explicit stack: a 100,000-layer chain cannot overflow the call stack.
 */
export function preOrder(model: OrgModel): Int32Array {
  const { roots, childStart, childIndex } = model;
  const count = model.positions.length;
  const order = new Int32Array(count);
  const stack = new Int32Array(count);
  let top = 0;
  for (let r = roots.length - 1; r >= 0; r--) stack[top++] = roots[r];
  let tail = 0;
  while (top > 0) {
    const p = stack[--top];
    order[tail++] = p;
    for (let c = childStart[p + 1] - 1; c >= childStart[p]; c--) stack[top++] = childIndex[c];
  }
  return tail === count ? order : order.subarray(0, tail);
}
