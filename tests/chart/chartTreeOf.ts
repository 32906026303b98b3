import { CARD_KIND, type ChartTree } from "../../src/core/layout/chartTree";
import type { OrgModel } from "../../src/core/model/orgModel";

/**
 * A positions-view chart tree built the obvious way (pre-order, the virtual top as card 0 when there are several
 * top positions or when asked), so the card tests do not depend on the layout's own builder.
 */
export function chartTreeOf(
  model: OrgModel,
  collapsed: ReadonlySet<string> = new Set(),
  virtualTop = false,
): ChartTree {
  const kind: number[] = [];
  const subject: number[] = [];
  const parent: number[] = [];
  const depth: number[] = [];
  const hidden: number[] = [];
  const children: number[][] = [];
  const cardOfPosition = new Int32Array(model.positions.length).fill(-1);
  const withTop = virtualTop || model.roots.length !== 1;
  const stack: [number, number, number][] = []; // [position, parent card, depth]
  if (withTop) {
    kind.push(CARD_KIND.virtualTop);
    subject.push(-1);
    parent.push(-1);
    depth.push(0);
    hidden.push(0);
    children.push([]);
  }
  for (const root of [...model.roots].reverse()) stack.push([root, withTop ? 0 : -1, withTop ? 1 : 0]);
  while (stack.length > 0) {
    const [p, up, d] = stack.pop()!;
    const card = kind.length;
    kind.push(CARD_KIND.position);
    subject.push(p);
    parent.push(up);
    depth.push(d);
    children.push([]);
    if (up >= 0) children[up].push(card);
    cardOfPosition[p] = card;
    const reports = [...model.childIndex.subarray(model.childStart[p], model.childStart[p + 1])];
    const isCollapsed = collapsed.has(model.positions[p].id);
    hidden.push(isCollapsed ? reports.length : 0);
    if (!isCollapsed) for (const r of reports.reverse()) stack.push([r, card, d + 1]);
  }
  const childStart = new Int32Array(kind.length + 1);
  children.forEach((list, c) => (childStart[c + 1] = childStart[c] + list.length));
  return {
    count: kind.length,
    kind: Uint8Array.from(kind),
    subject: Int32Array.from(subject),
    parent: Int32Array.from(parent),
    childStart,
    childIndex: Int32Array.from(children.flat()),
    depth: Int32Array.from(depth),
    hiddenReports: Int32Array.from(hidden),
    cardOfPosition,
  };
}
